package ticketinsights.issues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import ticketinsights.testing.SparkTests;

/**
 * The sentence-embedding part of statement vectors and the clustering of each vector space on
 * its own, on hand-made vectors (no model is loaded).
 */
class SentenceSpaceTest {
    private static final AutoKClustering.Settings TWO_GROUPS = new AutoKClustering.Settings(2, 2, 2, 20_000, 0.9, true, 10, 7L);

    @Test
    void theSentencePartTakesItsShareOfTheVector() {
        // share 0.75: [t, 3e] / sqrt(1 + 9) = [1, 0, 0, 1.8, 2.4] / sqrt(10)
        Vector v = StatementVectors.withSentence(Vectors.sparse(3, new int[] {0}, new double[] {1.0}),
                Vectors.dense(0.6, 0.8), 3, 0.75);
        double s = Math.sqrt(10);
        assertArrayEquals(new double[] {1 / s, 0, 0, 1.8 / s, 2.4 / s}, v.toArray(), 1e-12);

        // so two statements with no shared term and the same meaning are 9/10 alike
        Vector other = StatementVectors.withSentence(Vectors.sparse(3, new int[] {2}, new double[] {1.0}),
                Vectors.dense(0.6, 0.8), 3, 0.75);
        assertEquals(0.9, cosineOfUnits(v, other), 1e-12);
    }

    @Test
    void withoutASentenceTheTermsStayAsTheyWereZeroPadded() {
        Vector v = StatementVectors.withSentence(Vectors.dense(0.6, 0.8), null, 2, 0.85);
        assertEquals(2 + StatementEmbeddings.DIMENSIONS, v.size());
        assertArrayEquals(new double[] {0.6, 0.8}, java.util.Arrays.copyOf(v.toArray(), 2), 1e-12);
        assertEquals(1.0, Vectors.norm(v, 2), 1e-12);
    }

    @Test
    void shareOneKeepsTheSentenceAlone() {
        Vector v = StatementVectors.withSentence(Vectors.dense(1, 0), Vectors.dense(0, 1), 2, 1.0);
        assertArrayEquals(new double[] {0, 0, 0, 1}, v.toArray(), 1e-12);
    }

    @Test
    void eachSpaceIsClusteredOnItsOwnAndNumberedOnFromTheLast() {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("space", DataTypes.StringType)
                .add("v", SQLDataTypes.VectorType());
        // Two tight groups per space; the term-space groups sit on the same axes as the sentence ones,
        // so one clustering of everything would mix the spaces.
        Dataset<Row> docs = SparkTests.rows(schema,
                row("s1", "sentence", 1, 0.05), row("s2", "sentence", 1, 0.0), row("s3", "sentence", 0.02, 1),
                row("s4", "sentence", 0, 1),
                row("t1", "terms", 1, 0.01), row("t2", "terms", 1, 0.03), row("t3", "terms", 0.04, 1),
                row("t4", "terms", 0, 1));
        AutoKClustering.Result result = AutoKClustering.clusterEachSpace(docs, "id", "v", "space",
                Map.of("sentence", TWO_GROUPS, "terms", TWO_GROUPS));

        assertEquals(4, result.chosenK());
        assertEquals(4, result.centroids().size());
        Map<String, Integer> cluster = new HashMap<>();
        result.assigned().collectAsList().forEach(r -> cluster.put(r.getString(0), r.getInt(r.fieldIndex(AutoKClustering.CLUSTER))));
        assertEquals(cluster.get("s1"), cluster.get("s2"));
        assertEquals(cluster.get("s3"), cluster.get("s4"));
        assertEquals(cluster.get("t1"), cluster.get("t2"));
        assertEquals(cluster.get("t3"), cluster.get("t4"));
        assertEquals(Set.of(0, 1), new HashSet<>(List.of(cluster.get("s1"), cluster.get("s3"))), "sentence space first");
        assertEquals(Set.of(2, 3), new HashSet<>(List.of(cluster.get("t1"), cluster.get("t3"))));
    }

    @Test
    void aSpaceWithoutSettingsIsAnError() {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("space", DataTypes.StringType)
                .add("v", SQLDataTypes.VectorType());
        Dataset<Row> docs = SparkTests.rows(schema, row("a", "elsewhere", 1, 0), row("b", "elsewhere", 0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AutoKClustering.clusterEachSpace(docs, "id", "v", "space", Map.of("terms", TWO_GROUPS)));
        assertEquals("no clustering settings for vector space elsewhere", e.getMessage());
    }

    private static Object[] row(String id, String space, double x, double y) {
        double norm = Math.hypot(x, y);
        return new Object[] {id, space, Vectors.dense(x / norm, y / norm)};
    }

    /** Cosine of two unit vectors: |a - b|² = 2 - 2 cos. */
    private static double cosineOfUnits(Vector a, Vector b) {
        return 1 - Vectors.sqdist(a, b) / 2;
    }
}
