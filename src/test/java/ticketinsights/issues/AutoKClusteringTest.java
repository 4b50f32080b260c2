package ticketinsights.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import ticketinsights.testing.SparkTests;

/** Centroids found on a sample of the statements, every statement assigned. */
class AutoKClusteringTest {

    @Test
    void centroidsFittedOnASampleStillPlaceEveryStatement() {
        // 60 statements in three tight groups around the axes (cosine between groups ~0, inside > 0.99);
        // about 12 are used to fit (each drawn with probability 12/60 by a hash of its id).
        StructType schema = new StructType().add("id", DataTypes.StringType).add("v", SQLDataTypes.VectorType());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double[] v = {0.01 * (i % 5), 0.01 * (i % 3), 0.01 * (i % 7)};
            v[i % 3] = 1;
            rows.add(new Object[] {"s" + i, Vectors.dense(StatementVectors.normalised(v))});
        }
        Dataset<Row> docs = SparkTests.rows(schema, rows.toArray(Object[][]::new)).cache();
        AutoKClustering.Settings sampleOfTwelve = new AutoKClustering.Settings(2, 20, 2, 12, 0.9, true, 10, 7L);

        AutoKClustering.Result result = AutoKClustering.cluster(docs, "id", "v", sampleOfTwelve);
        Map<String, Integer> cluster = clusters(result);

        assertEquals(60, cluster.size(), "every statement is assigned, not only the sample");
        assertEquals(3, result.chosenK());
        // fitted on all 60 it would propose min(2·kMax, 60 / 2) = 30
        assertTrue(result.proposedK() < 30, "proposals from the sample: " + result.proposedK());
        for (int group = 0; group < 3; group++) {
            Set<Integer> seen = new HashSet<>();
            for (int i = group; i < 60; i += 3) {
                seen.add(cluster.get("s" + i));
            }
            assertEquals(1, seen.size(), "group " + group + " in one cluster");
        }
        assertEquals(cluster, clusters(AutoKClustering.cluster(docs, "id", "v", sampleOfTwelve)), "the same sample on a rerun");
    }

    private static Map<String, Integer> clusters(AutoKClustering.Result result) {
        Map<String, Integer> cluster = new HashMap<>();
        result.assigned().collectAsList().forEach(r -> cluster.put(r.getString(0), r.getInt(r.fieldIndex(AutoKClustering.CLUSTER))));
        return cluster;
    }
}
