package ticketinsights.ingest;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import ticketinsights.ingest.IngestRecord.Origin;
import ticketinsights.model.Messages;
import ticketinsights.model.Quarantine;
import ticketinsights.model.SourceFormat;
import ticketinsights.model.TicketEvents;
import ticketinsights.model.Tickets;
import ticketinsights.model.Weeks;

/**
 * Reads every input file with its adapter (one Spark task per file, streamed) and puts the
 * records together into the four canonical tables, with the counts the summary reports.
 * Nothing is dropped silently: every record read ends written, merged as a duplicate,
 * quarantined with a reason, or skipped with a reason (GitHub pull requests).
 */
final class Ingestion {
    private final Dataset<Row> records;
    final Dataset<Row> messages;
    final Dataset<Row> tickets;
    final Dataset<Row> events;
    final Dataset<Row> quarantine;
    private final Dataset<Row> duplicates;
    private final Dataset<Row> orphans;
    private final List<Dataset<Row>> intermediate;

    private Ingestion(Dataset<Row> records, Dataset<Row> messages, Dataset<Row> tickets, Dataset<Row> events,
            Dataset<Row> quarantine, Dataset<Row> duplicates, Dataset<Row> orphans, List<Dataset<Row>> intermediate) {
        this.intermediate = intermediate;
        // Counted, then written: kept so the joins behind them run once.
        this.records = records;
        this.messages = messages.persist(StorageLevel.MEMORY_AND_DISK());
        this.tickets = tickets.persist(StorageLevel.MEMORY_AND_DISK());
        this.events = events.persist(StorageLevel.MEMORY_AND_DISK());
        this.quarantine = quarantine.persist(StorageLevel.MEMORY_AND_DISK());
        this.duplicates = duplicates;
        this.orphans = orphans;
    }

    /** The input files read as {@code forced} when given, else as their content says. */
    static Ingestion of(SparkSession spark, List<String> inputs, SourceFormat forced) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> files = InputFiles.list(inputs, conf);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files under " + String.join(", ", inputs));
        }
        List<String[]> tasks = new ArrayList<>();
        List<Row> unknown = new ArrayList<>();
        for (String file : files) {
            Optional<SourceFormat> format = forced != null ? Optional.of(forced) : detect(file, conf, unknown);
            format.ifPresent(f -> tasks.add(new String[] {file, f.id()}));
        }
        JavaSparkContext jsc = new JavaSparkContext(spark.sparkContext());
        HadoopConf shipped = new HadoopConf(conf);
        JavaRDD<Row> rows = jsc.parallelize(tasks, Math.max(1, tasks.size()))
                .flatMap(task -> Adapters.read(task[0], SourceFormat.fromId(task[1]), shipped.get()));
        Dataset<Row> records = spark.createDataFrame(rows, IngestRecord.SCHEMA)
                .union(spark.createDataFrame(unknown, IngestRecord.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return assemble(spark, records);
    }

    private static Optional<SourceFormat> detect(String file, Configuration conf, List<Row> unknown) {
        try (InputStream in = InputFiles.open(file, conf)) {
            String head = new String(in.readNBytes(FormatDetector.PEEK_BYTES), StandardCharsets.UTF_8);
            Optional<SourceFormat> format = FormatDetector.detect(head);
            if (format.isEmpty()) {
                String reason = head.isBlank() ? "file is empty"
                        : "not a known export (canonical CSV, twcs CSV, Zendesk or GitHub JSON); it starts with '"
                                + FormatDetector.firstLine(head) + "'; use --format to force one";
                unknown.add(IngestRecord.quarantine(new Origin("unknown", file), 0, Timestamps.abbreviate(head), reason));
            }
            return format;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input file " + file, e);
        }
    }

    private static Dataset<Row> kind(Dataset<Row> records, String kind) {
        return records.filter(col(IngestRecord.KIND).equalTo(kind));
    }

    static Ingestion assemble(SparkSession spark, Dataset<Row> records) {
        Dataset<Row> users = kind(records, IngestRecord.USER);
        Dataset<Row> groups = kind(records, IngestRecord.GROUP_NAME);

        Dataset<Row> markedMessages = Assembly.markDuplicates(kind(records, IngestRecord.MESSAGE), IngestRecord.MESSAGE_ID);
        Dataset<Row> threaded = Threads.assignTickets(spark, markedMessages.filter(Assembly.kept()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> loops = threaded.filter(col(Threads.LOOPS));
        Dataset<Row> messages = threaded.filter(not(col(Threads.LOOPS)));

        Dataset<Row> markedTickets = Assembly.markDuplicates(
                kind(records, IngestRecord.TICKET).unionByName(Threads.tickets(messages), true), IngestRecord.TICKET_ID);
        Dataset<Row> markedEvents = Assembly.markDuplicates(kind(records, IngestRecord.EVENT), IngestRecord.TICKET_ID,
                IngestRecord.CREATED_AT, IngestRecord.EVENT_KIND, IngestRecord.FROM, IngestRecord.TO);
        Dataset<Row> duplicates = markedMessages.filter(col(Assembly.DUPLICATE))
                .unionByName(markedTickets.filter(col(Assembly.DUPLICATE)))
                .unionByName(markedEvents.filter(col(Assembly.DUPLICATE)));

        Dataset<Row> events = markedEvents.filter(Assembly.kept())
                .transform(e -> Assembly.withGroupNamesInEvents(e, groups));
        Dataset<Row> tickets = markedTickets.filter(Assembly.kept()).drop(Assembly.DUPLICATE, Assembly.COLLISION)
                .transform(t -> Assembly.withGroupNames(t, groups))
                .transform(t -> Assembly.withSolveTimes(t, events));

        Dataset<Row> placed = Assembly.withTicket(messages, tickets);
        Dataset<Row> homeless = placed.filter(not(col("ticket_known")));
        Dataset<Row> kept = Assembly.withRoles(placed.filter(col("ticket_known")), users)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> ticketsWithMessages = kept.select(Assembly.TICKET_KEY[0], Assembly.TICKET_KEY[1]).distinct();
        Dataset<Row> withMessages = tickets.join(ticketsWithMessages, Assembly.TICKET_KEY, "inner");
        Dataset<Row> empty = tickets.join(ticketsWithMessages, Assembly.TICKET_KEY, "left_anti");
        Dataset<Row> placedEvents = events.join(ticketsWithMessages, Assembly.TICKET_KEY, "inner");
        Dataset<Row> lostEvents = events.join(ticketsWithMessages, Assembly.TICKET_KEY, "left_anti");

        String[] messageFields = {IngestRecord.TICKET_ID, IngestRecord.MESSAGE_ID, IngestRecord.CREATED_AT, IngestRecord.AUTHOR_ID, IngestRecord.BODY};
        String[] ticketFields = {IngestRecord.TICKET_ID, IngestRecord.CREATED_AT, IngestRecord.SUBJECT};
        String[] eventFields = {IngestRecord.TICKET_ID, IngestRecord.CREATED_AT, IngestRecord.EVENT_KIND, IngestRecord.FROM, IngestRecord.TO};
        Dataset<Row> quarantine = kind(records, IngestRecord.QUARANTINE)
                .select(IngestRecord.SOURCE_FORMAT, IngestRecord.SOURCE_FILE, IngestRecord.SOURCE_RECORD, IngestRecord.RAW, IngestRecord.REASON)
                .unionByName(collisions(markedMessages, concat(lit("message id '"), col(IngestRecord.MESSAGE_ID), lit("'")), messageFields))
                .unionByName(collisions(markedTickets, concat(lit("ticket id '"), col(IngestRecord.TICKET_ID), lit("'")), ticketFields))
                .unionByName(collisions(markedEvents, concat(col(IngestRecord.EVENT_KIND), lit(" change of ticket id '"),
                        col(IngestRecord.TICKET_ID), lit("' at "), col(IngestRecord.CREATED_AT).cast("string")), eventFields))
                .unionByName(Assembly.asQuarantine(loops, concat(lit("reply chain of tweet "), col(IngestRecord.MESSAGE_ID),
                        lit(" loops back on itself (no root tweet)")), IngestRecord.MESSAGE_ID, IngestRecord.PARENT_ID, IngestRecord.BODY))
                .unionByName(Assembly.asQuarantine(homeless, concat(lit("message for ticket '"), col(IngestRecord.TICKET_ID),
                        lit("' which is not in the export (no tickets file, ticket line or issue holds it)")), messageFields))
                .unionByName(Assembly.asQuarantine(empty, lit("ticket has no messages (none exported, or all of them quarantined)"),
                        ticketFields))
                .unionByName(Assembly.asQuarantine(lostEvents, concat(col(IngestRecord.EVENT_KIND), lit(" change for ticket '"),
                        col(IngestRecord.TICKET_ID), lit("' which is not in the export")),
                        eventFields));

        return new Ingestion(records,
                shape(kept.withColumn(Messages.WEEK, Weeks.isoWeek(col(IngestRecord.CREATED_AT))), Messages.SCHEMA),
                shape(withMessages.withColumn(Tickets.TAGS, IngestRecord.tagArray()).withColumn(Tickets.WEEK, Weeks.isoWeek(col(IngestRecord.CREATED_AT))), Tickets.SCHEMA),
                shape(placedEvents.drop(IngestRecord.KIND).withColumnRenamed(IngestRecord.CREATED_AT, TicketEvents.AT)
                        .withColumnRenamed(IngestRecord.EVENT_KIND, TicketEvents.KIND)
                        .withColumn(TicketEvents.WEEK, Weeks.isoWeek(col(TicketEvents.AT))), TicketEvents.SCHEMA),
                shape(quarantine, Quarantine.SCHEMA),
                duplicates,
                kept.filter(col(Threads.ORPHAN_ROOT)),
                List.of(threaded, kept));
    }

    /** The records that lost their key ({@code what}) to a record of another source format, as quarantine rows. */
    private static Dataset<Row> collisions(Dataset<Row> marked, Column what, String... fields) {
        return Assembly.asQuarantine(marked.filter(col(Assembly.COLLISION)),
                concat(what, lit(" is also used by another source format in this run; "
                        + "ids of different sources are not merged: ingest each source into its own --out")), fields);
    }

    /** Exactly the columns of {@code schema}, in its order, cast to its types. */
    static Dataset<Row> shape(Dataset<Row> data, StructType schema) {
        Column[] columns = new Column[schema.size()];
        int i = 0;
        for (StructField field : schema.fields()) {
            columns[i++] = col(field.name()).cast(field.dataType()).as(field.name());
        }
        return data.select(columns);
    }

    /** The counts behind the summary line; runs the Spark actions. */
    IngestCounts count() {
        Dataset<Row> read = records.filter(not(col(IngestRecord.KIND).isin(IngestRecord.USER, IngestRecord.GROUP_NAME)));
        List<Row> skipped = kind(records, IngestRecord.SKIPPED).groupBy(IngestRecord.REASON).count()
                .orderBy(col("count").desc(), col(IngestRecord.REASON)).collectAsList();
        return new IngestCounts(read.count(), messages.count(), tickets.count(),
                tickets.filter(col(Tickets.SOURCE_FORMAT).equalTo(SourceFormat.TWCS.id())).count(),
                events.count(), quarantine.count(), duplicates.count(), orphans.count(),
                skipped.stream().map(r -> new IngestCounts.Reason(r.getString(0), r.getLong(1))).toList(),
                records.filter(col(IngestRecord.KIND).isin(IngestRecord.USER, IngestRecord.GROUP_NAME)).count());
    }

    /** The most frequent quarantine reasons, quoted values and numbers folded so alike reasons group. */
    List<IngestCounts.Reason> worstReasons(int limit) {
        Column pattern = regexp_replace(regexp_replace(col(Quarantine.REASON), "'[^']*'", "'…'"), "\\d+", "N");
        return quarantine.groupBy(pattern.as("pattern")).count().orderBy(col("count").desc(), col("pattern"))
                .limit(limit).collectAsList().stream()
                .map(r -> new IngestCounts.Reason(r.getString(0), r.getLong(1))).toList();
    }

    void release() {
        for (Dataset<Row> data : List.of(messages, tickets, events, quarantine, records)) {
            data.unpersist();
        }
        intermediate.forEach(Dataset::unpersist);
    }
}
