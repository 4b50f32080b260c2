package ticketinsights.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
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
}
