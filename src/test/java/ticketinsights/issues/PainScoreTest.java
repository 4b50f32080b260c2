package ticketinsights.issues;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import ticketinsights.testing.SparkTests;

class PainScoreTest {

    @Test
    void volumeTimesOnePlusPainShares() {
        // 10 tickets × (1 + 0.5 + 0.2 + 0.1 + 0.4) = 22.
        assertEquals(22.0, PainScore.of(10, 0.5, 0.2, 0.1, 0.4), 1e-9);
        // Without the other stages' tables the score is the volume.
        assertEquals(10.0, PainScore.of(10, null, null, null, null), 1e-9);
    }

    @Test
    void columnAgreesWithTheJavaFormula() {
        StructType schema = new StructType().add("t", DataTypes.LongType).add("n", DataTypes.DoubleType)
                .add("r", DataTypes.DoubleType).add("c", DataTypes.DoubleType).add("s", DataTypes.DoubleType);
        var rows = SparkTests.rows(schema, new Object[] {10L, 0.5, 0.2, 0.1, 0.4}, new Object[] {4L, null, 0.25, null, null})
                .select(PainScore.column(col("t"), col("n"), col("r"), col("c"), col("s"))).collectAsList();
        assertEquals(22.0, rows.get(0).getDouble(0), 1e-9);
        // 4 × (1 + 0.25) = 5.
        assertEquals(5.0, rows.get(1).getDouble(0), 1e-9);
    }
}
