package ticketinsights.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains {@link LearnedCombination} with Spark MLlib's multinomial logistic regression (L2,
 * features standardised inside MLlib, coefficients returned on the original scale). The L2
 * strength, whether classes are weighted to equal total weight (the airline tweets are 72%
 * negative, and the target is macro-F1) and the per-class decision offsets are chosen by k-fold
 * cross-validation on the examples given, by mean macro-F1 of the held-out folds.
 */
final class CombinationTraining {
    /** A message's people's polarity (-1, 0, 1) and {@link MessageFeatures}. */
    record Example(int polarity, double[] features) {
    }

    /**
     * One grid point: its cross-validated macro-F1 with the plain most-probable-class decision,
     * and with the per-class decision offsets (added to the log-probabilities of negative,
     * neutral, positive) that maximise it.
     */
    record Candidate(double regParam, boolean balanced, double macroF1, double[] offsets, double offsetMacroF1) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "L2 %.4f, %s classes: CV macro-F1 %.3f; with decision offsets "
                    + "(negative, neutral, positive) %.1f, %.1f, %.1f: %.3f", regParam, balanced ? "balanced" : "unweighted",
                    macroF1, offsets[0], offsets[1], offsets[2], offsetMacroF1);
        }
    }

    static final double[] REG_PARAMS = {0.003, 0.01, 0.03, 0.1, 0.3, 1.0};
    /** Decision offsets tried for neutral and positive (negative's stays 0; only differences matter). */
    static final double MAX_OFFSET = 2.0;
    static final double OFFSET_STEP = 0.1;

    private static final StructType SCHEMA = new StructType()
            .add("label", DataTypes.DoubleType, false)
            .add("weight", DataTypes.DoubleType, false)
            .add("features", SQLDataTypes.VectorType(), false);

    private final SparkSession spark;

    CombinationTraining(SparkSession spark) {
        this.spark = spark;
    }

    /** Every grid point, best (by macro-F1 with offsets) first; ties keep the stronger L2, then unweighted. */
    List<Candidate> crossValidate(List<Example> examples, int folds, long seed) {
        List<Example> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(seed));
        List<Candidate> candidates = new ArrayList<>();
        for (boolean balanced : new boolean[] {false, true}) {
            for (int r = REG_PARAMS.length - 1; r >= 0; r--) {
                List<FoldPredictions> predictions = new ArrayList<>();
                for (int k = 0; k < folds; k++) {
                    List<Example> train = new ArrayList<>();
                    List<Example> test = new ArrayList<>();
                    for (int i = 0; i < shuffled.size(); i++) {
                        (i % folds == k ? test : train).add(shuffled.get(i));
                    }
                    predictions.add(FoldPredictions.of(fit(train, REG_PARAMS[r], balanced, ""), test));
                }
                double[] offsets = bestOffsets(predictions);
                candidates.add(new Candidate(REG_PARAMS[r], balanced, meanMacroF1(predictions, new double[3]), offsets,
                        meanMacroF1(predictions, offsets)));
            }
        }
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort((a, b) -> Double.compare(b.offsetMacroF1(), a.offsetMacroF1()));
        return ranked;
    }

    /** The log-probabilities a model fitted without a fold gives that fold's examples, and their people's polarity. */
    record FoldPredictions(double[][] logProbabilities, int[] polarities) {
        static FoldPredictions of(LearnedCombination model, List<Example> test) {
            double[][] logP = test.stream()
                    .map(e -> Arrays.stream(model.probabilities(e.features())).map(Math::log).toArray()).toArray(double[][]::new);
            return new FoldPredictions(logP, test.stream().mapToInt(Example::polarity).toArray());
        }

        ThreeClassScores scores(double[] offsets) {
            ThreeClassScores scores = new ThreeClassScores();
            for (int i = 0; i < polarities.length; i++) {
                double[] shifted = new double[3];
                for (int c = 0; c < 3; c++) {
                    shifted[c] = logProbabilities[i][c] + offsets[c];
                }
                scores.add(polarities[i], SentenceSentiment.argmax(shifted) - 1);
            }
            return scores;
        }
    }

    static double meanMacroF1(List<FoldPredictions> folds, double[] offsets) {
        return folds.stream().mapToDouble(f -> f.scores(offsets).macroF1()).average().orElseThrow();
    }

    /**
     * The offsets (0 for negative; neutral and positive on a grid of {@link #OFFSET_STEP} within
     * ±{@link #MAX_OFFSET}) with the highest mean macro-F1 over the folds; ties keep the offsets
     * nearest to none.
     */
    static double[] bestOffsets(List<FoldPredictions> folds) {
        double[] best = new double[3];
        double bestF1 = meanMacroF1(folds, best);
        int steps = (int) Math.round(MAX_OFFSET / OFFSET_STEP);
        for (int n = -steps; n <= steps; n++) {
            for (int p = -steps; p <= steps; p++) {
                double[] offsets = {0, n * OFFSET_STEP, p * OFFSET_STEP};
                double f1 = meanMacroF1(folds, offsets);
                boolean nearer = Math.abs(offsets[1]) + Math.abs(offsets[2]) < Math.abs(best[1]) + Math.abs(best[2]);
                if (f1 > bestF1 || f1 == bestF1 && nearer) {
                    best = offsets;
                    bestF1 = f1;
                }
            }
        }
        return best;
    }

    /** {@code model} deciding with {@code offsets}: they are added to its intercepts, which shifts each log-probability alike. */
    static LearnedCombination withOffsets(LearnedCombination model, double[] offsets) {
        double[] intercepts = new double[3];
        for (int c = 0; c < 3; c++) {
            intercepts[c] = model.intercepts()[c] + offsets[c];
        }
        return new LearnedCombination(intercepts, model.coefficients(), model.description());
    }

    /** The three-class scores of {@code model} on {@code examples}. */
    static ThreeClassScores score(LearnedCombination model, List<Example> examples) {
        ThreeClassScores scores = new ThreeClassScores();
        for (Example e : examples) {
            scores.add(e.polarity(), SentenceSentiment.argmax(model.probabilities(e.features())) - 1);
        }
        return scores;
    }

    /** Fits on {@code examples} and returns the model as a {@link LearnedCombination}. */
    LearnedCombination fit(List<Example> examples, double regParam, boolean balanced, String description) {
        return combinationOf(fitModel(examples, regParam, balanced), description);
    }

    LogisticRegressionModel fitModel(List<Example> examples, double regParam, boolean balanced) {
        return new LogisticRegression().setFamily("multinomial").setRegParam(regParam)
                .setElasticNetParam(0).setMaxIter(200).setWeightCol("weight")
                .fit(frame(examples, balanced));
    }

    /** MLlib's coefficients and intercepts (original feature scale), for the pure-Java softmax. */
    static LearnedCombination combinationOf(LogisticRegressionModel model, String description) {
        Matrix w = model.coefficientMatrix();
        double[][] coefficients = new double[w.numRows()][w.numCols()];
        for (int c = 0; c < w.numRows(); c++) {
            for (int f = 0; f < w.numCols(); f++) {
                coefficients[c][f] = w.apply(c, f);
            }
        }
        return new LearnedCombination(model.interceptVector().toArray(), coefficients, description);
    }

    /** label = polarity + 1; weight 1, or n / (3 · n of its class) when balanced. */
    Dataset<Row> frame(List<Example> examples, boolean balanced) {
        long[] perClass = new long[3];
        examples.forEach(e -> perClass[e.polarity() + 1]++);
        List<Row> rows = new ArrayList<>(examples.size());
        for (Example e : examples) {
            int label = e.polarity() + 1;
            double weight = balanced ? examples.size() / (3.0 * perClass[label]) : 1.0;
            rows.add(RowFactory.create((double) label, weight, Vectors.dense(e.features())));
        }
        return spark.createDataFrame(rows, SCHEMA);
    }
}
