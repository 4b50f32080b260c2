package ticketinsights.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;
import ticketinsights.testing.SparkTests;

/**
 * Executes every notebook under {@code notebooks/} headlessly ({@code jobs/notebooks}, i.e.
 * {@code jupyter nbconvert --execute} on the project's Java kernel) and fails on any cell error:
 * once against an output directory holding every table the notebooks read, once against an
 * empty one (each notebook must print notes instead of failing). Installs Jupyter and the kernel
 * with {@code jobs/install-notebook-tools} when they are missing. Needs the packaged jar
 * ({@code mvn package}; failsafe runs after it).
 */
@Tag("heavy")
class NotebooksHeavyTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path TARGET = ROOT.resolve("target");
    private static final List<String> WEEKS = List.of("2024-W01", "2024-W02", "2024-W03", "2024-W04",
            "2024-W05", "2024-W06", "2024-W07", "2024-W08", "2024-W09");

    @BeforeAll
    static void kernelInstalled() throws Exception {
        assertTrue(Files.exists(TARGET.resolve("ticket-insights.jar")),
                "target/ticket-insights.jar is missing: run mvn package first (failsafe runs after it)");
        if (!Files.exists(TARGET.resolve("jupyter/kernels/ticket-insights-java/kernel.json"))
                || !Files.exists(TARGET.resolve("notebook-kernel/ticket-insights-notebook-kernel.jar"))) {
            run(TARGET.resolve("notebook-install.log"), "jobs/install-notebook-tools", "--no-user");
        }
    }

    @Test
    void everyNotebookRunsOnTheTables() throws Exception {
        // The output directory the notebooks read. To run them on the pipeline's sample output
        // instead, replace this one line, e.g. with `String out = pipelineOutputOfSampleData();`.
        String out = handMadeTables(TARGET.resolve("notebook-test-out").toString());
        Path executed = executeAll(out, "with-tables");
        for (Path notebook : notebooks()) {
            String text = Files.readString(executed.resolve(notebook.getFileName()));
            assertTrue(text.contains("image/svg+xml"), notebook + " shows no chart");
            assertTrue(!text.contains("is absent under"), notebook + " missed a table: " + text);
        }
        String bugs = Files.readString(executed.resolve("bug-cluster-explorer.ipynb"));
        assertTrue(bugs.contains("&lt;script&gt;"), "ticket text must be escaped in the drill-down");
        assertTrue(!bugs.contains("<script>"), "ticket text must never be markup");
    }

    @Test
    void everyNotebookRunsWithoutTables() throws Exception {
        Path empty = Files.createDirectories(TARGET.resolve("notebook-test-empty"));
        Path executed = executeAll(empty.toString(), "without-tables");
        for (Path notebook : notebooks()) {
            String text = Files.readString(executed.resolve(notebook.getFileName()));
            assertTrue(text.contains("is absent under"), notebook + " printed no note about absent tables");
        }
    }

    /** Runs jobs/notebooks; nbconvert exits non-zero on the first cell error. */
    private static Path executeAll(String out, String name) throws Exception {
        Path into = TARGET.resolve("notebooks-test").resolve(name);
        run(TARGET.resolve("notebooks-" + name + ".log"), "jobs/notebooks", "--out", out, "--into", into.toString());
        for (Path notebook : notebooks()) {
            String text = Files.readString(into.resolve(notebook.getFileName()));
            assertTrue(!text.contains("\"output_type\": \"error\""), notebook + " has a cell error");
        }
        return into;
    }

    private static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("notebooks"))) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertEquals(3, found.size(), "the three notebooks: " + found);
            return found;
        }
    }

    private static void run(Path log, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("NOTEBOOKS_NO_BUILD", "1");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " took over an hour; log: " + log);
        }
        if (process.exitValue() != 0) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            fail(String.join(" ", command) + " failed (exit " + process.exitValue() + "), log " + log + ":\n"
                    + text.substring(Math.max(0, text.length() - 6000)));
        }
    }

    /**
     * Small tables with the shapes fixed between stages (the helper brief), written through the
     * TableStore as the jobs write them: 9 weeks × channels (email, chat, all) × groups (billing,
     * all) for the weekly tables; two bug clusters, a feature request and a question; 8 tickets.
     */
    static String handMadeTables(String out) {
        SparkSession spark = SparkTests.spark();
        TableStore store = new TableStore(spark, out);
        String[] byWeek = {"week"};
        store.write("weekly_latency", weekly("tickets replies first_reply_mean_minutes first_reply_p50_minutes "
                + "first_reply_p90_minutes first_reply_p95_minutes first_reply_business_mean_minutes "
                + "first_reply_business_p50_minutes first_reply_business_p90_minutes first_reply_business_p95_minutes "
                + "wait_mean_minutes wait_p50_minutes wait_p90_minutes wait_p95_minutes wait_business_mean_minutes "
                + "wait_business_p50_minutes wait_business_p90_minutes wait_business_p95_minutes breach_rate "
                + "unanswered_share one_touch_rate reopen_rate percentile_accuracy"), byWeek, "week", "channel", "group");
        store.write("weekly_closure", weekly("tickets solved confirmed closure_confirmation_rate reopen_rate chase_rate "
                + "silent_departures one_touch_rate csat_good csat_bad csat_score rating_rate"), byWeek, "week", "channel", "group");
        store.write("weekly_sentiment", weekly("tickets messages scored_messages mean_customer_score "
                + "negative_ticket_share improved_ticket_share scored_share"), byWeek, "week", "channel", "group");

        StructType clusters = new StructType().add("cluster_id", DataTypes.IntegerType).add("label", DataTypes.StringType)
                .add("kind", DataTypes.StringType).add("tickets", DataTypes.LongType).add("distinct_customers", DataTypes.LongType)
                .add("first_seen_week", DataTypes.StringType).add("last_seen_week", DataTypes.StringType)
                .add("trend", DataTypes.StringType).add("mean_sentiment", DataTypes.DoubleType)
                .add("reopen_rate", DataTypes.DoubleType).add("chase_rate", DataTypes.DoubleType)
                .add("median_first_reply_minutes", DataTypes.DoubleType).add("pain_score", DataTypes.DoubleType)
                .add("example_ticket_ids", DataTypes.createArrayType(DataTypes.StringType));
        store.write("issue_clusters", SparkTests.rows(clusters,
                new Object[]{1, "login error after update", "bug", 3L, 3L, "2024-W01", "2024-W09", "growing", -0.6, 0.3, 0.2, 95.0, 8.1, seq("t1", "t2", "t3")},
                new Object[]{2, "export crash csv", "bug", 2L, 2L, "2024-W03", "2024-W08", "stable", -0.2, 0.0, 0.5, 40.0, 3.2, seq("t4", "t5")},
                new Object[]{3, "dark mode please add", "feature_request", 2L, 2L, "2024-W02", "2024-W09", "new", 0.1, 0.0, 0.0, 30.0, 1.0, seq("t6", "t7")},
                new Object[]{4, "how do I reset password", "question", 1L, 1L, "2024-W05", "2024-W05", "stable", 0.0, 0.0, 0.0, 10.0, 0.5, seq("t8")}),
                new String[0], "cluster_id");
        StructType ticketIssue = new StructType().add("ticket_id", DataTypes.StringType).add("cluster_id", DataTypes.IntegerType)
                .add("distance", DataTypes.DoubleType).add("confidence", DataTypes.DoubleType).add("kind", DataTypes.StringType);
        int[] clusterOf = {1, 1, 1, 2, 2, 3, 3, 4};
        List<Row> assigned = new ArrayList<>();
        for (int t = 1; t <= 8; t++) {
            assigned.add(RowFactory.create("t" + t, clusterOf[t - 1], 0.1 * t, 1 - 0.1 * t, t <= 5 ? "bug" : t <= 7 ? "feature_request" : "question"));
        }
        store.write("ticket_issue", spark.createDataFrame(assigned, ticketIssue), new String[0], "ticket_id");
        StructType counts = new StructType().add("week", DataTypes.StringType).add("cluster_id", DataTypes.IntegerType)
                .add("tickets", DataTypes.LongType);
        List<Row> countRows = new ArrayList<>();
        for (int w = 0; w < WEEKS.size(); w++) {
            for (int c = 1; c <= 4; c++) {
                countRows.add(RowFactory.create(WEEKS.get(w), c, (long) (c == 3 ? w : (w + c) % 3)));
            }
        }
        store.write("weekly_issue_counts", spark.createDataFrame(countRows, counts), byWeek, "week", "cluster_id");

        List<Row> tickets = new ArrayList<>();
        List<Row> messages = new ArrayList<>();
        for (int t = 1; t <= 8; t++) {
            Timestamp created = Timestamp.from(Instant.parse("2024-01-0" + t + "T09:00:00Z"));
            tickets.add(RowFactory.create("t" + t, "email", created, created, "subject " + t, "c" + t, "a1", "billing",
                    "normal", seq("tag"), "solved", created, t % 2 == 0 ? "good" : null, "csv", "tickets.csv", (long) t, "2024-W01"));
            messages.add(RowFactory.create("t" + t, "m" + t + "a", created, "customer", "c" + t, "email", true,
                    t == 1 ? "It fails <script>alert(1)</script> after the update" : "Please add dark mode " + t,
                    "csv", "messages.csv", (long) t, "2024-W01"));
            messages.add(RowFactory.create("t" + t, "m" + t + "b", Timestamp.from(created.toInstant().plusSeconds(3600)),
                    "agent", "a1", "email", true, "Thanks, we are on it.", "csv", "messages.csv", (long) t + 100, "2024-W01"));
        }
        store.write(Tickets.TABLE, spark.createDataFrame(tickets, Tickets.SCHEMA), byWeek, "ticket_id");
        store.write(Messages.TABLE, spark.createDataFrame(messages, Messages.SCHEMA), byWeek, "ticket_id", "message_id");
        return out;
    }

    /**
     * A weekly table: week, channel, group, then the named columns (long for counts, double for
     * the rest), with made-up values that vary by week; rates and shares stay in [0, 1].
     */
    private static org.apache.spark.sql.Dataset<Row> weekly(String columns) {
        StructType schema = new StructType().add("week", DataTypes.StringType).add("channel", DataTypes.StringType)
                .add("group", DataTypes.StringType);
        for (String column : columns.split(" ")) {
            schema = schema.add(column, isCount(column) ? DataTypes.LongType : DataTypes.DoubleType);
        }
        List<Row> rows = new ArrayList<>();
        for (int w = 0; w < WEEKS.size(); w++) {
            for (String channel : List.of("email", "chat", "all")) {
                for (String group : List.of("billing", "all")) {
                    Object[] values = new Object[schema.size()];
                    values[0] = WEEKS.get(w);
                    values[1] = channel;
                    values[2] = group;
                    for (int i = 3; i < values.length; i++) {
                        StructField field = schema.fields()[i];
                        values[i] = value(field.name(), field.dataType(), w, i);
                    }
                    rows.add(RowFactory.create(values));
                }
            }
        }
        return SparkTests.spark().createDataFrame(rows, schema);
    }

    private static Object value(String column, DataType type, int week, int i) {
        if (type.equals(DataTypes.LongType)) {
            return (long) (20 + 3 * week + i);
        }
        if (column.endsWith("_rate") || column.endsWith("_share") || column.endsWith("_score") || column.equals("percentile_accuracy")) {
            return ((week * 7 + i * 3) % 10) / 10.0;
        }
        return 30.0 + 10 * week + i;
    }

    private static boolean isCount(String column) {
        return List.of("tickets", "replies", "solved", "confirmed", "silent_departures", "csat_good", "csat_bad",
                "messages", "scored_messages").contains(column);
    }

    private static scala.collection.immutable.Seq<String> seq(String... values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(values)).toList();
    }
}
