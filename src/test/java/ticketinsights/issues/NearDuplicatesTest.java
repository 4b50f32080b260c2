package ticketinsights.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import ticketinsights.testing.SparkTests;

class NearDuplicatesTest {
    private static final List<String> VOCABULARY = List.of("card", "arrive", "week", "order", "still", "late",
            "refund", "fee", "charge", "password");

    @Test
    void laterStatementsNearAnEarlierOneAreNotRepresentatives() {
        Map<String, Boolean> representative = mark(new Object[][] {
                {"t1", List.of("card", "arrive", "week", "order", "still")},
                // the same set as t1: grouped with it
                {"t2", List.of("still", "card", "arrive", "week", "order", "card")},
                // three of seven terms shared with t1: distance 0.57
                {"t4", List.of("card", "arrive", "week", "refund", "fee")},
                // no terms: nothing to compare, stays a representative
                {"t5", List.of()},
                {"t6", List.of("charge", "password")},
                // the same set as t0, which comes first although listed last
                {"t3", List.of("card", "arrive", "week", "order", "still", "late")},
                // the earliest id: t1's set is five of these six terms, distance 0.17 ≤ 0.2
                {"t0", List.of("late", "card", "arrive", "week", "order", "still")}});

        assertEquals(Map.of("t0", true, "t1", false, "t2", false, "t3", false, "t4", true, "t5", true, "t6", true),
                representative);
    }

    @Test
    void aCommonWordInEveryStatementMakesNoDuplicates() {
        // Each statement shares "card" with all others and nothing else (distance 1 − 1/3 = 0.67).
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(new Object[] {"t" + i, List.of("card", VOCABULARY.get(1 + 2 * i), VOCABULARY.get(2 + 2 * i))});
        }
        assertEquals(Map.of("t0", true, "t1", true, "t2", true, "t3", true), mark(rows.toArray(Object[][]::new)));
    }

    private static Map<String, Boolean> mark(Object[][] idAndTerms) {
        StructType schema = new StructType().add("ticket_id", DataTypes.StringType)
                .add(StatementVectors.TERMS, DataTypes.createArrayType(DataTypes.StringType))
                .add(StatementVectors.TFIDF, SQLDataTypes.VectorType());
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : idAndTerms) {
            @SuppressWarnings("unchecked")
            List<String> terms = (List<String>) row[1];
            rows.add(new Object[] {row[0], scala.jdk.javaapi.CollectionConverters.asScala(terms).toSeq(),
                    terms.isEmpty() ? null : oneHot(terms)});
        }
        Map<String, Boolean> out = new TreeMap<>();
        for (Row r : NearDuplicates.mark(SparkTests.rows(schema, rows.toArray(Object[][]::new)), "ticket_id").collectAsList()) {
            out.put(r.getString(0), r.getBoolean(1));
        }
        return out;
    }

    private static Vector oneHot(List<String> terms) {
        double[] v = new double[VOCABULARY.size()];
        for (String term : terms) {
            v[VOCABULARY.indexOf(term)] = 1;
        }
        return Vectors.dense(v).compressed();
    }
}
