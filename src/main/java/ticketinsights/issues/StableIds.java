package ticketinsights.issues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps cluster ids across runs: every (previous, current) pair of cluster signatures is scored
 * by cosine similarity, and pairs are taken greedily from the most similar down while both are
 * free and the similarity reaches the threshold; the current cluster then inherits the previous
 * id. Clusters left over get fresh ids above every id ever used (the previous maximum), in the
 * order given (largest first), so an id never changes meaning. Id 0 is reserved for {@code other}.
 */
public final class StableIds {
    public static final double DEFAULT_THRESHOLD = 0.5;

    public static int[] assign(Map<Integer, Map<String, Double>> previous, List<Map<String, Double>> current,
                               double threshold) {
        record Candidate(int previousId, int current, double similarity) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (var p : previous.entrySet()) {
            for (int c = 0; c < current.size(); c++) {
                double sim = cosine(p.getValue(), current.get(c));
                if (sim >= threshold) {
                    candidates.add(new Candidate(p.getKey(), c, sim));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(Candidate::current).thenComparingInt(Candidate::previousId));
        int[] ids = new int[current.size()];
        Set<Integer> usedPrevious = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (ids[candidate.current()] == 0 && !usedPrevious.contains(candidate.previousId())) {
                usedPrevious.add(candidate.previousId());
                ids[candidate.current()] = candidate.previousId();
            }
        }
        int next = previous.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (int c = 0; c < ids.length; c++) {
            if (ids[c] == 0) {
                ids[c] = next++;
            }
        }
        return ids;
    }

    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (var e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(v -> v * v).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(v -> v * v).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private StableIds() {
    }
}
