package ticketinsights.latency;

import static org.apache.spark.sql.functions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import ticketinsights.jobs.Job;
import ticketinsights.jobs.JobSummary;
import ticketinsights.jobs.Launcher;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.jobs.Progress;
import ticketinsights.model.Messages;
import ticketinsights.model.TicketEvents;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;

/**
 * The latency stage: reads {@code messages}, {@code tickets} and (optional) {@code ticket_events},
 * writes {@code ticket_latency}, {@code reply_waits} and {@code weekly_latency}. Settings come
 * from {@code --config} over the built-in defaults; {@code --as-of} fixes the moment open waits
 * are judged at (default: the latest timestamp in the data).
 */
public final class LatencyJob implements Job {

    public static void main(String[] args) {
        Launcher.main("latency", List.of(new LatencyJob()), args);
    }

    @Override
    public String name() {
        return "latency";
    }

    @Override
    public JobSummary run(SparkSession spark, PipelineOptions options) {
        TableStore store = new TableStore(spark, options.out);
        Dataset<Row> messages = store.require(Messages.TABLE, "jobs/ingest");
        Dataset<Row> tickets = store.require(Tickets.TABLE, "jobs/ingest");
        Optional<Dataset<Row>> events = store.read(TicketEvents.TABLE);
        LatencyConfig config = LatencyConfig.load(spark, options.config);
        Instant asOf = options.asOf == null ? latestTimestamp(messages, tickets, events) : parseInstant(options.asOf);
        Progress.say(name(), "as of " + asOf + (options.config == null ? ", default settings" : ", settings from " + options.config)
                + (events.isPresent() ? "" : ", no ticket_events: resolution from ticket status"));

        try (LatencyMetrics metrics = new LatencyMetrics(config, asOf, messages, tickets, events)) {
            store.write(ReplyWaits.TABLE, metrics.replyWaits(), new String[] {ReplyWaits.WEEK},
                    ReplyWaits.TICKET_ID, ReplyWaits.WAIT_STARTED_AT);
            Progress.say(name(), "reply_waits written");
            store.write(TicketLatency.TABLE, metrics.ticketLatency(), new String[] {TicketLatency.WEEK}, TicketLatency.TICKET_ID);
            Progress.say(name(), "ticket_latency written");
        }
        Dataset<Row> ticketLatency = store.require(TicketLatency.TABLE, name());
        Dataset<Row> replyWaits = store.require(ReplyWaits.TABLE, name());
        store.write(WeeklyLatency.TABLE, WeeklyRollup.of(ticketLatency, replyWaits, config.percentileAccuracy),
                new String[] {WeeklyLatency.WEEK}, WeeklyLatency.CHANNEL, WeeklyLatency.GROUP);

        long waits = replyWaits.count();
        long open = replyWaits.where(col(ReplyWaits.OPEN)).count();
        long ticketCount = ticketLatency.count();
        return new JobSummary(name(), messages.count(), ticketCount + waits, 0, java.time.Duration.ZERO,
                String.format(java.util.Locale.ROOT, "as of %s; %d tickets, %d waits (%d open); percentile accuracy %d",
                        asOf, ticketCount, waits, open, config.percentileAccuracy));
    }

    /** The latest instant anywhere in the data: the default "as of" (the export time, in effect). */
    static Instant latestTimestamp(Dataset<Row> messages, Dataset<Row> tickets, Optional<Dataset<Row>> events) {
        List<Dataset<Row>> instants = new ArrayList<>();
        instants.add(messages.select(max(Messages.CREATED_AT).as("at")));
        instants.add(tickets.select(greatest(max(Tickets.CREATED_AT), max(Tickets.UPDATED_AT), max(Tickets.SOLVED_AT)).as("at")));
        events.ifPresent(e -> instants.add(e.select(max(TicketEvents.AT).as("at"))));
        Dataset<Row> all = instants.stream().reduce(Dataset::union).orElseThrow();
        Row latest = all.agg(max("at")).first();
        return latest.isNullAt(0) ? Instant.EPOCH : latest.getTimestamp(0).toInstant();
    }

    /** {@code --as-of}: an ISO instant, an offset date-time, a UTC date-time or a UTC date (midnight). */
    static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("--as-of " + text + " is not an ISO-8601 instant (e.g. 2017-11-01T00:00:00Z)", e);
                }
            }
        }
    }
}
