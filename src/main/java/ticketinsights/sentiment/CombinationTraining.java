package ticketinsights.sentiment;

import java.util.ArrayList;
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
 * strength and whether classes are weighted to equal total weight (the airline tweets are 72%
 * negative, and the target is macro-F1) are chosen by k-fold cross-validation on the examples
 * given, by mean macro-F1 of the held-out folds.
 */
final class CombinationTraining {
    /** A message's people's polarity (-1, 0, 1) and {@link MessageFeatures}. */
    record Example(int polarity, double[] features) {
    }

    /** One grid point and its cross-validated macro-F1. */
    record Candidate(double regParam, boolean balanced, double macroF1) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "L2 %.4f, %s classes: CV macro-F1 %.3f", regParam,
                    balanced ? "balanced" : "unweighted", macroF1);
        }
    }

    static final double[] REG_PARAMS = {0.001, 0.003, 0.01, 0.03, 0.1};

    private static final StructType SCHEMA = new StructType()
            .add("label", DataTypes.DoubleType, false)
            .add("weight", DataTypes.DoubleType, false)
            .add("features", SQLDataTypes.VectorType(), false);

    private final SparkSession spark;

    CombinationTraining(SparkSession spark) {
        this.spark = spark;
    }

    /** Every grid point, best first (ties keep the stronger L2, then unweighted). */
    List<Candidate> crossValidate(List<Example> examples, int folds, long seed) {
        List<Example> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(seed));
        List<Candidate> candidates = new ArrayList<>();
        for (boolean balanced : new boolean[] {false, true}) {
            for (int r = REG_PARAMS.length - 1; r >= 0; r--) {
                double sum = 0;
                for (int k = 0; k < folds; k++) {
                    List<Example> train = new ArrayList<>();
                    List<Example> test = new ArrayList<>();
                    for (int i = 0; i < shuffled.size(); i++) {
                        (i % folds == k ? test : train).add(shuffled.get(i));
                    }
                    LearnedCombination model = fit(train, REG_PARAMS[r], balanced, "");
                    sum += score(model, test).macroF1();
                }
                candidates.add(new Candidate(REG_PARAMS[r], balanced, sum / folds));
            }
        }
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort((a, b) -> Double.compare(b.macroF1(), a.macroF1()));
        return ranked;
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
