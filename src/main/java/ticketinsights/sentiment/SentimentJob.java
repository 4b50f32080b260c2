package ticketinsights.sentiment;

import static org.apache.spark.sql.functions.*;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import ticketinsights.model.WeeklyBreakdown;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import ticketinsights.jobs.Job;
import ticketinsights.jobs.JobSummary;
import ticketinsights.jobs.Launcher;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.jobs.Progress;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;
import ticketinsights.text.MessageCleaner;

/**
 * {@code jobs/sentiment}: CoreNLP sentiment per message, per ticket and per week.
 *
 * <p>Reads {@code messages}, {@code tickets} and, when an earlier run left it, its own
 * {@code message_sentiment}. Messages are cleaned ({@link MessageCleaner}); a message whose
 * (message id, cleaned-text hash) is already in the previous table keeps its row. The distinct
 * new texts are split into capped sentences once each, the distinct sentences among them are
 * scored once each, in {@code mapPartitions} on the JVM's one CoreNLP pipeline, and each text's
 * sentences are combined in order. Ticket and weekly tables are then computed from the written
 * message table.
 */
public final class SentimentJob implements Job {
    private static final String NAME = "sentiment";
    private static final String CLEANED = TextSplitting.TEXT;
    private static final String POLARITY = "polarity";
    private static final String POSITION = "position";

    private final SentimentModel model;

    public SentimentJob() {
        this(SentimentModel.CoreNlp.INSTANCE);
    }

    /** A job scoring with {@code model} (tests use a stand-in that loads nothing). */
    SentimentJob(SentimentModel model) {
        this.model = model;
    }

    public static void main(String[] args) {
        Launcher.main(NAME, List.of(new SentimentJob()), args);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobSummary run(SparkSession spark, PipelineOptions options) {
        TableStore store = new TableStore(spark, options.out);
        Dataset<Row> messages = store.require(Messages.TABLE, "jobs/ingest");
        Dataset<Row> tickets = store.require(Tickets.TABLE, "jobs/ingest");
        Optional<Dataset<Row>> previous = store.read(MessageSentiment.TABLE);
        SentenceScorer.Caps caps = new SentenceScorer.Caps(options.sentimentMaxSentences, options.sentimentMaxTokens);
        var sc = spark.sparkContext();
        TextSplitting.Counters counters = new TextSplitting.Counters(sc.longAccumulator("texts split"),
                sc.longAccumulator("sentences"), sc.longAccumulator("distinct sentences scored"),
                sc.longAccumulator("texts over the sentence cap"), sc.longAccumulator("sentences cut at the token cap"));

        Dataset<Row> cleaned = clean(messages);
        Dataset<Row> reused = previous.map(p -> reuse(cleaned, p)).orElse(null);
        Dataset<Row> fresh = previous.map(p -> cleaned.join(p, keys(cleaned, p), "left_anti")).orElse(cleaned);
        int partitions = Math.max(2, sc.defaultParallelism() * 2);
        Dataset<Row> texts = split(fresh, partitions, model, caps, counters);
        Dataset<Row> scored = fresh.join(score(texts, partitions, model, LearnedCombination.shipped(), counters), MessageSentiment.TEXT_HASH);
        Dataset<Row> all = reused == null ? conform(scored) : conform(scored).unionByName(conform(reused));
        // Counted before the write: the previous table's files are gone once the new one is in place.
        long freshMessages = previous.isPresent() ? fresh.count() : 0;
        Progress.say(NAME, (previous.isPresent() ? "scoring new messages (earlier rows reused)" : "scoring every message")
                + ", caps " + caps.maxSentences() + " sentences x " + caps.maxTokens() + " tokens");
        store.write(MessageSentiment.TABLE, all, new String[] {MessageSentiment.WEEK}, MessageSentiment.MESSAGE_ID);
        texts.unpersist();

        Dataset<Row> written = store.require(MessageSentiment.TABLE, "jobs/sentiment");
        Dataset<Row> perTicket = perTicket(written, tickets);
        store.write(TicketSentiment.TABLE, perTicket, new String[] {TicketSentiment.WEEK}, TicketSentiment.TICKET_ID);
        Dataset<Row> weekly = weekly(store.require(TicketSentiment.TABLE, "jobs/sentiment"));
        store.write(WeeklySentiment.TABLE, weekly, new String[] {WeeklySentiment.WEEK},
                WeeklySentiment.CHANNEL, WeeklySentiment.GROUP);

        Row totals = written.agg(count(lit(1)), sum(when(col(MessageSentiment.SCORED), 1).otherwise(0)),
                sum(when(col(MessageSentiment.REASON_NOT_SCORED).equalTo(MessageSentiment.REASON_LANGUAGE), 1).otherwise(0)),
                sum(when(col(MessageSentiment.REASON_NOT_SCORED).equalTo(MessageSentiment.REASON_EMPTY), 1).otherwise(0)),
                sum(when(col(MessageSentiment.SENTENCES_DROPPED).gt(0), 1).otherwise(0)),
                sum(col(MessageSentiment.SENTENCES_TRUNCATED))).first();
        long rows = totals.getLong(0);
        String detail = String.format(Locale.ROOT,
                "this run split %d new texts into %d sentences (%d texts over the %d-sentence cap, %d sentences cut at %d tokens) "
                        + "and scored %d distinct sentences, %d rows reused; table: %d scored, not scored: %d language, %d empty; "
                        + "caps bit in %d messages, %d sentences cut",
                counters.textsSplit().value(), counters.sentences().value(), counters.textsCapped().value(),
                caps.maxSentences(), counters.sentencesTruncated().value(), caps.maxTokens(),
                counters.distinctSentencesScored().value(),
                reused == null ? 0 : rows - freshMessages, longOf(totals, 1), longOf(totals, 2), longOf(totals, 3),
                longOf(totals, 4), longOf(totals, 5));
        return new JobSummary(NAME, messages.count(), rows, 0, Duration.ZERO, detail);
    }

    /** Messages with their cleaned text and its SHA-256. */
    static Dataset<Row> clean(Dataset<Row> messages) {
        Column text = udf((UDF1<String, String>) body -> MessageCleaner.clean(body).text(), DataTypes.StringType)
                .apply(col(Messages.BODY));
        return messages.select(col(Messages.MESSAGE_ID), col(Messages.TICKET_ID), col(Messages.WEEK),
                        col(Messages.CREATED_AT), col(Messages.AUTHOR_ROLE), text.as(CLEANED))
                .withColumn(MessageSentiment.TEXT_HASH, sha2(col(CLEANED), 256));
    }

    /** Current messages whose (id, text hash) the previous table already scored, with its results. */
    static Dataset<Row> reuse(Dataset<Row> cleaned, Dataset<Row> previous) {
        Stream<Column> current = Arrays.stream(cleaned.columns()).map(cleaned::col);
        Stream<Column> results = Arrays.stream(MessageCombining.RESULT.fieldNames())
                .filter(n -> !n.equals(MessageSentiment.TEXT_HASH)).map(previous::col);
        return cleaned.join(previous, keys(cleaned, previous))
                .select(Stream.concat(current, results).toArray(Column[]::new));
    }

    private static Column keys(Dataset<Row> cleaned, Dataset<Row> previous) {
        return cleaned.col(Messages.MESSAGE_ID).equalTo(previous.col(MessageSentiment.MESSAGE_ID))
                .and(cleaned.col(MessageSentiment.TEXT_HASH).equalTo(previous.col(MessageSentiment.TEXT_HASH)));
    }

    /**
     * Each distinct cleaned text once, language-gated and split into capped sentences
     * ({@link TextSplitting#RESULT}); spread over a fixed number of partitions by hash (a fixed
     * count, so adaptive execution does not merge the small text set into one task and one
     * core). Kept (memory, then disk) because scoring reads it three times: for its sentences, to
     * put their results back in place, and for its per-text columns.
     */
    static Dataset<Row> split(Dataset<Row> fresh, int partitions, SentimentModel model, SentenceScorer.Caps caps,
                              TextSplitting.Counters counters) {
        return fresh.select(MessageSentiment.TEXT_HASH, CLEANED)
                .repartition(partitions, col(MessageSentiment.TEXT_HASH))
                .dropDuplicates(MessageSentiment.TEXT_HASH)
                .mapPartitions(new TextSplitting(model, caps, counters), Encoders.row(TextSplitting.RESULT))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * The result columns of each split text ({@link MessageCombining#RESULT}). Each distinct
     * sentence (by its words) is scored once, over a fixed number of partitions; the results go
     * back to every place the sentence occurs and are combined per text in sentence order, so a
     * text scores exactly as if its sentences were scored where they stand.
     */
    static Dataset<Row> score(Dataset<Row> texts, int partitions, SentimentModel model, Combination combination,
                              TextSplitting.Counters counters) {
        Dataset<Row> sentences = texts.select(col(MessageSentiment.TEXT_HASH),
                posexplode(col(TextSplitting.SENTENCES)).as(new String[] {POSITION, SentenceScoring.WORDS}));
        Dataset<Row> sentiments = sentences.select(SentenceScoring.WORDS)
                .repartition(partitions, col(SentenceScoring.WORDS))
                .dropDuplicates(SentenceScoring.WORDS)
                .mapPartitions(new SentenceScoring(model, counters), Encoders.row(SentenceScoring.RESULT));
        Dataset<Row> perText = sentences.join(sentiments, SentenceScoring.WORDS)
                .groupBy(MessageSentiment.TEXT_HASH)
                .agg(sort_array(collect_list(struct(col(POSITION), col(SentenceScoring.SENTIMENT)))).as(MessageCombining.SENTIMENTS));
        return texts.drop(TextSplitting.SENTENCES).join(perText, MessageSentiment.TEXT_HASH, "left")
                .map(new MessageCombining(combination), Encoders.row(MessageCombining.RESULT));
    }

    private static Dataset<Row> conform(Dataset<Row> rows) {
        return select(rows, MessageSentiment.SCHEMA);
    }

    /** {@code rows} cast to exactly {@code schema}'s columns, in its order. */
    static Dataset<Row> select(Dataset<Row> rows, StructType schema) {
        Column[] columns = Arrays.stream(schema.fields())
                .map(f -> rows.col(f.name()).cast(f.dataType()).as(f.name())).toArray(Column[]::new);
        return rows.select(columns);
    }

    /**
     * Means are summed as exact decimals: a double sum depends on the order rows arrive in, and a
     * rerun that reuses earlier scores reads them in another order, so the tables would differ in
     * the last bits.
     */
    private static final org.apache.spark.sql.types.DecimalType EXACT = DataTypes.createDecimalType(20, 15);

    /**
     * One row per ticket from its scored customer messages. First and last are by created_at,
     * then message id (so equal timestamps give the same answer on every run).
     */
    static Dataset<Row> perTicket(Dataset<Row> messageSentiment, Dataset<Row> tickets) {
        Column scored = col(MessageSentiment.SCORED);
        Column polarity = when(col(MessageSentiment.SENTIMENT_CLASS).isin("very_negative", "negative"), -1)
                .when(col(MessageSentiment.SENTIMENT_CLASS).equalTo("neutral"), 0).otherwise(1);
        Column ordered = when(scored, struct(col(MessageSentiment.CREATED_AT), col(MessageSentiment.MESSAGE_ID),
                col(MessageSentiment.SCORE), col(MessageSentiment.SENTIMENT_CLASS), polarity.as(POLARITY)));
        Dataset<Row> customer = messageSentiment.filter(col(MessageSentiment.AUTHOR_ROLE).equalTo(AuthorRole.CUSTOMER))
                .groupBy(MessageSentiment.TICKET_ID)
                .agg(count(lit(1)).as(TicketSentiment.CUSTOMER_MESSAGES),
                        count(when(scored, 1)).as(TicketSentiment.SCORED_CUSTOMER_MESSAGES),
                        min(ordered).as("first"), max(ordered).as("last"),
                        min(when(scored, col(MessageSentiment.SCORE))).as(TicketSentiment.MIN_CUSTOMER_SCORE),
                        avg(when(scored, col(MessageSentiment.SCORE).cast(EXACT))).as(TicketSentiment.MEAN_CUSTOMER_SCORE),
                        min(when(scored, polarity)).as("min_polarity"));
        Column some = col(TicketSentiment.SCORED_CUSTOMER_MESSAGES).gt(0);
        Dataset<Row> joined = tickets.select(col(Tickets.TICKET_ID), col(Tickets.WEEK), col(Tickets.CHANNEL), col(Tickets.GROUP))
                .join(customer, Tickets.TICKET_ID, "left")
                .withColumn(TicketSentiment.CUSTOMER_MESSAGES, coalesce(col(TicketSentiment.CUSTOMER_MESSAGES), lit(0L)))
                .withColumn(TicketSentiment.SCORED_CUSTOMER_MESSAGES, coalesce(col(TicketSentiment.SCORED_CUSTOMER_MESSAGES), lit(0L)))
                .withColumn(TicketSentiment.FIRST_CUSTOMER_SCORE, col("first." + MessageSentiment.SCORE))
                .withColumn(TicketSentiment.LAST_CUSTOMER_SCORE, col("last." + MessageSentiment.SCORE))
                .withColumn(TicketSentiment.SHIFT, col(TicketSentiment.LAST_CUSTOMER_SCORE).minus(col(TicketSentiment.FIRST_CUSTOMER_SCORE)))
                .withColumn(TicketSentiment.FIRST_CUSTOMER_CLASS, col("first." + MessageSentiment.SENTIMENT_CLASS))
                .withColumn(TicketSentiment.LAST_CUSTOMER_CLASS, col("last." + MessageSentiment.SENTIMENT_CLASS))
                .withColumn(TicketSentiment.NEGATIVE, when(some, col("min_polarity").lt(0)))
                .withColumn(TicketSentiment.IMPROVED, when(col(TicketSentiment.SCORED_CUSTOMER_MESSAGES).geq(2),
                        col("last." + POLARITY).gt(col("first." + POLARITY))));
        return select(joined, TicketSentiment.SCHEMA);
    }

    /** Week × channel × group with roll-ups ({@code all}); the grand total without a week is dropped. */
    static Dataset<Row> weekly(Dataset<Row> ticketSentiment) {
        Column scoredMessages = col(TicketSentiment.SCORED_CUSTOMER_MESSAGES);
        Column scoreSum = sum(col(TicketSentiment.MEAN_CUSTOMER_SCORE).cast(EXACT).multiply(scoredMessages));
        Dataset<Row> rolled = WeeklyBreakdown.aggregate(ticketSentiment, TicketSentiment.WEEK, TicketSentiment.CHANNEL,
                TicketSentiment.GROUP, List.of(count(lit(1)).as(WeeklySentiment.TICKETS),
                        sum(col(TicketSentiment.CUSTOMER_MESSAGES)).as(WeeklySentiment.MESSAGES),
                        sum(scoredMessages).as(WeeklySentiment.SCORED_MESSAGES),
                        try_divide(scoreSum, sum(scoredMessages)).as(WeeklySentiment.MEAN_CUSTOMER_SCORE),
                        share(col(TicketSentiment.NEGATIVE)).as(WeeklySentiment.NEGATIVE_TICKET_SHARE),
                        share(col(TicketSentiment.IMPROVED)).as(WeeklySentiment.IMPROVED_TICKET_SHARE),
                        count(col(TicketSentiment.NEGATIVE)).as(WeeklySentiment.SCORED_TICKETS),
                        count(col(TicketSentiment.IMPROVED)).as(WeeklySentiment.TICKETS_WITH_SHIFT)))
                .withColumn(WeeklySentiment.SCORED_SHARE, try_divide(col(WeeklySentiment.SCORED_MESSAGES), col(WeeklySentiment.MESSAGES)));
        return select(rolled, WeeklySentiment.SCHEMA);
    }

    /** Share of true among the non-null values of a boolean column; null when all are null. */
    private static Column share(Column flag) {
        return try_divide(sum(when(flag, 1.0).otherwise(0.0)), count(flag));
    }

    private static long longOf(Row row, int i) {
        return row.isNullAt(i) ? 0 : row.getLong(i);
    }

}
