package ticketinsights.report;

import static org.junit.jupiter.api.Assertions.*;
import static ticketinsights.report.ReportFixture.Part.*;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.storage.TableStore;
import ticketinsights.testing.SparkTests;

class ReportJobTest {
    static final String URL = "https://example.zendesk.com/agent/tickets/{id}";

    /** The full fixture, written and reported on once for the class (Spark actions are slow on a shared machine). */
    @TempDir
    static Path shared;
    static WeeklyReport full;
    static Path fullDir;

    @TempDir
    Path tmp;

    @BeforeAll
    static void reportOnTheFullFixture() {
        PipelineOptions options = options(shared.toString(), "--ticket-url", URL);
        full = WeeklyReportBuilder.build(new ReportInputs(ReportFixture.tables(TICKETS, MESSAGES, LATENCY, CLOSURE, SENTIMENT, ISSUES)),
                ReportJob.settings(options));
        String written = ReportJob.write(SparkTests.spark(), shared.toString(), full, URL).toUri().getPath();
        fullDir = Path.of(written);
    }

    private WeeklyReport build(String out, String week) {
        ReportInputs inputs = new ReportInputs(new TableStore(SparkTests.spark(), out));
        return WeeklyReportBuilder.build(inputs, new WeeklyReportBuilder.Settings(week, URL, true));
    }

    private static PipelineOptions options(String out, String... extra) {
        PipelineOptions options = new PipelineOptions();
        new picocli.CommandLine(options).parseArgs(
                Stream.concat(Stream.of("--out", out), Stream.of(extra)).toArray(String[]::new));
        return options;
    }

    private Path run(String out, String... extra) {
        new ReportJob().run(SparkTests.spark(), options(out, Stream.concat(Stream.of("--ticket-url", URL), Stream.of(extra)).toArray(String[]::new)));
        return Path.of(out, "reports");
    }

    @Test
    void kpisCarryWeekOverWeekChangeAndSampleSizes() {
        WeeklyReport report = full;

        assertEquals(ReportFixture.WEEK, report.week(), "latest message on Tue of W11, so W10 is the last complete week");
        assertEquals(ReportFixture.PREVIOUS, report.previousWeek());
        assertEquals(12, report.weeks().size());
        assertEquals("2024-W10", report.weeks().get(11));
        assertEquals("2023-W51", report.weeks().get(0), "12 weeks back from 2024-W10 crosses into 2023");

        Kpi p50 = report.kpi(Metric.FIRST_REPLY_P50);
        assertEquals(45.0, p50.current());
        assertEquals(30.0, p50.previous());
        assertEquals(15.0, p50.delta(), 1e-9);
        assertEquals("+15.0 min (+50%)", p50.change(), "45 - 30 = 15 minutes, 15 / 30 = +50%");
        assertEquals("n = 12 tickets", p50.sampleText());
        assertEquals("−30.0 min (−25%)", report.kpi(Metric.FIRST_REPLY_P90).change(), "90 - 120 = -30, -30 / 120 = -25%");

        assertEquals("+15.0 pp", report.kpi(Metric.BREACH_RATE).change(), "0.25 - 0.10 = 15 percentage points");
        assertEquals("n = 24 replies", report.kpi(Metric.BREACH_RATE).sampleText());
        assertEquals("60.0%", report.kpi(Metric.CLOSURE_CONFIRMATION_RATE).value());
        assertEquals("+10.0 pp", report.kpi(Metric.CLOSURE_CONFIRMATION_RATE).change());
        assertEquals("n = 10 solved tickets", report.kpi(Metric.CLOSURE_CONFIRMATION_RATE).sampleText());
        assertEquals("−2.5 pp", report.kpi(Metric.REOPEN_RATE).change(), "0.1 - 0.125");
        assertEquals("+5.0 pp", report.kpi(Metric.CHASE_RATE).change(), "0.25 - 0.2");

        Kpi csat = report.kpi(Metric.CSAT_SCORE);
        assertEquals("50.0%", csat.value(), "4 good / (4 good + 4 bad)");
        assertEquals("−25.0 pp", csat.change(), "0.50 - 0.75");
        assertEquals(8L, csat.sample(), "the CSAT sample is good + bad ratings");
        assertEquals("80.0%", report.kpi(Metric.RATING_RATE).value(), "8 rated / 10 solved");
        assertEquals("+30.0 pp", report.kpi(Metric.RATING_RATE).change());

        Kpi mood = report.kpi(Metric.MEAN_SENTIMENT);
        assertEquals(-0.3, mood.delta(), 1e-9);
        assertEquals("−0.30", mood.change());
        assertEquals("n = 45 scored messages", mood.sampleText());
        assertEquals("+15.0 pp", report.kpi(Metric.SCORED_SHARE).change());
        assertEquals("+2 (+20%)", report.kpi(Metric.TICKETS).change());
        report.kpis().forEach(k -> assertNull(k.missing(), k.label()));
        report.charts().forEach(c -> assertNotNull(c.svg(), c.id()));
    }

    @Test
    void clustersAreRankedForProductAndEngineering() {
        WeeklyReport report = full;

        assertEquals(List.of("1", "4"), firstColumn(report.table("feature_requests")), "most tickets this week first");
        assertEquals(List.of("2", "3"), firstColumn(report.table("bug_clusters")), "pain 9.5 before pain 2.0");
        assertEquals(List.of("2"), firstColumn(report.table("new_clusters")), "only cluster 2 was first seen in W10");
        ReportTable.Cell examples = report.table("feature_requests").rows().get(0).get(12);
        assertEquals(2, examples.items().size());
        assertEquals("#t1: Would be great if you added dark mode.", examples.items().get(0).text(),
                "the first customer message, signature removed");
        assertEquals("#t2: A dark theme please, my eyes hurt at night.", examples.items().get(1).text(), "quote removed");
        assertEquals("https://example.zendesk.com/agent/tickets/t1", examples.items().get(0).href());
        assertEquals(List.of("chat", "email"), firstColumn(report.table("by_channel")));
        assertEquals(3, report.drillDowns().get(0).rows().size(), "the three tickets of W10");
    }

    @Test
    void absentTablesAreNamedInsteadOfFailing() throws IOException {
        String out = tmp.toString();
        ReportFixture.write(out, LATENCY);
        Path reports = run(out, "--week", "2024-W10");
        WeeklyReport report = build(out, "2024-W10");

        assertEquals("table weekly_closure is missing (run jobs/closure)", report.kpi(Metric.CSAT_SCORE).missing());
        assertEquals(45.0, report.kpi(Metric.FIRST_REPLY_P50).current());
        assertNotNull(report.table("bug_clusters").missing());
        String html = Files.readString(reports.resolve("2024-W10/index.html"));
        assertTrue(html.contains("Not available: table issue_clusters is missing (run jobs/issues)."), "the product section says why");
        assertTrue(html.contains("table weekly_sentiment is missing (run jobs/sentiment)"));
        String md = Files.readString(reports.resolve("2024-W10/report.md"));
        assertTrue(md.contains("Not available: table issue\\_clusters is missing (run jobs/issues)."), md);
        assertTrue(md.contains("Not available: table weekly\\_agent\\_phrasing is missing (run jobs/closure)."),
                "the agent phrasing section names the job that writes its table");
        for (String csv : List.of("kpis", "by_channel", "by_group", "agent_phrasing_by_group", "trend", "feature_requests",
                "new_clusters", "bug_clusters", "drilldown_tickets", "drilldown_cluster_examples")) {
            assertTrue(Files.exists(reports.resolve("2024-W10/" + csv + ".csv")), csv);
        }
    }

    @Test
    void withoutAnyTableTheWeekMustBeGiven() {
        String out = tmp.toString();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> build(out, null));
        assertTrue(e.getMessage().contains("--week"), e.getMessage());
        WeeklyReport empty = build(out, "2024-W10");
        assertEquals(12, empty.missingTables().size());
        assertThrows(IllegalArgumentException.class, () -> build(out, "2024-W60"));
    }

    @Test
    void hostileTicketIsEscapedNeutralisedAndMaskedInEveryFormat() throws IOException {
        Path dir = fullDir;
        assertEquals(ReportFixture.WEEK, dir.getFileName().toString());
        String html = Files.readString(dir.resolve("index.html"));
        String md = Files.readString(dir.resolve("report.md"));
        Map<String, List<CSVRecord>> csvs = csvs(dir);
        String allCsv = csvs.values().stream().flatMap(List::stream).map(CSVRecord::toString).reduce("", String::concat);

        for (String text : List.of(html, md)) {
            assertFalse(text.contains("<script>alert"), "script tags must show as text");
            assertFalse(text.contains("<img src=x"), "markup in a cluster label must show as text");
            assertFalse(text.contains("<b>team</b>"), "markup in a group name must show as text");
            assertTrue(text.contains("&lt;script&gt;alert("), "the script shows as text");
        }
        assertFalse(html.replaceAll("(?s)<svg.*?</svg>", "").replaceAll("(?s)<style>.*?</style>", "").contains("<script"),
                "the page runs no script at all");
        for (String text : List.of(html, md, allCsv)) {
            assertFalse(text.contains("jane.doe@example.com"), "e-mail in a message masked");
            assertFalse(text.contains("root@example.com"), "e-mail in a cluster label masked");
            assertFalse(text.contains("010-7788"), "phone masked");
            assertFalse(text.contains("010-9999"), "phone in a group name masked");
            assertTrue(text.contains(Pii.EMAIL_MASK), "e-mail mask shown");
            assertTrue(text.contains(Pii.PHONE_MASK), "phone mask shown");
        }
        assertTrue(html.contains("href=\"https://example.zendesk.com/agent/tickets/t3\""), "bug examples link to the ticket");

        int neutralised = 0;
        for (Map.Entry<String, List<CSVRecord>> csv : csvs.entrySet()) {
            for (CSVRecord record : csv.getValue()) {
                for (String cell : record) {
                    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                        assertTrue(cell.matches("-?\\d+(\\.\\d+)?"), csv.getKey() + ": formula-leading cell " + cell);
                    }
                    neutralised += cell.startsWith("'") ? 1 : 0;
                }
            }
        }
        assertTrue(allCsv.contains("'=HYPERLINK("), "the formula subject is kept as text");
        assertTrue(allCsv.contains("'+SUM(A1:A9)"), "the formula label is kept as text");
        assertTrue(allCsv.contains("'@Billing"), "the @-group is kept as text");
        assertTrue(neutralised >= 3);
    }

    @Test
    void optionsReachTheSettings() {
        assertTrue(ReportJob.settings(options("out")).maskPii(), "masking is the default");
        assertFalse(ReportJob.settings(options("out", "--no-mask-pii")).maskPii());
        assertEquals("2024-W10", ReportJob.settings(options("out", "--week", "2024-W10")).week());
        assertThrows(IllegalArgumentException.class, () -> ReportJob.settings(options("out", "--ticket-url", "javascript:alert(1)")));
    }

    private static Map<String, List<CSVRecord>> csvs(Path dir) throws IOException {
        Map<String, List<CSVRecord>> csvs = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(f -> f.toString().endsWith(".csv")).toList()) {
                try (Reader reader = Files.newBufferedReader(p); CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
                    csvs.put(p.getFileName().toString(), parser.getRecords());
                }
            }
        }
        return csvs;
    }

    private static List<String> firstColumn(ReportTable table) {
        return table.rows().stream().map(r -> r.get(0).text()).toList();
    }
}
