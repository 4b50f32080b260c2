package ticketinsights.closure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Precision and recall of one detector on hand-labelled messages, split by id: even ids are the
 * tuning half (the lexicons were changed only from errors there), odd ids are held out. Shared by
 * the closure and phrasing label tests.
 */
final class LabelledScores {
    static final double MIN_PRECISION = 0.85;
    static final double MIN_RECALL = 0.70;

    private LabelledScores() {
    }

    enum Split {
        TUNED("tuned"), HELD_OUT("held-out"), ALL("all");

        private final String label;

        Split(String label) {
            this.label = label;
        }

        boolean contains(long id) {
            return switch (this) {
                case TUNED -> id % 2 == 0;
                case HELD_OUT -> id % 2 == 1;
                case ALL -> true;
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    record Score(long tp, long fp, long fn) {
        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        String line(String detector, Split split) {
            return String.format(Locale.ROOT, "%-18s %-9s positives %3d  tp %3d fp %3d fn %3d  precision %.2f  recall %.2f",
                    detector, split, tp + fn, tp, fp, fn, precision(), recall());
        }
    }

    /**
     * The detector's score on one split, printed; with {@code -Dclosure.showDevErrors=true} its
     * errors on the tuning half are printed too (the held-out half stays unseen).
     *
     * @param describe a message's source, id and text, for the printed errors
     */
    static <M> Score score(String detector, Split split, List<M> messages, ToLongFunction<M> id, Predicate<M> actual,
                           Predicate<M> predicted, Function<M, String> describe) {
        boolean showErrors = split == Split.TUNED && Boolean.getBoolean("closure.showDevErrors");
        long tp = 0, fp = 0, fn = 0;
        for (M m : messages) {
            if (!split.contains(id.applyAsLong(m))) {
                continue;
            }
            boolean isActual = actual.test(m);
            boolean isPredicted = predicted.test(m);
            tp += isActual && isPredicted ? 1 : 0;
            fp += !isActual && isPredicted ? 1 : 0;
            fn += isActual && !isPredicted ? 1 : 0;
            if (showErrors && isActual != isPredicted) {
                System.out.println("  " + (isPredicted ? "FP " : "FN ") + detector + " " + describe.apply(m));
            }
        }
        Score score = new Score(tp, fp, fn);
        System.out.println(score.line(detector, split));
        return score;
    }

    /**
     * Adds the score to failures when it is below the target ({@link #MIN_PRECISION}, and
     * {@link #MIN_RECALL} when recall is gated) or, for a detector listed in {@code
     * floorsBelowTarget} under "detector split", below that recorded floor {precision, recall};
     * prints "target not met" for every score below the target.
     */
    static void gate(String detector, Split split, Score score, boolean recallGated, Map<String, double[]> floorsBelowTarget,
                     List<String> failures) {
        double minRecall = recallGated ? MIN_RECALL : 0.0;
        double[] floor = floorsBelowTarget.getOrDefault(detector + " " + split, new double[] {MIN_PRECISION, minRecall});
        if (score.precision() < MIN_PRECISION || score.recall() < minRecall) {
            System.out.println("  target not met (precision " + MIN_PRECISION + (recallGated ? ", recall " + MIN_RECALL : "")
                    + "); floor " + floor[0] + " / " + floor[1]);
        }
        if (score.precision() < floor[0] || score.recall() < floor[1]) {
            failures.add(score.line(detector, split));
        }
    }
}
