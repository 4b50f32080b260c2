package ticketinsights.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ticketinsights.testing.SparkTests;

class NotebookHelpersTest {
    private static final StructType WEEKLY = new StructType().add("week", DataTypes.StringType)
            .add("p50", DataTypes.DoubleType).add("tickets", DataTypes.LongType);

    private static Row row(Object... values) {
        return new GenericRowWithSchema(values, WEEKLY);
    }

    @Test
    void htmlTableEscapesTicketTextAndCutsLongCells() {
        String html = HtmlTable.of(List.of(row("<script>alert(1)</script> & \"x\"", 1.23456, 3L)), "week", "p50", "tickets");
        assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</td>"), html);
        assertTrue(html.contains("<td>1.235</td><td>3</td>"), html);
        String cut = HtmlTable.cell("a".repeat(500));
        assertEquals(HtmlTable.MAX_CELL, cut.length());
        assertTrue(cut.endsWith("…"));
        assertEquals("", HtmlTable.cell(null));
        assertEquals("2024-01-01T09:00:00Z", HtmlTable.cell(java.sql.Timestamp.from(java.time.Instant.parse("2024-01-01T09:00:00Z"))));
    }

    @Test
    void chartsRenderToSvgAndPngWithGapsForNulls() {
        List<Row> rows = List.of(row("2024-W01", 10.0, 4L), row("2024-W02", null, 5L), row("2024-W03", 30.0, 6L));
        String svg = Charts.svg(Charts.lines("First reply", "minutes", rows, "week", "p50"));
        assertTrue(svg.contains("<svg") && svg.strip().endsWith("</svg>"), svg.substring(0, 100));
        assertTrue(svg.contains("<path") || svg.contains("<line"), "the chart draws lines");
        byte[] png = Charts.png(Charts.bars("Tickets", "tickets", rows, "week", "tickets"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void anAbsentTableIsEmptyNotAnError(@TempDir Path out) throws Exception {
        NotebookTables tables = new NotebookTables(SparkTests.spark(), out.toString());
        assertTrue(tables.table("weekly_latency", "jobs/latency").isEmpty());
        boolean[] called = {false};
        tables.with("weekly_latency", "jobs/latency", data -> called[0] = true);
        assertTrue(!called[0]);
        assertTrue(Files.exists(out));
    }
}
