package ticketinsights.latency;

import static org.apache.spark.sql.functions.*;

import java.sql.Timestamp;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import ticketinsights.model.TicketEvents;
import ticketinsights.model.TicketStatus;

/**
 * When tickets were solved and how often they were reopened (METRICS.md "full resolution time",
 * "reopens"). From {@code ticket_events} when a ticket has status changes there: a solve is a
 * change into solved/closed from any other status, a reopen a change out of solved/closed; the
 * ticket is solved when its last status change left it solved/closed. Otherwise from the
 * ticket's status and solved_at, which tell the last solve but not the history, so reopens are
 * null (unknown) there rather than a made-up zero.
 */
final class Resolutions {
    static final String FIRST_SOLVED_AT = "first_solved_at";
    static final String LAST_SOLVED_AT = "last_solved_at";
    static final String REOPEN_COUNT = "reopen_count";
    static final String LAST_STATUS = "last_status";
    static final String HAS_EVENTS = "has_status_events";

    /** Per ticket with status changes up to {@code asOf}: first and last solve, reopens, last status. */
    static Dataset<Row> fromEvents(Optional<Dataset<Row>> events, Timestamp asOf) {
        if (events.isEmpty()) {
            return null;
        }
        Column from = col(TicketEvents.FROM);
        Column to = col(TicketEvents.TO);
        Column solve = done(to).and(from.isNull().or(not(done(from))));
        Column reopen = done(from).and(to.isNotNull()).and(not(done(to)));
        // Ties on the same instant are broken by lineage, so the last status is the same every run.
        Column last = max(struct(col(TicketEvents.AT), col(TicketEvents.SOURCE_FILE), col(TicketEvents.SOURCE_RECORD), to));
        return events.get()
                .where(col(TicketEvents.KIND).equalTo(TicketEvents.KIND_STATUS).and(col(TicketEvents.AT).leq(lit(asOf))))
                .groupBy(TicketEvents.TICKET_ID)
                .agg(min(when(solve, col(TicketEvents.AT))).as(FIRST_SOLVED_AT),
                        max(when(solve, col(TicketEvents.AT))).as(LAST_SOLVED_AT),
                        count(when(reopen, lit(1))).as(REOPEN_COUNT),
                        last.getField(TicketEvents.TO).as(LAST_STATUS))
                .withColumn(HAS_EVENTS, lit(true));
    }

    /** Solved / closed (case-insensitive, as sources spell statuses differently). */
    static Column done(Column status) {
        return coalesce(lower(status).isin(TicketStatus.DONE.toArray()), lit(false));
    }

    private Resolutions() {
    }
}
