package ticketinsights.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How far two people agree on the closure labels: Cohen's kappa between labels.csv and a second,
 * independent annotation of 500 of its messages. The detectors are held to precision 0.85 and
 * recall 0.70; this shows that target is within what careful annotators reach on the same rules.
 */
class LabelAgreementTest {
    private static final double MIN_KAPPA = 0.80;

    @Test
    void secondAnnotatorAgreesWithTheLabelsOnChaseAndConfirmation() throws IOException {
        Map<String, Set<String>> first = labels("labels.csv");
        Map<String, Set<String>> second = labels("labels-second-annotator.csv");
        assertEquals(500, second.size());
        assertTrue(first.keySet().containsAll(second.keySet()), "every relabelled message is in labels.csv");
        for (String source : List.of("twcs", "airline")) {
            for (String label : List.of("chase", "confirmation")) {
                List<String> ids = second.keySet().stream().filter(k -> k.startsWith(source + ",")).toList();
                long bothPositive = 0, firstOnly = 0, secondOnly = 0;
                for (String id : ids) {
                    boolean a = first.get(id).contains(label);
                    boolean b = second.get(id).contains(label);
                    bothPositive += a && b ? 1 : 0;
                    firstOnly += a && !b ? 1 : 0;
                    secondOnly += !a && b ? 1 : 0;
                }
                if (bothPositive + firstOnly == 0) {
                    continue; // airline tweets are never confirmations
                }
                double kappa = kappa(ids.size(), bothPositive, firstOnly, secondOnly);
                System.out.printf(Locale.ROOT, "%-7s %-12s both %3d  first only %3d  second only %3d  kappa %.2f%n",
                        source, label, bothPositive, firstOnly, secondOnly, kappa);
                assertTrue(kappa >= MIN_KAPPA, source + " " + label + " kappa " + kappa);
            }
        }
    }

    @Test
    void kappaMatchesAHandWorkedTable() {
        // 10 items: 3 both positive, 1 first only, 1 second only, 5 both negative.
        // Observed agreement 0.8; expected by chance 0.4 * 0.4 + 0.6 * 0.6 = 0.52; kappa 0.28 / 0.48.
        assertEquals(0.28 / 0.48, kappa(10, 3, 1, 1), 1e-12);
    }

    static double kappa(long n, long bothPositive, long firstOnly, long secondOnly) {
        double observed = (double) (n - firstOnly - secondOnly) / n;
        double firstRate = (double) (bothPositive + firstOnly) / n;
        double secondRate = (double) (bothPositive + secondOnly) / n;
        double chance = firstRate * secondRate + (1 - firstRate) * (1 - secondRate);
        return (observed - chance) / (1 - chance);
    }

    /** "source,id" → labels of one labels file. */
    private static Map<String, Set<String>> labels(String resource) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String[] f : LabelsFile.rows(resource)) {
            out.put(f[0] + "," + f[1], Set.of(f[2].split(";")));
        }
        return out;
    }
}
