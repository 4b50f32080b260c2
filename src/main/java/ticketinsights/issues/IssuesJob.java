package ticketinsights.issues;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;
import ticketinsights.jobs.Job;
import ticketinsights.jobs.JobSummary;
import ticketinsights.jobs.Launcher;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.jobs.Progress;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;

/**
 * Recurring issues: problem statements clustered into labelled issues with stable ids, kinds,
 * trends and pain (METRICS.md "Recurring issues"; method and evaluation in the README).
 * Reads {@code tickets} and {@code messages}, and uses {@code ticket_latency},
 * {@code ticket_closure} and {@code ticket_sentiment} when they exist.
 */
public final class IssuesJob implements Job {
    static final String NAME = "issues";
    /** Clusters smaller than this share of the statements (and never below 3 tickets) fold into {@code other}. */
    static final double MIN_CLUSTER_SHARE = 0.005;
    static final int MIN_CLUSTER_TICKETS = 3;
    static final int LABEL_TERMS = 4;
    static final int SIGNATURE_TERMS = 50;
    static final int EXAMPLES = 5;
    static final int OTHER_ID = 0;
    private static final String INDEX = "cluster_index";

    public static void main(String[] args) {
        Launcher.main(NAME, List.of(new IssuesJob()), args);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobSummary run(SparkSession spark, PipelineOptions options) {
        TableStore store = new TableStore(spark, options.out);
        Dataset<Row> tickets = store.require(Tickets.TABLE, "jobs/ingest");
        Dataset<Row> messages = store.require(Messages.TABLE, "jobs/ingest");
        Progress.say(NAME, "problem statements: cleaning, kinds, lemmas, sentence embeddings");
        Dataset<Row> statements = ProblemStatements.of(tickets, messages)
                .transform(ProblemStatements::withKind)
                .transform(ProblemStatements::withTerms)
                .transform(ProblemStatements::withEmbeddings)
                .cache();
        long total = statements.count();
        Progress.say(NAME, total + " statements; vectors (TF-IDF + Word2Vec + sentence embeddings)");
        Dataset<Row> vectors = StatementVectors.vectorize(statements, Tickets.TICKET_ID, IssuesSettings.vectors()).cache();
        Dataset<Row> usable = vectors.filter(col(StatementVectors.FEATURES).isNotNull());
        long clusterable = usable.count();
        Dataset<Row> assigned;
        String chosen;
        if (clusterable >= 2) {
            AutoKClustering.Result result = AutoKClustering.clusterEachSpace(usable, Tickets.TICKET_ID, StatementVectors.FEATURES,
                    StatementVectors.SPACE, IssuesSettings.clusteringBySpace());
            assigned = result.assigned();
            chosen = "k " + result.chosenK() + " of " + result.proposedK() + " proposed";
        } else {
            assigned = usable.withColumn(AutoKClustering.CLUSTER, lit(0)).withColumn(AutoKClustering.DISTANCE, lit(0.0))
                    .withColumn(AutoKClustering.CONFIDENCE, lit(1.0));
            chosen = "too few statements to cluster";
        }
        assigned = assigned.drop(StatementVectors.FEATURES).cache();
        Progress.say(NAME, "clustered " + clusterable + " statements (" + chosen + "); near-duplicates, labels, ids");
        Dataset<Row> representatives = NearDuplicates.mark(vectors, Tickets.TICKET_ID);
        Dataset<Row> withRep = assigned.join(representatives, Tickets.TICKET_ID).cache();

        long minSize = Math.max(MIN_CLUSTER_TICKETS, Math.round(Math.ceil(MIN_CLUSTER_SHARE * total)));
        Map<Integer, Long> sizes = new HashMap<>();
        withRep.groupBy(AutoKClustering.CLUSTER).count().collectAsList()
                .forEach(r -> sizes.put(r.getInt(0), r.getLong(1)));
        List<Integer> kept = sizes.entrySet().stream().filter(e -> e.getValue() >= minSize)
                .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Map<Integer, Map<String, Double>> weights = ClassTfidf.weights(termCounts(withRep, kept));
        List<Map<String, Double>> signatures = kept.stream().map(c -> ClassTfidf.signature(weights.get(c), SIGNATURE_TERMS)).toList();
        int[] ids = StableIds.assign(previousSignatures(store), signatures, StableIds.DEFAULT_THRESHOLD);
        List<Row> idRows = new ArrayList<>();
        Map<Integer, String> labels = new HashMap<>();
        labels.put(OTHER_ID, IssueKinds.OTHER);
        for (int i = 0; i < kept.size(); i++) {
            idRows.add(RowFactory.create(kept.get(i), ids[i]));
            labels.put(ids[i], ClassTfidf.label(weights.get(kept.get(i)), LABEL_TERMS));
        }
        Dataset<Row> idMap = spark.createDataFrame(idRows, new StructType()
                .add(AutoKClustering.CLUSTER, DataTypes.IntegerType).add(INDEX, DataTypes.IntegerType));

        Dataset<Row> ticketIssue = statements.select(Tickets.TICKET_ID, Tickets.WEEK, Tickets.REQUESTER_ID, ProblemStatements.KIND)
                .join(withRep.select(col(Tickets.TICKET_ID), col(AutoKClustering.CLUSTER), col(AutoKClustering.DISTANCE),
                        col(AutoKClustering.CONFIDENCE), col(NearDuplicates.REPRESENTATIVE)), Tickets.TICKET_ID, "left")
                .join(idMap, AutoKClustering.CLUSTER, "left")
                .withColumn(TicketIssue.CLUSTER_ID, coalesce(col(INDEX), lit(OTHER_ID)))
                .cache();
        Dataset<Row> weekly = ticketIssue.groupBy(TicketIssue.WEEK, TicketIssue.CLUSTER_ID).count()
                .select(col(TicketIssue.WEEK), col(TicketIssue.CLUSTER_ID), col("count").as(WeeklyIssueCounts.TICKETS));
        Dataset<Row> meta = clusterMeta(spark, ticketIssue, weekly, labels);
        Dataset<Row> clusters = ClusterStats.of(ticketIssue, store)
                .join(meta, IssueClusters.CLUSTER_ID)
                .join(examples(ticketIssue), IssueClusters.CLUSTER_ID, "left");
        clusters = clusters.withColumn(IssueClusters.PAIN_SCORE, PainScore.column(col(IssueClusters.TICKETS),
                        col(IssueClusters.NEGATIVE_SHARE), col(IssueClusters.REOPEN_RATE), col(IssueClusters.CHASE_RATE),
                        col(IssueClusters.SLOW_REPLY_SHARE)))
                .withColumn(IssueClusters.EXAMPLE_TICKET_IDS, coalesce(col(IssueClusters.EXAMPLE_TICKET_IDS),
                        array().cast(DataTypes.createArrayType(DataTypes.StringType))));

        Progress.say(NAME, "writing " + (kept.size() + 1) + " clusters");
        store.write(IssueClusters.TABLE, conform(clusters, IssueClusters.SCHEMA), new String[0], IssueClusters.CLUSTER_ID);
        store.write(TicketIssue.TABLE, conform(ticketIssue, TicketIssue.SCHEMA), new String[0], TicketIssue.TICKET_ID);
        store.write(WeeklyIssueCounts.TABLE, conform(weekly, WeeklyIssueCounts.SCHEMA), new String[] {WeeklyIssueCounts.WEEK},
                WeeklyIssueCounts.WEEK, WeeklyIssueCounts.CLUSTER_ID);
        store.write(IssueCentroids.TABLE, signatureTable(spark, ids, signatures), new String[0], IssueCentroids.CLUSTER_ID);
        long other = ticketIssue.filter(col(TicketIssue.CLUSTER_ID).equalTo(OTHER_ID)).count();
        return new JobSummary(NAME, total, kept.size() + 1L, 0, java.time.Duration.ZERO,
                String.format(java.util.Locale.ROOT, "%s, %d clusters, %d tickets in other", chosen, kept.size(), other));
    }

    /** Counts of unigrams and bigrams per kept cluster, each near-duplicate group counted once. */
    static Map<Integer, Map<String, Long>> termCounts(Dataset<Row> withRep, List<Integer> kept) {
        var grams = udf((UDF1<Seq<String>, List<String>>) t -> ClassTfidf.unigramsAndBigrams(CollectionConverters.asJava(t)),
                DataTypes.createArrayType(DataTypes.StringType));
        Map<Integer, Map<String, Long>> counts = new HashMap<>();
        kept.forEach(c -> counts.put(c, new HashMap<>()));
        withRep.filter(col(NearDuplicates.REPRESENTATIVE).and(col(AutoKClustering.CLUSTER).isin(kept.toArray())))
                .select(col(AutoKClustering.CLUSTER), explode(grams.apply(col(StatementVectors.TERMS))).as("term"))
                .groupBy(AutoKClustering.CLUSTER, "term").count()
                .collectAsList()
                .forEach(r -> counts.get(r.getInt(0)).put(r.getString(1), r.getLong(2)));
        return counts;
    }

    static Map<Integer, Map<String, Double>> previousSignatures(TableStore store) {
        Map<Integer, Map<String, Double>> previous = new HashMap<>();
        Optional<Dataset<Row>> table = store.read(IssueCentroids.TABLE);
        table.ifPresent(t -> t.collectAsList().forEach(r -> {
            List<String> terms = r.getList(r.fieldIndex(IssueCentroids.TERMS));
            List<Double> weights = r.getList(r.fieldIndex(IssueCentroids.WEIGHTS));
            Map<String, Double> signature = new HashMap<>();
            for (int i = 0; i < terms.size(); i++) {
                signature.put(terms.get(i), weights.get(i));
            }
            previous.put(r.getInt(r.fieldIndex(IssueCentroids.CLUSTER_ID)), signature);
        }));
        return previous;
    }

    private static Dataset<Row> signatureTable(SparkSession spark, int[] ids, List<Map<String, Double>> signatures) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            rows.add(RowFactory.create(ids[i], CollectionConverters.asScala(new ArrayList<>(signatures.get(i).keySet())).toSeq(),
                    CollectionConverters.asScala(new ArrayList<>(signatures.get(i).values())).toSeq()));
        }
        return spark.createDataFrame(rows, IssueCentroids.SCHEMA);
    }

    /** cluster_id, label, kind, trend: decided on the driver from small per-cluster counts. */
    private static Dataset<Row> clusterMeta(SparkSession spark, Dataset<Row> ticketIssue, Dataset<Row> weekly,
                                            Map<Integer, String> labels) {
        Map<Integer, Map<String, Long>> kinds = new HashMap<>();
        ticketIssue.groupBy(TicketIssue.CLUSTER_ID, TicketIssue.KIND).count().collectAsList().forEach(r ->
                kinds.computeIfAbsent(r.getInt(0), c -> new HashMap<>()).put(r.getString(1), r.getLong(2)));
        Map<Integer, Map<String, Long>> weeks = new HashMap<>();
        List<Row> weeklyRows = weekly.collectAsList();
        weeklyRows.forEach(r -> weeks.computeIfAbsent(r.getInt(1), c -> new TreeMap<>()).put(r.getString(0), r.getLong(2)));
        String lastWeek = weeklyRows.stream().map(r -> r.getString(0)).max(Comparator.naturalOrder()).orElse(null);
        List<Row> rows = new ArrayList<>();
        for (var e : kinds.entrySet()) {
            int id = e.getKey();
            String kind = id == OTHER_ID ? IssueKinds.OTHER : IssueKinds.dominant(e.getValue());
            rows.add(RowFactory.create(id, labels.getOrDefault(id, IssueKinds.OTHER), kind,
                    Trends.of(weeks.getOrDefault(id, Map.of()), lastWeek)));
        }
        return spark.createDataFrame(rows, new StructType().add(IssueClusters.CLUSTER_ID, DataTypes.IntegerType)
                .add(IssueClusters.LABEL, DataTypes.StringType).add(IssueClusters.KIND, DataTypes.StringType)
                .add(IssueClusters.TREND, DataTypes.StringType));
    }

    /** The most central tickets of each cluster (smallest distance to the centroid), near-duplicates shown once. */
    static Dataset<Row> examples(Dataset<Row> ticketIssue) {
        Column byDistance = struct(coalesce(col(TicketIssue.DISTANCE), lit(Double.MAX_VALUE)).as("d"), col(TicketIssue.TICKET_ID).as("t"));
        return ticketIssue.filter(coalesce(col(NearDuplicates.REPRESENTATIVE), lit(true)))
                .groupBy(TicketIssue.CLUSTER_ID)
                .agg(slice(array_sort(collect_list(byDistance)), 1, EXAMPLES).as("_best"))
                .select(col(TicketIssue.CLUSTER_ID), transform(col("_best"), b -> b.getField("t")).as(IssueClusters.EXAMPLE_TICKET_IDS));
    }

    static Dataset<Row> conform(Dataset<Row> data, StructType schema) {
        Column[] columns = java.util.Arrays.stream(schema.fields())
                // Arrays keep their type: Spark cannot cast an array of nullable elements to one of
                // non-null elements, and createDataFrame below applies the schema's nullability.
                .map(f -> (f.dataType() instanceof org.apache.spark.sql.types.ArrayType ? col(f.name())
                        : col(f.name()).cast(f.dataType())).as(f.name())).toArray(Column[]::new);
        return data.sparkSession().createDataFrame(data.select(columns).rdd(), schema);
    }
}
