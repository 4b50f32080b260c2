package ticketinsights.sentiment;

import java.util.Locale;

/**
 * Accuracy, macro-F1 and the confusion matrix of three-class predictions (-1 negative, 0 neutral,
 * +1 positive). Macro-F1 is the headline because the airline tweets are 72% negative: always
 * answering "negative" already scores 0.72 accuracy but only 0.28 macro-F1.
 */
public final class ThreeClassScores {
    private static final String[] NAMES = {"negative", "neutral", "positive"};
    /** counts[actual][predicted], index = polarity + 1. */
    private final long[][] counts = new long[3][3];

    public void add(int actual, int predicted) {
        counts[actual + 1][predicted + 1]++;
    }

    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    public double accuracy() {
        long total = total();
        return total == 0 ? 0 : (double) (counts[0][0] + counts[1][1] + counts[2][2]) / total;
    }

    /** Mean over the three classes of F1 = 2·TP / (2·TP + FP + FN); a class never seen nor predicted scores 0. */
    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            long tp = counts[c][c];
            long fp = 0;
            long fn = 0;
            for (int o = 0; o < 3; o++) {
                if (o != c) {
                    fp += counts[o][c];
                    fn += counts[c][o];
                }
            }
            sum += 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }
        return sum / 3;
    }

    /** Accuracy, macro-F1 and the matrix (rows: people's label, columns: predicted), as text. */
    public String report(String title) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s: n=%d accuracy=%.3f macro-F1=%.3f%n", title, total(), accuracy(), macroF1()));
        out.append(String.format(Locale.ROOT, "    %-16s %9s %9s %9s%n", "people \\ predicted", NAMES[0], NAMES[1], NAMES[2]));
        for (int a = 0; a < 3; a++) {
            out.append(String.format(Locale.ROOT, "    %-18s %9d %9d %9d%n", NAMES[a], counts[a][0], counts[a][1], counts[a][2]));
        }
        return out.toString();
    }
}
