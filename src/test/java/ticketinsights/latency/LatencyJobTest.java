package ticketinsights.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ticketinsights.latency.Conversations.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ticketinsights.jobs.JobSummary;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;
import ticketinsights.testing.SparkTests;

/** The job end to end through the table store: tables, shapes fixed between stages, --config, --as-of. */
class LatencyJobTest {
    @TempDir
    Path out;

    @Test
    void writesTheThreeTablesInTheirFixedShapesJudgedAtTheLatestTimestamp() throws Exception {
        TableStore store = new TableStore(SparkTests.spark(), out.toString());
        store.write(Messages.TABLE, messages(
                customer("t1", "m1", "2024-01-08T09:00:00Z"),
                agent("t1", "m2", "2024-01-08T09:30:00Z"),
                customer("t2", "m3", "2024-01-08T10:00:00Z")), new String[] {Messages.WEEK}, Messages.MESSAGE_ID);
        store.write(Tickets.TABLE, tickets(
                ticket("t1", "chat", "2024-01-08T09:00:00Z", "solved", "2024-01-08T09:40:00Z"),
                ticket("t2", "chat", "2024-01-08T10:00:00Z", "open", null)), new String[] {Tickets.WEEK}, Tickets.TICKET_ID);
        Path config = Files.writeString(out.resolve("latency.yaml"), """
                sla:
                  chat: { first: { minutes: 45, clock: calendar }, next: { minutes: 45, clock: calendar } }
                """);
        PipelineOptions options = new PipelineOptions();
        options.out = out.toString();
        options.config = config.toString();

        JobSummary summary = new LatencyJob().run(SparkTests.spark(), options);

        assertEquals(3, summary.rowsIn());
        assertTrue(summary.detail().contains("as of 2024-01-08T10:00:00Z"), summary.detail());
        assertColumns(store.require(TicketLatency.TABLE, "test"), "ticket_id", "week", "channel", "group", "first_reply_at",
                "first_reply_minutes", "first_reply_business_minutes", "unanswered", "agent_replies", "customer_messages",
                "first_resolution_minutes", "first_resolution_business_minutes", "full_resolution_minutes",
                "full_resolution_business_minutes", "reopens", "one_touch", "first_reply_sla_target_minutes",
                "first_reply_breached");
        assertColumns(store.require(ReplyWaits.TABLE, "test"), "ticket_id", "week", "channel", "group", "wait_started_at",
                "answered_at", "wait_minutes", "wait_business_minutes", "kind", "open", "sla_target_minutes", "breached");
        Dataset<Row> weekly = store.require(WeeklyLatency.TABLE, "test");
        assertColumns(weekly, "week", "channel", "group", "tickets", "replies", "first_reply_mean_minutes",
                "first_reply_p50_minutes", "first_reply_p90_minutes", "first_reply_p95_minutes",
                "first_reply_business_mean_minutes", "first_reply_business_p50_minutes", "first_reply_business_p90_minutes",
                "first_reply_business_p95_minutes", "wait_mean_minutes", "wait_p50_minutes", "wait_p90_minutes",
                "wait_p95_minutes", "wait_business_mean_minutes", "wait_business_p50_minutes", "wait_business_p90_minutes",
                "wait_business_p95_minutes", "breach_rate", "unanswered_share", "one_touch_rate", "reopen_rate",
                "percentile_accuracy");

        // t1: 30 minutes against the file's 45-minute chat target; t2 just started at the as-of time.
        Row all = weekly.where("channel = 'all'").first();
        assertEquals(List.of("2024-W02", 2L, 30.0, 0.0, 0.5, 1.0), List.of(all.getAs("week"), all.getAs("tickets"),
                all.getAs("first_reply_p50_minutes"), all.getAs("breach_rate"), all.getAs("unanswered_share"),
                all.getAs("one_touch_rate")));
        assertEquals(45.0, store.require(TicketLatency.TABLE, "test").where("ticket_id = 't1'").first()
                .<Double>getAs("first_reply_sla_target_minutes"));
    }

    private static void assertColumns(Dataset<Row> table, String... required) {
        List<String> columns = List.of(table.columns());
        for (String column : required) {
            assertTrue(columns.contains(column), column + " missing from " + columns);
        }
    }

    @Test
    void asOfIsTheLatestTimestampOrTheGivenInstant() {
        Dataset<Row> messages = messages(customer("t1", "m1", "2024-01-08T09:00:00Z"));
        Dataset<Row> tickets = tickets(ticket("t1", "email", "2024-01-08T08:00:00Z", "solved", "2024-01-09T10:00:00Z"));
        assertEquals(Instant.parse("2024-01-09T10:00:00Z"), LatencyJob.latestTimestamp(messages, tickets, Optional.empty()));
        assertEquals(Instant.parse("2024-01-09T10:00:00Z"), LatencyJob.parseInstant("2024-01-09T11:00:00+01:00"));
        assertEquals(Instant.parse("2024-01-09T00:00:00Z"), LatencyJob.parseInstant("2024-01-09"));
    }
}
