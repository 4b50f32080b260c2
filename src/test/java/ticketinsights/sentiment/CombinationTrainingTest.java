package ticketinsights.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import ticketinsights.testing.SparkTests;

/** MLlib's model and the pure-Java softmax the scorer runs agree; a learnable pattern is learned. */
class CombinationTrainingTest {

    /** 120 messages whose people's polarity is the sign of their mean score (±0.2 dead zone), with noise in the other features. */
    static List<CombinationTraining.Example> examples() {
        Random random = new Random(7);
        int meanScore = MessageFeatures.NAMES.indexOf("mean_score");
        List<CombinationTraining.Example> examples = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double[] f = random.doubles(MessageFeatures.NAMES.size()).toArray();
            f[meanScore] = (i % 3 - 1) * 0.5 + random.nextGaussian() * 0.1;
            examples.add(new CombinationTraining.Example(f[meanScore] < -0.2 ? -1 : f[meanScore] > 0.2 ? 1 : 0, f));
        }
        return examples;
    }

    @Test
    void theShippedFormScoresAsMllibDoes() {
        CombinationTraining training = new CombinationTraining(SparkTests.spark());
        List<CombinationTraining.Example> examples = examples();
        LogisticRegressionModel model = training.fitModel(examples, 0.01, true);
        LearnedCombination combination = CombinationTraining.combinationOf(model, "test");
        List<Row> predicted = model.transform(training.frame(examples, true)).select("features", "probability").collectAsList();
        for (Row row : predicted) {
            double[] features = row.<Vector>getAs(0).toArray();
            assertArrayEquals(row.<Vector>getAs(1).toArray(), combination.probabilities(features), 1e-9);
        }
        assertTrue(CombinationTraining.score(combination, examples).macroF1() > 0.9,
                CombinationTraining.score(combination, examples).report("training set"));
    }

    @Test
    void decisionOffsetsNearestToNoneThatMaximiseMacroF1() {
        // Plain argmax calls all three negative (macro-F1 (0.5 + 0 + 0) / 3). The neutral one turns
        // neutral once neutral's offset exceeds ln(0.5 / 0.4) = 0.22, the negative one stays so while
        // it is below ln(0.5 / 0.3) = 0.51; the positive one turns positive once positive's exceeds
        // ln(0.45 / 0.35) = 0.25 (and neutral's is not 0.56 beyond it). Nearest grid point: 0.3, 0.3.
        double[][] p = {{0.5, 0.3, 0.2}, {0.5, 0.4, 0.1}, {0.45, 0.2, 0.35}};
        double[][] logP = Arrays.stream(p).map(row -> Arrays.stream(row).map(Math::log).toArray()).toArray(double[][]::new);
        List<CombinationTraining.FoldPredictions> folds = List.of(new CombinationTraining.FoldPredictions(logP, new int[] {-1, 0, 1}));
        assertEquals(0.5 / 3, CombinationTraining.meanMacroF1(folds, new double[3]), 1e-12);
        double[] offsets = CombinationTraining.bestOffsets(folds);
        assertArrayEquals(new double[] {0, 0.3, 0.3}, offsets, 1e-9);
        assertEquals(1.0, CombinationTraining.meanMacroF1(folds, offsets), 1e-12);
    }

    @Test
    void offsetsShiftTheInterceptsSoTheSoftmaxMultipliesEachClassByItsExponential() {
        LearnedCombination hand = LearnedCombinationTest.handModel();
        double[] offsets = {0, 0.3, -0.5};
        LearnedCombination shifted = CombinationTraining.withOffsets(hand, offsets);
        assertArrayEquals(new double[] {0, Math.log(3) + 0.3, -0.5}, shifted.intercepts(), 1e-12);
        double[] features = MessageFeatures.of(List.of(MessageFeaturesTest.ANGRY));
        double[] p = hand.probabilities(features);
        double[] weighted = {p[0], p[1] * Math.exp(0.3), p[2] * Math.exp(-0.5)};
        double sum = Arrays.stream(weighted).sum();
        assertArrayEquals(Arrays.stream(weighted).map(w -> w / sum).toArray(), shifted.probabilities(features), 1e-12);
    }
}
