package ticketinsights.issues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import ticketinsights.testing.SparkTests;

/**
 * Vectors and clusters are a function of the statements alone: the same 90 statements handed
 * over in two different row orders and partitionings (as two runs' shuffles would deliver them)
 * in local[2] give bit-identical assignments, distances and centroids, also when the centroids
 * are fitted on a sample. Terms are given, so no CoreNLP model is loaded.
 */
class ReproducibleClusteringTest {
    private static final String[][] TOPICS = {
            {"card", "arrive", "deliver", "post", "week", "still", "wait", "new"},
            {"transfer", "pending", "bank", "account", "money", "show", "yet", "sent"},
            {"pin", "block", "wrong", "enter", "unlock", "times", "locked", "card"}};
    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add(StatementVectors.TERMS, DataTypes.createArrayType(DataTypes.StringType));

    @Test
    void twoRunsOverTheSameStatementsInAnotherOrderGiveIdenticalClusters() {
        Run first = assertTwoOrdersGiveTheSameClusters(20_000);
        assertTrue(first.result().chosenK() >= 2, "clusters found: " + first.result().chosenK());
    }

    @Test
    void theSampleTheCentroidsAreFittedOnIsTheSameWhateverThePartitioning() {
        Run first = assertTwoOrdersGiveTheSameClusters(45);
        assertTrue(first.result().proposedK() < 90 / 8, "fitted on a sample: proposed " + first.result().proposedK());
        assertEquals(90, first.assigned().size(), "every statement assigned, not only the sample");
    }

    /** Clusters the statements in two row orders and partitionings; returns the first run. */
    private static Run assertTwoOrdersGiveTheSameClusters(int maxFitStatements) {
        List<Row> statements = statements();
        List<Row> shuffled = new ArrayList<>(statements);
        Collections.shuffle(shuffled, new Random(3));
        Run first = run(SparkTests.spark().createDataFrame(statements, SCHEMA).repartition(3), maxFitStatements);
        Run second = run(SparkTests.spark().createDataFrame(shuffled, SCHEMA).repartition(2), maxFitStatements);

        assertEquals(first.result().proposedK(), second.result().proposedK());
        assertEquals(first.result().chosenK(), second.result().chosenK());
        for (int c = 0; c < first.result().centroids().size(); c++) {
            assertArrayEquals(first.result().centroids().get(c), second.result().centroids().get(c), "centroid " + c);
        }
        assertEquals(first.assigned(), second.assigned());
        return first;
    }

    @Test
    void theVectorsStayInTheStatementsPartitions() {
        Dataset<Row> docs = SparkTests.spark().createDataFrame(statements(), SCHEMA).repartition(3);
        Dataset<Row> vectors = StatementVectors.vectorize(docs, "id", new StatementVectors.Settings(2, 20, 3, 1.0, 0.85, 7L));
        assertEquals(3, vectors.rdd().getNumPartitions(), "only the fits gather rows into one partition");
    }

    private record Run(AutoKClustering.Result result, List<Row> assigned) {
    }

    private static Run run(Dataset<Row> docs, int maxFitStatements) {
        StatementVectors.Settings vectors = new StatementVectors.Settings(2, 20, 3, 1.0, 0.85, 7L);
        Dataset<Row> usable = StatementVectors.vectorize(docs, "id", vectors)
                .filter(org.apache.spark.sql.functions.col(StatementVectors.FEATURES).isNotNull());
        AutoKClustering.Result result = AutoKClustering.cluster(usable, "id", StatementVectors.FEATURES,
                new AutoKClustering.Settings(2, 10, 8, maxFitStatements, 0.5, true, 10, 7L));
        List<Row> assigned = result.assigned()
                .select("id", AutoKClustering.CLUSTER, AutoKClustering.DISTANCE, AutoKClustering.CONFIDENCE)
                .orderBy("id").collectAsList();
        return new Run(result, assigned);
    }

    /** 30 statements per topic: 3–5 of its words picked at random, now and then a word of another topic. */
    private static List<Row> statements() {
        Random random = new Random(11);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String[] topic = TOPICS[i % TOPICS.length];
            List<String> terms = new ArrayList<>();
            int n = 3 + random.nextInt(3);
            for (int w = 0; w < n; w++) {
                terms.add(topic[random.nextInt(topic.length)]);
            }
            if (random.nextInt(4) == 0) {
                String[] other = TOPICS[random.nextInt(TOPICS.length)];
                terms.add(other[random.nextInt(other.length)]);
            }
            rows.add(RowFactory.create(String.format("t%03d", i), terms.toArray(new String[0])));
        }
        return rows;
    }
}
