package ticketinsights.report;

import static org.apache.spark.sql.functions.desc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ticketinsights.testing.SparkTests.rows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class AgentPhrasingTableTest {
    private static final String WEEK = ReportFixture.WEEK;
    private static final String PREVIOUS = ReportFixture.PREVIOUS;

    private static Object[] row(String week, String channel, String group, String rule, long agentMessages, long messages,
                                long tickets, Double rate) {
        return new Object[] {week, channel, group, rule, agentMessages, messages, tickets, rate};
    }

    /** Two rules, groups Support and Billing (new in W10) and Legal (no agent message in W10). */
    private static Dataset<Row> phrasing() {
        return rows(StageTables.WEEKLY_AGENT_PHRASING_SCHEMA,
                row(WEEK, "all", "all", "bare_refusal", 50, 3, 2, 6.0),
                row(WEEK, "all", "all", "repeated_apology", 50, 5, 2, 10.0),
                row(WEEK, "all", "Support", "bare_refusal", 40, 2, 2, 5.0),
                row(WEEK, "all", "Support", "repeated_apology", 40, 5, 2, 12.5),
                row(WEEK, "all", "Billing", "repeated_apology", 10, 0, 0, 0.0),
                row(WEEK, "all", "Billing", "bare_refusal", 10, 1, 1, 10.0),
                row(WEEK, "all", "Legal", "bare_refusal", 0, 0, 0, null),
                // a channel cut and an older week: not shown
                row(WEEK, "email", "all", "bare_refusal", 30, 3, 2, 10.0),
                row("2024-W08", "all", "all", "bare_refusal", 10, 10, 1, 100.0),
                row(PREVIOUS, "all", "all", "bare_refusal", 40, 4, 3, 10.0),
                row(PREVIOUS, "all", "all", "repeated_apology", 40, 2, 1, 5.0),
                row(PREVIOUS, "all", "Support", "bare_refusal", 40, 4, 3, 10.0),
                row(PREVIOUS, "all", "Support", "repeated_apology", 40, 5, 2, 12.5));
    }

    private static List<List<String>> texts(ReportTable table) {
        return table.rows().stream().map(r -> r.stream().map(ReportTable.Cell::text).toList()).toList();
    }

    @Test
    void ratesPerGroupAndRuleBesideTheWeekBefore() {
        ReportTable table = AgentPhrasingTable.build(new ReportInputs(Map.of(StageTables.WEEKLY_AGENT_PHRASING, phrasing())),
                WEEK, PREVIOUS, ReportTable.Cell::of);

        assertNull(table.missing());
        assertEquals(List.of("group", "rule", "agent messages", "flagged", WEEK, PREVIOUS, "change"),
                table.columns().stream().map(ReportTable.Column::header).toList());
        assertEquals(List.of(
                List.of("all", "bare_refusal", "50", "3", "6.0", "10.0", "−4.0"),
                List.of("all", "repeated_apology", "50", "5", "10.0", "5.0", "+5.0"),
                List.of("Billing", "bare_refusal", "10", "1", "10.0", "—", "—"),
                List.of("Billing", "repeated_apology", "10", "0", "0.0", "—", "—"),
                List.of("Legal", "bare_refusal", "0", "0", "—", "—", "—"),
                List.of("Support", "bare_refusal", "40", "2", "5.0", "10.0", "−5.0"),
                List.of("Support", "repeated_apology", "40", "5", "12.5", "12.5", "0.0")), texts(table),
                "the all group first, then groups and rules by name; Billing had no row the week before, Legal no agent "
                        + "message; no change is 0.0, unsigned");
    }

    @Test
    void sameCsvWhateverTheRowOrder() {
        WeeklyReportBuilder.Settings settings = new WeeklyReportBuilder.Settings(WEEK, null, true);
        List<String> csvs = List.of(phrasing(), phrasing().orderBy(desc("rule"), desc("group")).repartition(3)).stream().map(table -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportInputs inputs = new ReportInputs(Map.of(StageTables.WEEKLY_AGENT_PHRASING, table));
            CsvReport.write(WeeklyReportBuilder.build(inputs, settings).table(AgentPhrasingTable.NAME), out);
            return out.toString(StandardCharsets.UTF_8);
        }).toList();
        assertEquals(csvs.get(0), csvs.get(1));
        assertTrue(csvs.get(0).startsWith("group,rule,agent messages,flagged,2024-W10,2024-W09,change\r\nall,bare_refusal,50,3,6.0,10.0,−4.0\r\n"),
                csvs.get(0));
    }

    @Test
    void absentTableNamesTheJobThatWritesIt() {
        ReportTable table = AgentPhrasingTable.build(new ReportInputs(Map.of()), WEEK, PREVIOUS, ReportTable.Cell::of);

        assertEquals("table weekly_agent_phrasing is missing (run jobs/closure)", table.missing());
        assertTrue(table.rows().isEmpty());
    }
}
