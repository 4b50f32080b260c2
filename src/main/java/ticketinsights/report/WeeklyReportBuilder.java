package ticketinsights.report;

import static org.apache.spark.sql.functions.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.report.ReportTable.Cell;
import ticketinsights.text.MessageCleaner;

/**
 * Builds the {@link WeeklyReport} of one ISO week from the stage tables. Spark does the
 * filtering and joining; only the week's small results (rolled-up weekly rows, clusters, the
 * week's tickets) reach the driver. Every figure carries its definition and sample size, every
 * piece of ticket text passes through {@link Pii}, and every list has a total order.
 */
public final class WeeklyReportBuilder {
    /** Weeks in the trend charts, the report week included. */
    public static final int TREND_WEEKS = 12;
    /** Clusters per Product / Engineering table. */
    public static final int TOP_CLUSTERS = 10;
    /** Example tickets shown per cluster. */
    public static final int EXAMPLES = 3;
    /** Characters of a cleaned excerpt. */
    public static final int EXCERPT_CHARS = 140;

    /** What the command line decides. */
    public record Settings(String week, String ticketUrl, boolean maskPii) {
    }

    private static final List<Metric> TABLE_METRICS = List.of(Metric.TICKETS, Metric.FIRST_REPLY_P50,
            Metric.FIRST_REPLY_P90, Metric.BREACH_RATE, Metric.CLOSURE_CONFIRMATION_RATE, Metric.REOPEN_RATE,
            Metric.CHASE_RATE, Metric.CSAT_SCORE, Metric.RATING_RATE, Metric.MEAN_SENTIMENT, Metric.SCORED_SHARE);
    private static final String[] WEEKLY_TABLES = {
        StageTables.WEEKLY_LATENCY, StageTables.WEEKLY_CLOSURE, StageTables.WEEKLY_SENTIMENT};

    private final ReportInputs in;
    private final Settings settings;
    private final Pii pii;
    private final String week;
    private final List<String> weeks;
    /** table → (week → rolled-up all/all row) over the trend window. */
    private final Map<String, Map<String, Map<String, Object>>> overall = new HashMap<>();
    /** table → the report week's rows per channel or per group (one of the two is {@code all}). */
    private final Map<String, List<Map<String, Object>>> breakdowns = new HashMap<>();

    private WeeklyReportBuilder(ReportInputs in, Settings settings, String week) {
        this.in = in;
        this.settings = settings;
        this.pii = new Pii(settings.maskPii());
        this.week = week;
        this.weeks = ReportWeek.window(week, TREND_WEEKS);
    }

    public static WeeklyReport build(ReportInputs in, Settings settings) {
        String week = settings.week() != null ? ReportWeek.of(ReportWeek.monday(settings.week())) : defaultWeek(in);
        return new WeeklyReportBuilder(in, settings, week).build();
    }

    /** The last complete ISO week: the one before the week of the latest message or ticket. */
    static String defaultWeek(ReportInputs in) {
        for (String table : List.of(Messages.TABLE, Tickets.TABLE)) {
            Optional<Instant> latest = in.table(table).map(t -> t.agg(max(col("created_at"))).first())
                    .filter(r -> !r.isNullAt(0)).map(r -> ((Timestamp) r.get(0)).toInstant());
            if (latest.isPresent()) {
                return ReportWeek.lastComplete(latest.get());
            }
        }
        // Without the canonical tables the data's end is unknown: take the latest week the
        // weekly tables hold and treat it as incomplete.
        TreeSet<String> seen = new TreeSet<>();
        for (String table : WEEKLY_TABLES) {
            in.table(table).ifPresent(t -> t.select("week").distinct().collectAsList().forEach(r -> seen.add(r.getString(0))));
        }
        if (seen.isEmpty()) {
            throw new IllegalStateException("no data to choose a report week from (tables messages, tickets and the weekly "
                    + "tables are missing or empty): run the earlier stages or give --week YYYY-Www");
        }
        return ReportWeek.plus(seen.last(), -1);
    }

    private WeeklyReport build() {
        for (String table : WEEKLY_TABLES) {
            in.table(table).ifPresent(t -> collectWeekly(table, t));
        }
        String previous = ReportWeek.plus(week, -1);
        List<Kpi> kpis = java.util.Arrays.stream(Metric.values()).map(m -> kpi(m, previous)).toList();
        Map<Integer, Row> clusters = clusters();
        Map<Integer, Long> weekCounts = weeklyClusterCounts();
        List<Row> featureRequests = topClusters(clusters, "feature_request",
                Comparator.comparing((Row r) -> -weekCounts.getOrDefault(clusterId(r), 0L))
                        .thenComparing(r -> -doubleOr(r, "pain_score", 0)).thenComparing(WeeklyReportBuilder::clusterId));
        List<Row> bugs = topClusters(clusters, "bug",
                Comparator.comparing((Row r) -> -doubleOr(r, "pain_score", Double.NEGATIVE_INFINITY))
                        .thenComparing(r -> -longOr(r, "tickets", 0)).thenComparing(WeeklyReportBuilder::clusterId));
        List<Row> fresh = clusters.values().stream().filter(r -> week.equals(r.getAs("first_seen_week")))
                .sorted(Comparator.comparing((Row r) -> -longOr(r, "tickets", 0)).thenComparing(WeeklyReportBuilder::clusterId))
                .limit(TOP_CLUSTERS).toList();
        Map<String, String> excerpts = excerpts(List.of(featureRequests, bugs, fresh));
        String clusterMissing = in.missingNote(StageTables.ISSUE_CLUSTERS);

        List<ReportTable> managers = List.of(
                breakdown("by_channel", "By channel", "channel"),
                breakdown("by_group", "By group", "group"),
                AgentPhrasingTable.build(in, week, previous, this::text),
                trendTable());
        List<ReportTable> product = List.of(
                clusterTable("feature_requests", "Top feature requests", featureRequests, weekCounts, excerpts, clusterMissing,
                        "Feature-request clusters, most tickets this week first (then pain)."),
                clusterTable("new_clusters", "New clusters this week", fresh, weekCounts, excerpts, clusterMissing,
                        "Clusters first seen in " + week + ", any kind."));
        List<ReportTable> engineering = List.of(
                clusterTable("bug_clusters", "Top bug clusters by pain", bugs, weekCounts, excerpts, clusterMissing,
                        "Bug clusters ranked by pain: volume × pain (negative sentiment, reopens, chases)."));
        List<ReportTable> drillDowns = List.of(ticketDrillDown(),
                exampleDrillDown(List.of(featureRequests, bugs, fresh), excerpts));
        LocalDates range = new LocalDates(ReportWeek.monday(week).toString(), ReportWeek.monday(week).plusDays(6).toString());
        return new WeeklyReport(week, previous, range.start(), range.end(), weeks, kpis, charts(), managers, product,
                engineering, drillDowns, in.missing(), settings.maskPii());
    }

    private record LocalDates(String start, String end) {
    }

    // ---- KPIs and trends ------------------------------------------------------------------

    /**
     * One pass over a weekly table: the rolled-up rows of the trend window and the report week's
     * per-channel and per-group rows (the channel × group cells are not shown).
     */
    private void collectWeekly(String name, Dataset<Row> table) {
        Column all = lit(StageTables.ALL);
        Column overallRows = col("channel").equalTo(all).and(col("group").equalTo(all)).and(col("week").isin(weeks.toArray()));
        Column weekRows = col("week").equalTo(week).and(col("channel").equalTo(all).or(col("group").equalTo(all)));
        Map<String, Map<String, Object>> byWeek = new TreeMap<>();
        List<Map<String, Object>> cut = new ArrayList<>();
        for (Row r : table.filter(overallRows.or(weekRows)).collectAsList()) {
            Map<String, Object> v = values(r);
            boolean rolledUp = StageTables.ALL.equals(v.get("channel")) && StageTables.ALL.equals(v.get("group"));
            if (rolledUp) {
                byWeek.put((String) v.get("week"), v);
            } else {
                cut.add(v);
            }
        }
        overall.put(name, byWeek);
        breakdowns.put(name, cut);
    }

    private Kpi kpi(Metric metric, String previous) {
        Map<String, Map<String, Object>> rows = overall.get(metric.table);
        if (rows == null) {
            return new Kpi(metric, null, null, null, in.missingNote(metric.table));
        }
        Map<String, Object> now = rows.get(week);
        Map<String, Object> before = rows.get(previous);
        return new Kpi(metric, value(now, metric.column), value(before, metric.column), sample(metric, now), null);
    }

    /** The sample behind a metric on one weekly row; CSAT's is good + bad ratings. */
    static Long sample(Metric metric, Map<String, Object> row) {
        if (row == null) {
            return 0L;
        }
        if (metric == Metric.CSAT_SCORE) {
            Double good = value(row, "csat_good");
            Double bad = value(row, "csat_bad");
            return good == null || bad == null ? null : Math.round(good + bad);
        }
        Double n = value(row, metric.sampleColumn == null ? metric.column : metric.sampleColumn);
        return n == null ? null : Math.round(n);
    }

    private List<Double> series(Metric metric) {
        Map<String, Map<String, Object>> rows = overall.getOrDefault(metric.table, Map.of());
        return weeks.stream().map(w -> value(rows.get(w), metric.column)).toList();
    }

    private List<Chart> charts() {
        String span = weeks.get(0) + " to " + week;
        return List.of(
                chart("chart-volume", "Tickets per week", "tickets", false, span, Metric.TICKETS),
                chart("chart-first-reply", "First reply time", "minutes", false, span, Metric.FIRST_REPLY_P50, Metric.FIRST_REPLY_P90),
                chart("chart-rates", "SLA breaches, closure, reopens, chases", "rate", true, span,
                        Metric.BREACH_RATE, Metric.CLOSURE_CONFIRMATION_RATE, Metric.REOPEN_RATE, Metric.CHASE_RATE),
                chart("chart-csat", "CSAT score and rating rate", "rate", true, span, Metric.CSAT_SCORE, Metric.RATING_RATE),
                chart("chart-sentiment", "Mean customer sentiment", "score in [-1, 1]", false, span, Metric.MEAN_SENTIMENT));
    }

    private Chart chart(String id, String title, String yLabel, boolean percent, String span, Metric... metrics) {
        String caption = span + ". " + String.join(" ", java.util.Arrays.stream(metrics)
                .map(m -> m.label + ": " + m.definition).toList());
        String missing = in.missingNote(java.util.Arrays.stream(metrics).map(m -> m.table).distinct().toArray(String[]::new));
        if (missing != null) {
            return new Chart(id, title, null, caption, missing);
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (Metric m : metrics) {
            series.put(m.label, series(m));
        }
        return new Chart(id, title, TrendCharts.line(id, yLabel, weeks, series, percent), caption, null);
    }

    private ReportTable trendTable() {
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(new ReportTable.Column("week", "ISO week (Monday to Sunday, UTC)."));
        TABLE_METRICS.forEach(m -> columns.add(new ReportTable.Column(m.label, m.definition)));
        List<List<Cell>> rows = new ArrayList<>();
        Map<Metric, List<Double>> values = new LinkedHashMap<>();
        TABLE_METRICS.forEach(m -> values.put(m, series(m)));
        for (int i = 0; i < weeks.size(); i++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(weeks.get(i)));
            for (Metric m : TABLE_METRICS) {
                row.add(Cell.of(m.format(values.get(m).get(i))));
            }
            rows.add(row);
        }
        String missing = in.missingNote(WEEKLY_TABLES);
        return new ReportTable("trend", "Last " + TREND_WEEKS + " weeks (the charts' data)", columns, rows, missing,
                List.of("All channels and groups together (the rolled-up rows of the weekly tables)."));
    }

    /** One row per channel (or group) in the report week, with the manager metrics. */
    private ReportTable breakdown(String name, String title, String dimension) {
        String other = dimension.equals("channel") ? "group" : "channel";
        Map<String, Map<String, Map<String, Object>>> byKey = new TreeMap<>();
        breakdowns.forEach((table, rows) -> rows.stream()
                .filter(r -> StageTables.ALL.equals(r.get(other)) && !StageTables.ALL.equals(r.get(dimension)))
                .forEach(r -> byKey.computeIfAbsent((String) r.get(dimension), k -> new HashMap<>()).put(table, r)));
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(new ReportTable.Column(dimension, dimension.equals("channel")
                ? "Channel the ticket came in through (email, chat, phone, social, web, other)."
                : "Support group, brand or product the ticket belongs to."));
        TABLE_METRICS.forEach(m -> columns.add(new ReportTable.Column(m.label, m.definition + " Sample: " + m.sampleNoun + ".")));
        List<List<Cell>> rows = new ArrayList<>();
        byKey.forEach((key, tables) -> {
            List<Cell> row = new ArrayList<>();
            row.add(text(key));
            for (Metric m : TABLE_METRICS) {
                Map<String, Object> r = tables.get(m.table);
                row.add(Cell.of(r == null ? "—" : m.format(value(r, m.column))));
            }
            rows.add(row);
        });
        List<String> notes = new ArrayList<>();
        notes.add("Week " + week + ". Sample sizes: the Tickets column; rates over solved tickets, replies or ratings as each header's definition says.");
        String missing = in.missingNote(WEEKLY_TABLES);
        if (missing != null && byKey.isEmpty()) {
            return new ReportTable(name, title, columns, rows, missing, notes);
        }
        if (missing != null) {
            notes.add("Some columns are empty: " + missing + ".");
        }
        return new ReportTable(name, title, columns, rows, null, notes);
    }

    // ---- Clusters ---------------------------------------------------------------------------

    private Map<Integer, Row> clusters() {
        Map<Integer, Row> byId = new TreeMap<>();
        in.table(StageTables.ISSUE_CLUSTERS).ifPresent(t -> t.collectAsList().forEach(r -> byId.put(clusterId(r), r)));
        return byId;
    }

    private Map<Integer, Long> weeklyClusterCounts() {
        Map<Integer, Long> counts = new HashMap<>();
        in.table(StageTables.WEEKLY_ISSUE_COUNTS).ifPresent(t -> t.filter(col("week").equalTo(week))
                .collectAsList().forEach(r -> counts.merge(clusterId(r), ((Number) r.getAs("tickets")).longValue(), Long::sum)));
        return counts;
    }

    private static List<Row> topClusters(Map<Integer, Row> clusters, String kind, Comparator<Row> order) {
        return clusters.values().stream().filter(r -> kind.equals(r.getAs("kind"))).sorted(order).limit(TOP_CLUSTERS).toList();
    }

    private ReportTable clusterTable(String name, String title, List<Row> clusters, Map<Integer, Long> weekCounts,
                                     Map<String, String> excerpts, String missing, String note) {
        List<ReportTable.Column> columns = List.of(
                new ReportTable.Column("cluster", "Cluster id, stable across runs: the same recurring issue keeps its id from week to week."),
                new ReportTable.Column("label", "The cluster's most distinctive terms (class-based TF-IDF)."),
                new ReportTable.Column("kind", "feature_request, bug, question or other, from cues in the problem statements."),
                new ReportTable.Column("tickets " + week, "Tickets of this cluster created in the report week."),
                new ReportTable.Column("tickets", "Tickets of this cluster over all the data."),
                new ReportTable.Column("customers", "Distinct customers (requesters) behind those tickets."),
                new ReportTable.Column("trend", "new, growing, stable or shrinking, from the weekly ticket counts."),
                new ReportTable.Column("pain", "Pain score: volume × pain (negative sentiment, reopens, chases)."),
                new ReportTable.Column("sentiment", "Mean customer sentiment of the cluster's tickets, in [-1, 1]."),
                new ReportTable.Column("reopen rate", "Share of the cluster's tickets reopened."),
                new ReportTable.Column("chase rate", "Share of the cluster's tickets with at least one status chase."),
                new ReportTable.Column("first reply p50", "Median first reply time of the cluster's tickets."),
                new ReportTable.Column("examples", "Up to " + EXAMPLES + " of the most central tickets, with the start of the customer's first message, cleaned (quotes, signatures, links removed)."));
        List<List<Cell>> rows = new ArrayList<>();
        for (Row c : clusters) {
            List<Cell> examples = new ArrayList<>();
            for (String id : exampleIds(c)) {
                String label = "#" + id + ": " + excerpts.getOrDefault(id, "(no text)");
                examples.add(new Cell(label, ticketLink(id), List.of()));
            }
            rows.add(List.of(Cell.of(String.valueOf(clusterId(c))), text(c.getAs("label")), text(c.getAs("kind")),
                    Cell.of(String.valueOf(weekCounts.getOrDefault(clusterId(c), 0L))),
                    Cell.of(String.valueOf(longOr(c, "tickets", 0))), Cell.of(String.valueOf(longOr(c, "distinct_customers", 0))),
                    text(c.getAs("trend")), Cell.of(number(c.getAs("pain_score"))), Cell.of(number(c.getAs("mean_sentiment"))),
                    Cell.of(Metric.REOPEN_RATE.format(value(values(c), "reopen_rate"))),
                    Cell.of(Metric.CHASE_RATE.format(value(values(c), "chase_rate"))),
                    Cell.of(Metric.FIRST_REPLY_P50.format(value(values(c), "median_first_reply_minutes"))),
                    examples.isEmpty() ? Cell.of("") : Cell.list(examples)));
        }
        return new ReportTable(name, title, columns, rows, missing, List.of(note));
    }

    private static List<String> exampleIds(Row cluster) {
        List<String> ids = cluster.isNullAt(cluster.fieldIndex("example_ticket_ids")) ? List.of()
                : cluster.getList(cluster.fieldIndex("example_ticket_ids"));
        return ids.stream().limit(EXAMPLES).toList();
    }

    /**
     * A short cleaned excerpt per example ticket: the customer's first message with quotes,
     * signatures and links removed, masked, cut at a word; the subject when there is no message.
     */
    private Map<String, String> excerpts(List<List<Row>> clusterLists) {
        List<String> ids = clusterLists.stream().flatMap(List::stream).flatMap(c -> exampleIds(c).stream()).distinct().sorted().toList();
        Map<String, String> excerpts = new HashMap<>();
        if (ids.isEmpty()) {
            return excerpts;
        }
        in.table(Tickets.TABLE).ifPresent(t -> t.filter(col(Tickets.TICKET_ID).isin(ids.toArray()))
                .select(Tickets.TICKET_ID, Tickets.SUBJECT).collectAsList()
                .forEach(r -> { if (r.getString(1) != null) excerpts.put(r.getString(0), excerpt(r.getString(1))); }));
        in.table(Messages.TABLE).ifPresent(t -> t.filter(col(Messages.TICKET_ID).isin(ids.toArray())
                        .and(col(Messages.AUTHOR_ROLE).equalTo("customer")))
                .groupBy(Messages.TICKET_ID)
                .agg(min_by(col(Messages.BODY), struct(col(Messages.CREATED_AT), col(Messages.MESSAGE_ID))).as("first_body"))
                .collectAsList().forEach(r -> {
                    String text = excerpt(MessageCleaner.clean(r.getString(1)).text());
                    if (!text.isEmpty()) {
                        excerpts.put(r.getString(0), text);
                    }
                }));
        return excerpts;
    }

    String excerpt(String text) {
        String flat = pii.mask(text == null ? "" : text).replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_CHARS);
        return flat.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS) + "…";
    }

    private String ticketLink(String ticketId) {
        String template = settings.ticketUrl();
        if (template == null || template.isBlank()) {
            return null;
        }
        return template.replace("{id}", URLEncoder.encode(ticketId, StandardCharsets.UTF_8));
    }

    // ---- Drill-downs ------------------------------------------------------------------------

    /**
     * One row per ticket of the report week with the per-ticket facts behind every weekly
     * number (first reply, breach, closure flags, sentiment, cluster), so a doubted figure can
     * be recounted from its tickets.
     */
    private ReportTable ticketDrillDown() {
        Column inWeek = col("week").equalTo(week);
        List<Dataset<Row>> parts = new ArrayList<>();
        Map<String, List<String>> picks = new LinkedHashMap<>();
        picks.put(StageTables.TICKET_LATENCY, List.of("first_reply_minutes", "first_reply_business_minutes", "unanswered",
                "first_reply_breached", "agent_replies", "reopens", "one_touch", "full_resolution_minutes"));
        picks.put(StageTables.TICKET_CLOSURE, List.of("solved", "confirmation_asked", "customer_confirmed", "confirmed_by",
                "reopened", "status_chases", "silent_departure"));
        picks.put(StageTables.TICKET_SENTIMENT, List.of("first_customer_score", "last_customer_score", "shift", "negative"));
        Dataset<Row> base;
        if (in.has(Tickets.TABLE)) {
            base = in.table(Tickets.TABLE).get().filter(inWeek).select(col(Tickets.TICKET_ID), col(Tickets.CHANNEL),
                    col(Tickets.GROUP), col(Tickets.SUBJECT), col(Tickets.STATUS), col(Tickets.CSAT));
        } else {
            Dataset<Row> ids = null;
            for (String table : picks.keySet()) {
                if (in.has(table)) {
                    Dataset<Row> these = in.table(table).get().filter(inWeek).select("ticket_id", "channel", "group");
                    ids = ids == null ? these : ids.union(these);
                }
            }
            if (ids == null) {
                return new ReportTable("drilldown_tickets", "Tickets of " + week, List.of(new ReportTable.Column("ticket_id", "")),
                        List.of(), in.missingNote(Tickets.TABLE), List.of());
            }
            base = ids.dropDuplicates("ticket_id").withColumn("subject", lit(null).cast("string"))
                    .withColumn("status", lit(null).cast("string")).withColumn("csat", lit(null).cast("string"));
        }
        List<String> header = new ArrayList<>(List.of("ticket_id", "channel", "group", "subject", "status", "csat"));
        for (Map.Entry<String, List<String>> pick : picks.entrySet()) {
            Optional<Dataset<Row>> table = in.table(pick.getKey());
            List<Column> cols = new ArrayList<>(List.of(col("ticket_id")));
            pick.getValue().forEach(c -> cols.add(col(c)));
            if (table.isPresent()) {
                base = base.join(table.get().filter(inWeek).select(cols.toArray(Column[]::new)), new String[] {"ticket_id"}, "left");
            } else {
                for (String c : pick.getValue()) {
                    base = base.withColumn(c, lit(null).cast("string"));
                }
            }
            header.addAll(pick.getValue());
        }
        if (in.has(StageTables.TICKET_ISSUE)) {
            Dataset<Row> issue = in.table(StageTables.TICKET_ISSUE).get().select(col("ticket_id"), col("cluster_id"),
                    col("kind").as("cluster_kind"));
            if (in.has(StageTables.ISSUE_CLUSTERS)) {
                issue = issue.join(in.table(StageTables.ISSUE_CLUSTERS).get().select(col("cluster_id"), col("label").as("cluster_label")),
                        new String[] {"cluster_id"}, "left");
            } else {
                issue = issue.withColumn("cluster_label", lit(null).cast("string"));
            }
            base = base.join(issue.select("ticket_id", "cluster_id", "cluster_kind", "cluster_label"), new String[] {"ticket_id"}, "left");
        } else {
            base = base.withColumn("cluster_id", lit(null).cast("int")).withColumn("cluster_kind", lit(null).cast("string"))
                    .withColumn("cluster_label", lit(null).cast("string"));
        }
        header.addAll(List.of("cluster_id", "cluster_kind", "cluster_label"));
        List<ReportTable.Column> columns = header.stream().map(h -> new ReportTable.Column(h, "")).toList();
        List<List<Cell>> rows = base.select(header.stream().map(h -> col("`" + h + "`")).toArray(Column[]::new))
                .orderBy("ticket_id").collectAsList().stream()
                .map(r -> {
                    List<Cell> cells = new ArrayList<>();
                    for (int i = 0; i < header.size(); i++) {
                        Object v = r.get(i);
                        boolean isText = v instanceof String && !header.get(i).equals("ticket_id");
                        cells.add(isText ? text((String) v) : Cell.of(plain(v)));
                    }
                    return cells;
                }).toList();
        return new ReportTable("drilldown_tickets", "Tickets of " + week, columns, rows, null, List.of());
    }

    private ReportTable exampleDrillDown(List<List<Row>> clusterLists, Map<String, String> excerpts) {
        List<ReportTable.Column> columns = List.of("cluster_id", "cluster_kind", "cluster_label", "ticket_id", "link", "excerpt")
                .stream().map(h -> new ReportTable.Column(h, "")).toList();
        TreeMap<Integer, Row> shown = new TreeMap<>();
        clusterLists.forEach(list -> list.forEach(c -> shown.put(clusterId(c), c)));
        List<List<Cell>> rows = new ArrayList<>();
        shown.values().forEach(c -> exampleIds(c).forEach(id -> {
            String link = ticketLink(id);
            rows.add(List.of(Cell.of(String.valueOf(clusterId(c))), text(c.getAs("kind")), text(c.getAs("label")), Cell.of(id),
                    Cell.of(link == null ? "" : link), Cell.of(excerpts.getOrDefault(id, ""))));
        }));
        return new ReportTable("drilldown_cluster_examples", "Example tickets of the clusters shown", columns, rows,
                in.missingNote(StageTables.ISSUE_CLUSTERS), List.of());
    }

    // ---- Values -----------------------------------------------------------------------------

    private Cell text(String value) {
        return Cell.of(pii.mask(value));
    }

    private static Map<String, Object> values(Row row) {
        Map<String, Object> map = new HashMap<>();
        for (String field : row.schema().fieldNames()) {
            map.put(field, row.getAs(field));
        }
        return map;
    }

    /** A numeric column of a weekly row as a double; null when absent, null or NaN. */
    static Double value(Map<String, Object> row, String column) {
        if (row == null || !(row.get(column) instanceof Number n)) {
            return null;
        }
        double d = n.doubleValue();
        return Double.isNaN(d) ? null : d;
    }

    private static Integer clusterId(Row r) {
        return ((Number) r.getAs("cluster_id")).intValue();
    }

    private static long longOr(Row r, String column, long otherwise) {
        Object v = r.getAs(column);
        return v instanceof Number n ? n.longValue() : otherwise;
    }

    private static double doubleOr(Row r, String column, double otherwise) {
        Object v = r.getAs(column);
        return v instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : otherwise;
    }

    private static String number(Object v) {
        return v instanceof Number n && !Double.isNaN(n.doubleValue())
                ? BigDecimal.valueOf(n.doubleValue()).setScale(2, RoundingMode.HALF_UP).toPlainString() : "—";
    }

    /** A drill-down value written the same way on every run: 3 decimals, ISO instants, "" for null. */
    private static String plain(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isNaN(d) ? "" : BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        return String.valueOf(v);
    }
}
