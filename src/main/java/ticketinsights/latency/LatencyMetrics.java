package ticketinsights.latency;

import static org.apache.spark.sql.functions.*;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import ticketinsights.model.Channel;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.model.Weeks;

/**
 * Per-ticket and per-wait latency (METRICS.md "Response latency") from messages, tickets and,
 * when present, ticket events, as the data stood at {@code asOf}: rows after it are ignored and
 * waits still open then are aged up to it. The conversation turns and the waits are persisted
 * (both tables read them); {@link #close()} releases them.
 */
public final class LatencyMetrics implements AutoCloseable {
    private static final String FIRST_MESSAGE_AT = "first_message_at";
    private static final String MESSAGE_CHANNEL = "message_channel";
    private static final String UNTIL = "until";
    private static final String FIRST_WAIT_OPEN = "first_wait_open";

    private final Timestamp asOf;
    private final Clocks clocks;
    private final SlaTargets sla;
    private final Dataset<Row> turns;
    private final Dataset<Row> ticketsAsOf;
    private final Dataset<Row> events;
    private Dataset<Row> waits;

    public LatencyMetrics(LatencyConfig config, Instant asOf, Dataset<Row> messages, Dataset<Row> tickets,
            Optional<Dataset<Row>> ticketEvents) {
        this.asOf = Timestamp.from(asOf);
        this.clocks = new Clocks(config.calendar());
        this.sla = config.slaTargets();
        this.turns = ConversationTurns.of(messages, this.asOf).persist(StorageLevel.MEMORY_AND_DISK());
        this.ticketsAsOf = tickets.where(col(Tickets.CREATED_AT).leq(lit(this.asOf)));
        this.events = Resolutions.fromEvents(ticketEvents, this.asOf);
    }

    /**
     * One row per ticket known from the tickets table or from its messages: channel (the ticket's,
     * else its messages', else {@code other}), group, creation (else first message), reply counts.
     */
    private Dataset<Row> ticketFacts() {
        Column speaker = col(ConversationTurns.SPEAKER);
        Dataset<Row> counts = turns.groupBy(Messages.TICKET_ID).agg(
                count(when(speaker.equalTo(ConversationTurns.AGENT), lit(1))).as(TicketLatency.AGENT_REPLIES),
                count(when(speaker.equalTo(ConversationTurns.CUSTOMER), lit(1))).as(TicketLatency.CUSTOMER_MESSAGES),
                min(Messages.CREATED_AT).as(FIRST_MESSAGE_AT),
                min(Messages.CHANNEL).as(MESSAGE_CHANNEL));
        Dataset<Row> known = ticketsAsOf.select(col(Tickets.TICKET_ID), col(Tickets.CHANNEL), col(Tickets.GROUP),
                col(Tickets.CREATED_AT), col(Tickets.STATUS), col(Tickets.SOLVED_AT));
        return known.join(counts, new String[] {Tickets.TICKET_ID}, "full_outer").select(
                col(Tickets.TICKET_ID),
                coalesce(col(Tickets.CHANNEL), col(MESSAGE_CHANNEL), lit(Channel.OTHER)).as(TicketLatency.CHANNEL),
                col(Tickets.GROUP),
                coalesce(col(Tickets.CREATED_AT), col(FIRST_MESSAGE_AT)).as(TicketLatency.CREATED_AT),
                coalesce(col(TicketLatency.AGENT_REPLIES), lit(0L)).as(TicketLatency.AGENT_REPLIES),
                coalesce(col(TicketLatency.CUSTOMER_MESSAGES), lit(0L)).as(TicketLatency.CUSTOMER_MESSAGES),
                col(Tickets.STATUS), col(Tickets.SOLVED_AT));
    }

    /** The {@code reply_waits} table: every requester wait with both durations and its SLA verdict. */
    public Dataset<Row> replyWaits() {
        if (waits == null) {
            Column clock = col(ReplyWaits.SLA_CLOCK);
            Column measured = when(clock.equalTo(SlaTargets.BUSINESS), col(ReplyWaits.WAIT_BUSINESS_MINUTES))
                    .otherwise(col(ReplyWaits.WAIT_MINUTES));
            Column target = col(ReplyWaits.SLA_TARGET_MINUTES);
            Dataset<Row> measuredWaits = RequesterWaits.of(turns)
                    .join(ticketFacts().select(Tickets.TICKET_ID, TicketLatency.CHANNEL, TicketLatency.GROUP), Messages.TICKET_ID)
                    .withColumn(ReplyWaits.OPEN, col(ReplyWaits.ANSWERED_AT).isNull())
                    .withColumn(UNTIL, coalesce(col(ReplyWaits.ANSWERED_AT), lit(asOf)))
                    .withColumn(ReplyWaits.WAIT_MINUTES, Clocks.calendarMinutes(col(ReplyWaits.WAIT_STARTED_AT), col(UNTIL)))
                    .withColumn(ReplyWaits.WAIT_BUSINESS_MINUTES, clocks.businessMinutes(col(ReplyWaits.WAIT_STARTED_AT), col(UNTIL)))
                    .withColumn(ReplyWaits.SLA_TARGET_MINUTES, sla.minutes(col(ReplyWaits.CHANNEL), col(ReplyWaits.KIND)))
                    .withColumn(ReplyWaits.SLA_CLOCK, sla.clock(col(ReplyWaits.CHANNEL), col(ReplyWaits.KIND)))
                    .withColumn(ReplyWaits.BREACHED, when(target.isNotNull(), measured.gt(target)))
                    .withColumn(ReplyWaits.WEEK, Weeks.isoWeek(col(ReplyWaits.WAIT_STARTED_AT)));
            waits = conform(measuredWaits, ReplyWaits.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        }
        return waits;
    }

    /** The {@code ticket_latency} table. */
    public Dataset<Row> ticketLatency() {
        Dataset<Row> firstWaits = replyWaits().where(col(ReplyWaits.KIND).equalTo(ReplyWaits.KIND_FIRST)).select(
                col(ReplyWaits.TICKET_ID),
                col(ReplyWaits.ANSWERED_AT).as(TicketLatency.FIRST_REPLY_AT),
                when(not(col(ReplyWaits.OPEN)), col(ReplyWaits.WAIT_MINUTES)).as(TicketLatency.FIRST_REPLY_MINUTES),
                when(not(col(ReplyWaits.OPEN)), col(ReplyWaits.WAIT_BUSINESS_MINUTES)).as(TicketLatency.FIRST_REPLY_BUSINESS_MINUTES),
                col(ReplyWaits.OPEN).as(FIRST_WAIT_OPEN),
                col(ReplyWaits.SLA_TARGET_MINUTES).as(TicketLatency.FIRST_REPLY_SLA_TARGET_MINUTES),
                col(ReplyWaits.SLA_CLOCK).as(TicketLatency.FIRST_REPLY_SLA_CLOCK),
                col(ReplyWaits.BREACHED).as(TicketLatency.FIRST_REPLY_BREACHED));
        Dataset<Row> facts = ticketFacts().join(firstWaits, new String[] {Tickets.TICKET_ID}, "left");
        Dataset<Row> withHistory = events == null
                ? facts.withColumn(Resolutions.HAS_EVENTS, lit(false))
                        .withColumn(Resolutions.FIRST_SOLVED_AT, lit(null).cast(DataTypes.TimestampType))
                        .withColumn(Resolutions.LAST_SOLVED_AT, lit(null).cast(DataTypes.TimestampType))
                        .withColumn(Resolutions.REOPEN_COUNT, lit(null).cast(DataTypes.LongType))
                        .withColumn(Resolutions.LAST_STATUS, lit(null).cast(DataTypes.StringType))
                : facts.join(events, new String[] {Tickets.TICKET_ID}, "left")
                        .withColumn(Resolutions.HAS_EVENTS, coalesce(col(Resolutions.HAS_EVENTS), lit(false)));
        Column fromEvents = col(Resolutions.HAS_EVENTS);
        Column statusDone = Resolutions.done(col(Tickets.STATUS));
        Column solved = when(fromEvents, Resolutions.done(col(Resolutions.LAST_STATUS))).otherwise(statusDone);
        Column firstSolve = when(fromEvents, col(Resolutions.FIRST_SOLVED_AT)).otherwise(when(statusDone, col(Tickets.SOLVED_AT)));
        Column lastSolve = when(fromEvents, when(solved, col(Resolutions.LAST_SOLVED_AT)))
                .otherwise(when(statusDone, col(Tickets.SOLVED_AT)));
        Column created = col(TicketLatency.CREATED_AT);
        Dataset<Row> latency = withHistory
                .withColumn(TicketLatency.SOLVED, solved)
                .withColumn(TicketLatency.UNANSWERED, coalesce(col(FIRST_WAIT_OPEN), lit(false)))
                .withColumn(TicketLatency.FIRST_RESOLUTION_MINUTES, Clocks.calendarMinutes(created, firstSolve))
                .withColumn(TicketLatency.FIRST_RESOLUTION_BUSINESS_MINUTES, clocks.businessMinutes(created, firstSolve))
                .withColumn(TicketLatency.FULL_RESOLUTION_MINUTES, Clocks.calendarMinutes(created, lastSolve))
                .withColumn(TicketLatency.FULL_RESOLUTION_BUSINESS_MINUTES, clocks.businessMinutes(created, lastSolve))
                .withColumn(TicketLatency.REOPENS, when(fromEvents, col(Resolutions.REOPEN_COUNT)))
                .withColumn(TicketLatency.RESOLUTION_SOURCE, when(fromEvents, "events").when(col(Tickets.STATUS).isNotNull(), "status"))
                .withColumn(TicketLatency.ONE_TOUCH, solved.and(col(TicketLatency.AGENT_REPLIES).leq(1)))
                .withColumn(TicketLatency.WEEK, Weeks.isoWeek(created));
        return conform(latency, TicketLatency.SCHEMA);
    }

    /** Selects exactly {@code schema}'s columns, cast to its types, in its order. */
    static Dataset<Row> conform(Dataset<Row> data, StructType schema) {
        return data.select(Arrays.stream(schema.fields())
                .map(field -> col(field.name()).cast(field.dataType()).as(field.name()))
                .toArray(Column[]::new));
    }

    @Override
    public void close() {
        turns.unpersist();
        if (waits != null) {
            waits.unpersist();
        }
    }
}
