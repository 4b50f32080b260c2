package ticketinsights.latency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import ticketinsights.model.Messages;
import ticketinsights.model.TicketEvents;
import ticketinsights.model.Tickets;
import ticketinsights.model.Weeks;
import ticketinsights.testing.SparkTests;

/** Named tiny canonical tables for latency tests: rows read like the conversation they hold. */
final class Conversations {
    static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    static Object[] message(String ticket, String id, String at, String role, boolean isPublic) {
        return new Object[] {ticket, id, at(at), role, role + "-" + ticket, "email", isPublic, "text",
                "canonical-csv", "messages.csv", 1L, Weeks.isoWeek(Instant.parse(at))};
    }

    static Object[] customer(String ticket, String id, String at) {
        return message(ticket, id, at, "customer", true);
    }

    static Object[] agent(String ticket, String id, String at) {
        return message(ticket, id, at, "agent", true);
    }

    static Object[] privateNote(String ticket, String id, String at) {
        return message(ticket, id, at, "agent", false);
    }

    static Object[] system(String ticket, String id, String at) {
        return message(ticket, id, at, "system", true);
    }

    static Dataset<Row> messages(Object[]... rows) {
        return SparkTests.rows(Messages.SCHEMA, rows);
    }

    static Object[] ticket(String id, String channel, String createdAt, String status, String solvedAt) {
        return new Object[] {id, channel, at(createdAt), null, "subject", "requester", null, "billing", null,
                List.of(), status, solvedAt == null ? null : at(solvedAt), null, "canonical-csv", "tickets.csv", 1L,
                Weeks.isoWeek(Instant.parse(createdAt))};
    }

    static Dataset<Row> tickets(Object[]... rows) {
        return SparkTests.rows(Tickets.SCHEMA, java.util.Arrays.stream(rows)
                .map(row -> {
                    Object[] copy = row.clone();
                    copy[9] = scala.jdk.javaapi.CollectionConverters.asScala((List<?>) row[9]).toSeq();
                    return copy;
                }).toArray(Object[][]::new));
    }

    static Object[] statusChange(String ticket, String at, String from, String to, long record) {
        return new Object[] {ticket, at(at), TicketEvents.KIND_STATUS, from, to, "zendesk", "audits.json", record,
                Weeks.isoWeek(Instant.parse(at))};
    }

    static Dataset<Row> events(Object[]... rows) {
        return SparkTests.rows(TicketEvents.SCHEMA, rows);
    }

    private Conversations() {
    }
}
