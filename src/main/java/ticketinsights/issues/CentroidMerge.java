package ticketinsights.issues;

import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative merging of cluster centroids (centroid linkage on cosine similarity, each
 * centroid weighted by its cluster's size): the two most similar centroids merge into their
 * size-weighted mean until no pair is at least {@code threshold} similar. Runs on the driver
 * over a few hundred centroids, O(k³) at worst.
 */
public final class CentroidMerge {

    /** The merged centroids (unit vectors); empty clusters are dropped first. */
    public static List<double[]> merge(List<double[]> centroids, long[] sizes, double threshold) {
        List<double[]> sums = new ArrayList<>();
        for (int i = 0; i < centroids.size(); i++) {
            if (sizes[i] > 0) {
                double[] s = centroids.get(i).clone();
                for (int d = 0; d < s.length; d++) {
                    s[d] *= sizes[i];
                }
                sums.add(s);
            }
        }
        int k = sums.size();
        boolean[] alive = new boolean[k];
        java.util.Arrays.fill(alive, true);
        double[][] sim = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                sim[a][b] = cosine(sums.get(a), sums.get(b));
            }
        }
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = threshold;
            for (int a = 0; a < k; a++) {
                if (!alive[a]) {
                    continue;
                }
                for (int b = a + 1; b < k; b++) {
                    if (alive[b] && sim[a][b] >= best) {
                        best = sim[a][b];
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            double[] into = sums.get(bestA);
            double[] from = sums.get(bestB);
            for (int d = 0; d < into.length; d++) {
                into[d] += from[d];
            }
            alive[bestB] = false;
            for (int c = 0; c < k; c++) {
                if (alive[c] && c != bestA) {
                    double s = cosine(into, sums.get(c));
                    sim[Math.min(c, bestA)][Math.max(c, bestA)] = s;
                }
            }
        }
        List<double[]> kept = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            if (alive[a]) {
                kept.add(sums.get(a));
            }
        }
        sums = kept;
        List<double[]> out = new ArrayList<>();
        for (double[] s : sums) {
            out.add(StatementVectors.normalised(s.clone()));
        }
        return out;
    }

    public static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private CentroidMerge() {
    }
}
