package ticketinsights.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ticketinsights.latency.Conversations.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The rules of issue 3, each on a tiny conversation whose expected numbers are worked out by hand. */
class LatencyMetricsTest {
    private static final LatencyConfig DEFAULTS = LatencyConfig.defaults();

    /** Both tables of one run, collected once: tickets by id, each ticket's waits in start order. */
    private record Result(Map<String, Row> tickets, Map<String, List<Row>> waits) {
        Row ticket(String id) {
            return tickets.get(id);
        }

        List<Row> waitsOf(String id) {
            return waits.getOrDefault(id, List.of());
        }
    }

    private static Result compute(LatencyConfig config, String asOf, Dataset<Row> messages, Dataset<Row> tickets,
            Dataset<Row> events) {
        try (LatencyMetrics m = new LatencyMetrics(config, Instant.parse(asOf), messages, tickets, Optional.ofNullable(events))) {
            Map<String, List<Row>> waits = m.replyWaits().orderBy("ticket_id", "wait_started_at").collectAsList().stream()
                    .collect(Collectors.groupingBy(row -> row.<String>getAs("ticket_id")));
            Map<String, Row> byTicket = m.ticketLatency().collectAsList().stream()
                    .collect(Collectors.toMap(row -> row.<String>getAs("ticket_id"), Function.identity()));
            return new Result(byTicket, waits);
        }
    }

    private static Dataset<Row> emailTickets(String... ids) {
        return tickets(java.util.Arrays.stream(ids)
                .map(id -> ticket(id, "email", "2024-01-08T08:00:00Z", "open", null)).toArray(Object[][]::new));
    }

    @Test
    void onlyPublicAgentMessagesAreReplies() {
        Dataset<Row> messages = messages(
                customer("t1", "m1", "2024-01-08T09:00:00Z"),
                privateNote("t1", "m2", "2024-01-08T09:02:00Z"),
                system("t1", "m3", "2024-01-08T09:03:00Z"),
                agent("t1", "m4", "2024-01-08T09:07:00Z"));
        Result m = compute(DEFAULTS, "2024-01-08T12:00:00Z", messages, emailTickets("t1"), null);
        Row t1 = m.ticket("t1");
        // The note at 09:02 and the bot at 09:03 do not count: the reply is the public one at 09:07.
        assertEquals(7.0, t1.<Double>getAs("first_reply_minutes"));
        assertEquals(7.0, t1.<Double>getAs("first_reply_business_minutes"));
        assertEquals(at("2024-01-08T09:07:00Z"), t1.getAs("first_reply_at"));
        assertEquals(1L, t1.<Long>getAs("agent_replies"));
        assertEquals(1L, t1.<Long>getAs("customer_messages"));
        assertFalse(t1.<Boolean>getAs("unanswered"));
    }

    @Test
    void anOutboundTicketsFirstReplyRunsFromTheFirstCustomerMessage() {
        Dataset<Row> messages = messages(
                agent("out", "m1", "2024-01-08T09:00:00Z"),
                customer("out", "m2", "2024-01-08T10:00:00Z"),
                agent("out", "m3", "2024-01-08T10:30:00Z"),
                agent("silent", "m4", "2024-01-08T09:00:00Z"),
                agent("ignored", "m5", "2024-01-08T09:00:00Z"),
                customer("ignored", "m6", "2024-01-08T09:10:00Z"));
        Result m = compute(DEFAULTS, "2024-01-08T12:00:00Z", messages, emailTickets("out", "silent", "ignored"), null);
        Map<String, Row> tickets = m.tickets();
        // Agent opened at 09:00; customer wrote 10:00; next agent message 10:30 → 30 minutes.
        assertEquals(30.0, tickets.get("out").<Double>getAs("first_reply_minutes"));
        assertEquals(2L, tickets.get("out").<Long>getAs("agent_replies"));
        // No customer message: no first reply, and nothing is unanswered.
        assertNull(tickets.get("silent").getAs("first_reply_minutes"));
        assertFalse(tickets.get("silent").<Boolean>getAs("unanswered"));
        assertNull(tickets.get("silent").getAs("first_reply_breached"));
        // The customer answered the outbound message and nobody replied: unanswered, first reply null.
        assertNull(tickets.get("ignored").getAs("first_reply_minutes"));
        assertTrue(tickets.get("ignored").<Boolean>getAs("unanswered"));
    }

    @Test
    void consecutiveCustomerMessagesFormOneWaitFromTheFirstOfThem() {
        Dataset<Row> messages = messages(
                customer("t1", "m1", "2024-01-08T09:00:00Z"),
                customer("t1", "m2", "2024-01-08T09:05:00Z"),
                agent("t1", "m3", "2024-01-08T09:20:00Z"),
                agent("t1", "m4", "2024-01-08T09:25:00Z"),
                customer("t1", "m5", "2024-01-08T10:00:00Z"),
                customer("t1", "m6", "2024-01-08T10:01:00Z"),
                agent("t1", "m7", "2024-01-08T10:10:00Z"),
                customer("t1", "m8", "2024-01-08T11:00:00Z"));
        Result m = compute(DEFAULTS, "2024-01-08T12:00:00Z", messages, emailTickets("t1"), null);
        List<Row> waits = m.waitsOf("t1");
        assertEquals(3, waits.size());
        // 09:00 (two messages) → 09:20 = 20 min, first; 10:00 → 10:10 = 10 min, next; 11:00 open, 60 min old at 12:00.
        assertEquals(List.of("first", 20.0, 2L, false), List.of(waits.get(0).getAs("kind"),
                waits.get(0).getAs("wait_minutes"), waits.get(0).getAs("customer_messages"), waits.get(0).getAs("open")));
        assertEquals(List.of("next", 10.0, 2L, false), List.of(waits.get(1).getAs("kind"),
                waits.get(1).getAs("wait_minutes"), waits.get(1).getAs("customer_messages"), waits.get(1).getAs("open")));
        assertEquals(List.of("next", 60.0, 1L, true), List.of(waits.get(2).getAs("kind"),
                waits.get(2).getAs("wait_minutes"), waits.get(2).getAs("customer_messages"), waits.get(2).getAs("open")));
        assertNull(waits.get(2).getAs("answered_at"));
        Row t1 = m.ticket("t1");
        assertEquals(20.0, t1.<Double>getAs("first_reply_minutes"));
        assertEquals(3L, t1.<Long>getAs("agent_replies"));
        assertEquals(5L, t1.<Long>getAs("customer_messages"));
    }

    @Test
    void shuffledInputEqualTimestampsAndDuplicatesGiveTheSameTables() {
        List<Object[]> clean = List.of(
                customer("t1", "m1", "2024-01-08T09:00:00Z"),
                agent("t1", "m2", "2024-01-08T09:00:00Z"),   // same second: ordered after m1 by message_id
                customer("t1", "m3", "2024-01-08T09:30:00Z"),
                customer("t1", "m4", "2024-01-08T09:30:00Z"),
                agent("t1", "m5", "2024-01-08T09:45:00Z"),
                customer("t2", "n1", "2024-01-08T10:00:00Z"),
                agent("t2", "n2", "2024-01-08T10:05:00Z"));
        List<Object[]> messy = new ArrayList<>(clean);
        messy.add(clean.get(1));
        messy.add(clean.get(3));
        messy.add(clean.get(5));
        Collections.shuffle(messy, new Random(7));
        Dataset<Row> tickets = emailTickets("t1", "t2");
        Result expected = compute(DEFAULTS, "2024-01-08T12:00:00Z", messages(clean.toArray(Object[][]::new)), tickets, null);
        Result actual = compute(DEFAULTS, "2024-01-08T12:00:00Z", messages(messy.toArray(Object[][]::new)).repartition(3), tickets, null);
        assertEquals(expected.tickets(), actual.tickets());
        assertEquals(expected.waits(), actual.waits());
        Row t1 = actual.ticket("t1");
        // m1 and m2 share 09:00:00; the total order (created_at, message_id) puts the reply after the question.
        assertEquals(0.0, t1.<Double>getAs("first_reply_minutes"));
        assertEquals(2L, t1.<Long>getAs("agent_replies"));
        assertEquals(3L, t1.<Long>getAs("customer_messages"));
        assertEquals(15.0, actual.waitsOf("t1").get(1).<Double>getAs("wait_minutes"));
    }

    @Test
    void slaTargetsComeFromTheConfigPerChannelAndKindAndOpenWaitsPastTheirTargetBreach() {
        LatencyConfig config = LatencyConfig.parse("""
                sla:
                  chat: { first: { minutes: 1, clock: calendar }, next: { minutes: 5, clock: calendar } }
                """);
        Dataset<Row> messages = messages(
                customer("chat1", "a1", "2024-01-08T09:00:00Z"),
                agent("chat1", "a2", "2024-01-08T09:00:50Z"),   // 50 s ≤ 1 min: met
                customer("chat1", "a3", "2024-01-08T09:10:00Z"),
                agent("chat1", "a4", "2024-01-08T09:16:00Z"),   // 6 min > 5 min next target: breached
                customer("mail1", "b1", "2024-01-05T17:00:00Z"), // Friday 17:00, open until as-of
                customer("mail2", "c1", "2024-01-03T09:00:00Z"), // Wednesday 09:00, open until as-of
                customer("soc1", "d1", "2024-01-08T11:55:00Z"));  // 5 min old at as-of, target 10
        Dataset<Row> tickets = tickets(
                ticket("chat1", "chat", "2024-01-08T09:00:00Z", "open", null),
                ticket("mail1", "email", "2024-01-05T17:00:00Z", "open", null),
                ticket("mail2", "email", "2024-01-03T09:00:00Z", "open", null),
                ticket("soc1", "social", "2024-01-08T11:55:00Z", "open", null));
        Result m = compute(config, "2024-01-08T12:00:00Z", messages, tickets, null);
        List<Row> chat = m.waitsOf("chat1");
        assertEquals(List.of(1.0, "calendar", false), List.of(chat.get(0).getAs("sla_target_minutes"),
                chat.get(0).getAs("sla_clock"), chat.get(0).getAs("breached")));
        assertEquals(List.of(5.0, true), List.of(chat.get(1).getAs("sla_target_minutes"), chat.get(1).getAs("breached")));
        Map<String, Row> t = m.tickets();
        // mail1: Fri 17:00 → Mon 12:00 = 60 (Fri) + 180 (Mon 09–12) = 240 business minutes < 1440: open, not breached.
        assertEquals(240.0, m.waitsOf("mail1").get(0).<Double>getAs("wait_business_minutes"));
        assertEquals(Boolean.FALSE, t.get("mail1").getAs("first_reply_breached"));
        assertEquals(1440.0, t.get("mail1").<Double>getAs("first_reply_sla_target_minutes"));
        assertEquals("business", t.get("mail1").getAs("first_reply_sla_clock"));
        // mail2: Wed 09:00 → Mon 12:00 = 540 × 3 (Wed, Thu, Fri) + 180 = 1800 > 1440: an open breach.
        assertEquals(1800.0, m.waitsOf("mail2").get(0).<Double>getAs("wait_business_minutes"));
        assertEquals(Boolean.TRUE, t.get("mail2").getAs("first_reply_breached"));
        assertTrue(t.get("mail2").<Boolean>getAs("unanswered"));
        // soc1: default social target 10 calendar minutes, 5 minutes old: not (yet) breached.
        assertEquals(List.of(10.0, 5.0, false), List.of(t.get("soc1").getAs("first_reply_sla_target_minutes"),
                m.waitsOf("soc1").get(0).getAs("wait_minutes"), t.get("soc1").getAs("first_reply_breached")));
        // The same social wait judged an hour later is a breach.
        Result later = compute(config, "2024-01-08T13:00:00Z", messages, tickets, null);
        assertEquals(Boolean.TRUE, later.ticket("soc1").getAs("first_reply_breached"));
    }

    @Test
    void resolutionAndReopensComeFromStatusEventsWhenPresentElseFromStatusAndSolvedAt() {
        Dataset<Row> messages = messages(
                customer("ev", "m1", "2024-01-08T09:00:00Z"),
                agent("ev", "m2", "2024-01-08T09:10:00Z"),
                customer("st", "m3", "2024-01-08T09:00:00Z"),
                agent("st", "m4", "2024-01-08T09:10:00Z"),
                customer("re", "m5", "2024-01-08T09:00:00Z"),
                agent("re", "m6", "2024-01-08T09:10:00Z"),
                agent("re", "m7", "2024-01-08T09:20:00Z"));
        Dataset<Row> tickets = tickets(
                // The ticket row says open, but the events win for "ev".
                ticket("ev", "email", "2024-01-08T09:00:00Z", "open", null),
                ticket("st", "email", "2024-01-08T09:00:00Z", "solved", "2024-01-08T11:00:00Z"),
                ticket("re", "email", "2024-01-08T09:00:00Z", "solved", "2024-01-08T10:00:00Z"));
        Dataset<Row> events = events(
                statusChange("ev", "2024-01-08T09:10:00Z", "new", "open", 1),
                statusChange("ev", "2024-01-08T10:00:00Z", "open", "solved", 2),
                statusChange("ev", "2024-01-08T10:30:00Z", "solved", "open", 3),
                statusChange("ev", "2024-01-08T12:00:00Z", "open", "solved", 4),
                statusChange("ev", "2024-01-08T13:00:00Z", "solved", "closed", 5),
                statusChange("re", "2024-01-08T10:00:00Z", "open", "solved", 6),
                statusChange("re", "2024-01-08T11:00:00Z", "solved", "open", 7));
        Result m = compute(DEFAULTS, "2024-01-08T14:00:00Z", messages, tickets, events);
        Map<String, Row> t = m.tickets();
        // ev: created 09:00, first solve 10:00 (60), reopened 10:30, solved again 12:00 (180); solved → closed is no new solve.
        assertEquals(List.of(60.0, 180.0, 1L, true, "events"), List.of(t.get("ev").getAs("first_resolution_minutes"),
                t.get("ev").getAs("full_resolution_minutes"), t.get("ev").getAs("reopens"), t.get("ev").getAs("solved"),
                t.get("ev").getAs("resolution_source")));
        assertEquals(180.0, t.get("ev").<Double>getAs("full_resolution_business_minutes"));
        assertTrue(t.get("ev").<Boolean>getAs("one_touch"), "solved with one agent reply");
        // st: no events, so status solved and solved_at 11:00 give both resolutions; reopens unknown.
        assertEquals(List.of(120.0, 120.0, "status", true), List.of(t.get("st").getAs("first_resolution_minutes"),
                t.get("st").getAs("full_resolution_minutes"), t.get("st").getAs("resolution_source"), t.get("st").getAs("solved")));
        assertNull(t.get("st").getAs("reopens"));
        // re: the events say it was reopened at 11:00 and is open now (the stale ticket row says solved).
        assertEquals(60.0, t.get("re").<Double>getAs("first_resolution_minutes"));
        assertNull(t.get("re").getAs("full_resolution_minutes"));
        assertEquals(List.of(1L, false, false), List.of(t.get("re").getAs("reopens"), t.get("re").getAs("solved"),
                t.get("re").getAs("one_touch")));
    }
}
