package ticketinsights.report;

import static org.junit.jupiter.api.Assertions.*;
import static ticketinsights.report.ReportFixture.Part.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.storage.TableStore;
import ticketinsights.testing.Commands;
import ticketinsights.testing.SparkTests;

/**
 * Opens the report page in headless Chromium, as a reader would: no console errors (the page's
 * Content-Security-Policy turns any network access into one), every section, tile and chart
 * present, and a screenshot in {@code target/report-screenshot.png} (the files themselves in
 * {@code target/report-example/}) for people to look at. Also
 * checks that a rerun writes byte-identical files. Installs Chromium with
 * {@code jobs/install-test-tools} when it is missing, and fails (never skips) when it cannot.
 */
@Tag("heavy")
class ReportPageTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

    @TempDir
    Path tmp;

    @Test
    void pageOpensCleanlyWithEverySectionAndChart() throws Exception {
        String out = tmp.resolve("out").toString();
        ReportFixture.write(out, TICKETS, MESSAGES, ISSUES);
        writeTwelveWeeks(out);
        PipelineOptions options = new PipelineOptions();
        new picocli.CommandLine(options).parseArgs("--out", out, "--ticket-url", ReportJobTest.URL);
        new ReportJob().run(SparkTests.spark(), options);
        Path dir = Path.of(out, "reports", ReportFixture.WEEK);
        Map<String, String> first = contents(dir);
        new ReportJob().run(SparkTests.spark(), options);
        Map<String, String> second = contents(dir);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, text) -> assertEquals(text, second.get(name), name + " differs between two runs"));
        Path example = Path.of("target", "report-example");
        Files.createDirectories(example);
        for (String name : first.keySet()) {
            Files.copy(dir.resolve(name), example.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        ensureChromium();
        Browser control = open(controlPage(), null);
        assertFalse(control.consoleErrors().isEmpty(),
                "the console check must see the control page's error and blocked request, else it proves nothing:\n" + control.log);

        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        Browser page = open(dir.resolve("index.html"), SCREENSHOT);
        assertEquals(List.of(), page.consoleErrors(), "console errors on the report page");
        for (String section : List.of("managers", "product", "engineering", "definitions")) {
            assertTrue(page.dom.contains("<section id=\"" + section + "\""), "section " + section);
        }
        for (String chart : List.of("chart-volume", "chart-first-reply", "chart-rates", "chart-csat", "chart-sentiment")) {
            assertTrue(Pattern.compile("<svg[^>]*id=\"" + chart + "\"").matcher(page.dom).find(), "chart " + chart + " drawn as SVG");
        }
        assertEquals(Metric.values().length, count(page.dom, "class=\"kpi\""), "one tile per KPI");
        for (String table : List.of("by_channel", "by_group", "trend", "feature_requests", "new_clusters", "bug_clusters")) {
            assertTrue(page.dom.contains("id=\"table-" + table + "\""), "table " + table);
        }
        assertTrue(page.dom.contains("&lt;script&gt;alert("), "the hostile ticket shows as text in the live DOM");
        assertTrue(Files.size(SCREENSHOT) > 20_000, "screenshot written: " + SCREENSHOT.toAbsolutePath());
    }

    /** Weekly tables over the 12 weeks up to the report week, with a visible trend. */
    private static void writeTwelveWeeks(String out) {
        List<Object[]> latency = new ArrayList<>();
        List<Object[]> closure = new ArrayList<>();
        List<Object[]> sentiment = new ArrayList<>();
        List<String> weeks = ReportWeek.window(ReportFixture.WEEK, WeeklyReportBuilder.TREND_WEEKS);
        for (int i = 0; i < weeks.size(); i++) {
            String w = weeks.get(i);
            long tickets = 100 + 7L * i + (i % 3) * 11;
            latency.add(ReportFixture.latency(w, "all", "all", tickets, 2 * tickets, 40 + 3 * i, 300 - 9 * i, 0.08 + 0.01 * (i % 4)));
            closure.add(ReportFixture.closure(w, "all", "all", tickets, tickets - 10, (tickets - 10) / 2, 0.45 + 0.02 * i,
                    0.12 - 0.005 * i, 0.2 - 0.01 * (i % 5), 30 + i, 10, (30.0 + i) / (40 + i), (40.0 + i) / (tickets - 10)));
            sentiment.add(new Object[] {w, "all", "all", tickets, 5 * tickets, 4 * tickets, -0.1 + 0.02 * (i % 6), 0.3, 0.2, 0.8});
        }
        for (String channel : List.of("email", "chat", "social")) {
            latency.add(ReportFixture.latency(ReportFixture.WEEK, channel, "all", 40, 80, 30, 200, 0.1));
            closure.add(ReportFixture.closure(ReportFixture.WEEK, channel, "all", 40, 35, 20, 20.0 / 35, 0.1, 0.2, 10, 3, 10.0 / 13, 13.0 / 35));
        }
        latency.add(ReportFixture.latency(ReportFixture.WEEK, "all", ReportFixture.HOSTILE_GROUP, 60, 120, 44, 250, 0.12));
        TableStore store = new TableStore(SparkTests.spark(), out);
        store.write(StageTables.WEEKLY_LATENCY, SparkTests.rows(StageTables.WEEKLY_LATENCY_SCHEMA, latency.toArray(Object[][]::new)),
                new String[] {"week"}, "channel", "group");
        store.write(StageTables.WEEKLY_CLOSURE, SparkTests.rows(StageTables.WEEKLY_CLOSURE_SCHEMA, closure.toArray(Object[][]::new)),
                new String[] {"week"}, "channel", "group");
        store.write(StageTables.WEEKLY_SENTIMENT, SparkTests.rows(StageTables.WEEKLY_SENTIMENT_SCHEMA, sentiment.toArray(Object[][]::new)),
                new String[] {"week"}, "channel", "group");
    }

    /** A page that logs an error and tries a network request its policy forbids. */
    private Path controlPage() throws IOException {
        Path page = tmp.resolve("control.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"default-src 'none'; script-src 'unsafe-inline'\"></head><body>"
                + "<script>console.error('control-error')</script><img src=\"https://example.invalid/x.png\"></body></html>");
        return page;
    }

    /** What Chromium printed for one page: the serialised DOM and its log. */
    record Browser(String dom, String log) {
        /** Console messages at error level and blocked or failed loads. */
        List<String> consoleErrors() {
            List<String> errors = new ArrayList<>();
            for (String line : log.split("\n")) {
                boolean console = line.contains(":CONSOLE") || line.contains("Refused to") || line.contains("Uncaught");
                if (console) {
                    errors.add(line);
                }
            }
            return errors;
        }
    }

    private Browser open(Path html, Path screenshot) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--window-size=1280,4200", "--hide-scrollbars", "--virtual-time-budget=3000"));
        command.add("--dump-dom");
        if (screenshot != null) {
            command.add("--screenshot=" + screenshot.toAbsolutePath());
        }
        command.add(html.toAbsolutePath().toUri().toString());
        Path stdout = tmp.resolve("chromium-" + System.nanoTime() + ".out");
        Path stderr = tmp.resolve("chromium-" + System.nanoTime() + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("chromium did not finish in 3 min: " + command);
        }
        String log = Files.readString(stderr);
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + command + "\n" + log);
        return new Browser(Files.readString(stdout), log);
    }

    private static void ensureChromium() throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM)) {
            Commands.run(List.of("jobs/install-test-tools"), Map.of(), Path.of("target", "install-test-tools.log"), 15);
        }
        assertTrue(Files.isExecutable(CHROMIUM), "jobs/install-test-tools did not install " + CHROMIUM);
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }
}
