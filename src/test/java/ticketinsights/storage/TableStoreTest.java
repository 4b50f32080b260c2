package ticketinsights.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ticketinsights.testing.SparkTests;

class TableStoreTest {
    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType).add("week", DataTypes.StringType);

    @TempDir
    Path out;

    @Test
    void rewritingReplacesTheTableWhole() {
        TableStore store = new TableStore(SparkTests.spark(), out.toString());
        store.write("t", SparkTests.rows(SCHEMA, new Object[] {"a", "2020-W01"}, new Object[] {"b", "2020-W02"}),
                new String[] {"week"}, "id");
        store.write("t", SparkTests.rows(SCHEMA, new Object[] {"c", "2020-W03"}), new String[] {"week"}, "id");
        assertEquals(List.of("c"), ids(store.read("t").orElseThrow()));
        assertTrue(Files.notExists(out.resolve("tables/.t.previous")), "no leftover of the old version");
        assertTrue(Files.notExists(out.resolve("tables/_staging")), "no leftover staging directory");
    }

    @Test
    void aWriteThatFailsKeepsThePreviousTable() {
        TableStore store = new TableStore(SparkTests.spark(), out.toString());
        store.write("t", SparkTests.rows(SCHEMA, new Object[] {"a", "2020-W01"}), new String[0], "id");
        Dataset<Row> failing = SparkTests.rows(SCHEMA, new Object[] {"x", "2020-W01"})
                .selectExpr("id", "week", "assert_true(id = 'never') as broken");
        assertThrows(RuntimeException.class, () -> store.write("t", failing, new String[0]));
        assertEquals(List.of("a"), ids(store.read("t").orElseThrow()));
    }

    @Test
    void aRunKilledBetweenTheRenamesIsRepairedOnNextAccess() throws Exception {
        TableStore store = new TableStore(SparkTests.spark(), out.toString());
        store.write("t", SparkTests.rows(SCHEMA, new Object[] {"a", "2020-W01"}), new String[0], "id");
        Files.move(out.resolve("tables/t"), out.resolve("tables/.t.previous"));
        assertEquals(List.of("a"), ids(store.read("t").orElseThrow()));
    }

    @Test
    void anEmptyPartitionedTableReadsBackWithItsSchema() {
        TableStore store = new TableStore(SparkTests.spark(), out.toString());
        store.write("t", SparkTests.rows(SCHEMA), new String[] {"week"}, "id");
        Dataset<Row> read = store.read("t").orElseThrow();
        assertEquals(0, read.count());
        assertEquals(List.of("id", "week"), List.of(read.columns()));
    }

    private static List<String> ids(Dataset<Row> table) {
        return table.orderBy("id").collectAsList().stream().map(r -> r.getString(0)).toList();
    }
}
