package ticketinsights.issues;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ticketinsights.testing.SparkTests;

/** Loads the sentence-embedding model: English statements get unit vectors that put paraphrases together. */
@Tag("heavy")
class StatementEmbeddingsTest {

    @Test
    void englishStatementsAreEmbeddedOtherLanguagesAreNot() {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("statement", DataTypes.StringType);
        Dataset<Row> statements = SparkTests.rows(schema,
                new Object[] {"a", "My new card has not arrived yet, it has been two weeks"},
                new Object[] {"b", "Still waiting for the card you posted to me, where is it?"},
                new Object[] {"c", "How do I change the password of my online banking login?"},
                new Object[] {"d", "My new card has not arrived yet, it has been two weeks"},
                new Object[] {"e", "カードがまだ届きません。いつ届きますか？"},
                new Object[] {"f", null}).repartition(3);
        Map<String, Vector> embedding = new HashMap<>();
        String partitions = statements.sparkSession().conf().get("spark.sql.shuffle.partitions");
        statements.sparkSession().conf().set("spark.sql.shuffle.partitions", "1");
        try {
            StatementEmbeddings.withEmbeddings(statements, "statement").collectAsList()
                    .forEach(r -> embedding.put(r.getString(0), r.getAs(StatementEmbeddings.EMBEDDING)));
        } finally {
            statements.sparkSession().conf().set("spark.sql.shuffle.partitions", partitions);
        }

        assertEquals(6, embedding.size(), "no statement lost or doubled");
        assertNull(embedding.get("e"), "Japanese: the model knows English only");
        assertNull(embedding.get("f"));
        Vector a = embedding.get("a");
        assertNotNull(a);
        assertEquals(StatementEmbeddings.DIMENSIONS, a.size());
        assertEquals(1.0, Vectors.norm(a, 2), 1e-9);
        assertEquals(a, embedding.get("d"), "equal texts, equal vectors");
        assertEquals(a, embeddedAlone(statements.filter(col("id").equalTo("a"))),
                "the same vector bit for bit whether a text is embedded alone or in a batch with others");
        double paraphrase = cosineOfUnits(a, embedding.get("b"));
        double unrelated = cosineOfUnits(a, embedding.get("c"));
        assertTrue(paraphrase > unrelated + 0.2, "paraphrase " + paraphrase + " vs unrelated " + unrelated);
    }

    /** The embedding of a one-row dataset's statement; the run above held every text in one batch (one shuffle partition). */
    private static Vector embeddedAlone(Dataset<Row> oneRow) {
        return StatementEmbeddings.withEmbeddings(oneRow, "statement").first().getAs(StatementEmbeddings.EMBEDDING);
    }

    /** Cosine of two unit vectors: |a - b|² = 2 - 2 cos. */
    private static double cosineOfUnits(Vector a, Vector b) {
        return 1 - Vectors.sqdist(a, b) / 2;
    }
}
