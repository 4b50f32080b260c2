package ticketinsights.issues;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement between a clustering and true labels: normalised mutual information (arithmetic
 * mean normalisation, as scikit-learn's default), adjusted Rand index and purity.
 */
public record ClusterAgreement(double nmi, double ari, double purity, int clusters) {

    /** One statement: its true label and its cluster. */
    public record Pair(String label, String cluster) {
    }

    public static ClusterAgreement of(List<Pair> pairs) {
        Map<String, Map<String, Long>> table = new HashMap<>();
        Map<String, Long> labels = new HashMap<>();
        Map<String, Long> clusters = new HashMap<>();
        for (Pair p : pairs) {
            table.computeIfAbsent(p.cluster(), c -> new HashMap<>()).merge(p.label(), 1L, Long::sum);
            labels.merge(p.label(), 1L, Long::sum);
            clusters.merge(p.cluster(), 1L, Long::sum);
        }
        double n = pairs.size();
        double mi = 0;
        double pairsBoth = 0;
        long majority = 0;
        for (var row : table.entrySet()) {
            long rowMax = 0;
            for (var cell : row.getValue().entrySet()) {
                long nij = cell.getValue();
                mi += nij / n * Math.log(n * nij / ((double) clusters.get(row.getKey()) * labels.get(cell.getKey())));
                pairsBoth += choose2(nij);
                rowMax = Math.max(rowMax, nij);
            }
            majority += rowMax;
        }
        double hLabels = entropy(labels, n);
        double hClusters = entropy(clusters, n);
        double nmi = hLabels + hClusters == 0 ? 1 : 2 * mi / (hLabels + hClusters);
        double pairsLabels = labels.values().stream().mapToDouble(ClusterAgreement::choose2).sum();
        double pairsClusters = clusters.values().stream().mapToDouble(ClusterAgreement::choose2).sum();
        double expected = pairsLabels * pairsClusters / choose2((long) n);
        double max = (pairsLabels + pairsClusters) / 2;
        double ari = max == expected ? 1 : (pairsBoth - expected) / (max - expected);
        return new ClusterAgreement(nmi, ari, majority / n, clusters.size());
    }

    private static double entropy(Map<String, Long> counts, double n) {
        double h = 0;
        for (long c : counts.values()) {
            h -= c / n * Math.log(c / n);
        }
        return h;
    }

    private static double choose2(long x) {
        return x * (x - 1) / 2.0;
    }
}
