package ticketinsights.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import ticketinsights.testing.SparkTests;

class WeeklyRollupTest {
    /** A ticket_latency row with the fields the rollup reads; the rest null or false. */
    private static Object[] ticket(String id, String week, String channel, String group, Double firstReply,
            Double firstReplyBusiness, boolean unanswered, long replies, boolean solved, Long reopens, boolean oneTouch,
            Boolean breached) {
        return new Object[] {id, channel, group, Conversations.at("2024-01-08T09:00:00Z"), null, firstReply,
                firstReplyBusiness, unanswered, replies, 1L, solved, null, null, null, null, reopens, null, oneTouch,
                1440.0, "business", breached, week};
    }

    private static Object[] waitRow(String id, String week, String channel, String group, double minutes,
            double businessMinutes, String kind, boolean open, Boolean breached) {
        return new Object[] {id, channel, group, Conversations.at("2024-01-08T09:00:00Z"), null, minutes, businessMinutes,
                kind, open, 1440.0, "business", breached, 1L, week};
    }

    @Test
    void weeksChannelsAndGroupsRollUpToAllWithRatesOverTheirOwnDenominators() {
        Dataset<Row> tickets = SparkTests.rows(TicketLatency.SCHEMA,
                ticket("a", "2024-W02", "email", "billing", 10.0, 5.0, false, 1, true, 0L, true, false),
                ticket("b", "2024-W02", "email", "billing", 30.0, 30.0, false, 2, true, 1L, false, true),
                ticket("c", "2024-W02", "chat", null, null, null, true, 0, false, null, false, true),
                ticket("d", "2024-W03", "email", "billing", 20.0, 20.0, false, 1, false, 0L, false, false));
        Dataset<Row> waits = SparkTests.rows(ReplyWaits.SCHEMA,
                waitRow("a", "2024-W02", "email", "billing", 10, 5, "first", false, false),
                waitRow("b", "2024-W02", "email", "billing", 30, 30, "first", false, true),
                waitRow("c", "2024-W02", "chat", null, 100, 100, "first", true, true),
                waitRow("b", "2024-W03", "email", "billing", 15, 15, "next", false, false),
                waitRow("d", "2024-W03", "email", "billing", 20, 20, "first", false, false),
                // A wait in a week without new tickets (its ticket is older than the data).
                waitRow("x", "2024-W04", "chat", null, 5, 5, "next", false, null));
        Map<String, Row> weekly = WeeklyRollup.of(tickets, waits, 1000).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("week") + "|" + r.getAs("channel") + "|" + r.getAs("group"),
                        Function.identity()));
        // W02: email/billing, chat/null, email/all, chat/all, all/billing, all/null, all/all;
        // W03: email/billing, email/all, all/billing, all/all; W04: chat/null, chat/all, all/null, all/all.
        // No grand total without a week.
        assertEquals(15, weekly.size(), weekly.keySet().toString());

        Row billing = weekly.get("2024-W02|email|billing");
        // a and b: first replies 10 and 30 → mean 20, p50 10 (the lower of two), p90 and p95 30.
        assertEquals(Map.of("tickets", 2L, "replies", 3L, "mean", 20.0, "p50", 10.0, "p90", 30.0, "p95", 30.0),
                Map.of("tickets", billing.getAs("tickets"), "replies", billing.getAs("replies"),
                        "mean", billing.getAs("first_reply_mean_minutes"), "p50", billing.getAs("first_reply_p50_minutes"),
                        "p90", billing.getAs("first_reply_p90_minutes"), "p95", billing.getAs("first_reply_p95_minutes")));
        assertEquals(17.5, billing.<Double>getAs("first_reply_business_mean_minutes"));
        // Both solved, one of them one-touch; one of two known histories has a reopen; one of two first replies breached.
        assertEquals(0.5, billing.<Double>getAs("one_touch_rate"));
        assertEquals(0.5, billing.<Double>getAs("reopen_rate"));
        assertEquals(0.5, billing.<Double>getAs("first_reply_breach_rate"));
        assertEquals(0.0, billing.<Double>getAs("unanswered_share"));
        // Waits started in W02 for billing: 10 and 30 → mean 20; one of two breached.
        assertEquals(2L, billing.<Long>getAs("waits"));
        assertEquals(20.0, billing.<Double>getAs("wait_mean_minutes"));
        assertEquals(0.5, billing.<Double>getAs("breach_rate"));
        assertEquals(1000, billing.<Integer>getAs("percentile_accuracy"));
        assertSameFiguresAs(billing, weekly.get("2024-W02|email|all"));
        assertSameFiguresAs(billing, weekly.get("2024-W02|all|billing"));

        Row chat = weekly.get("2024-W02|chat|null");
        // c: unanswered, not solved, history unknown; its open wait counts for breaches but not for wait percentiles.
        assertNull(chat.getAs("first_reply_mean_minutes"));
        assertEquals(1.0, chat.<Double>getAs("unanswered_share"));
        assertNull(chat.getAs("one_touch_rate"));
        assertNull(chat.getAs("reopen_rate"));
        assertEquals(1L, chat.<Long>getAs("open_waits"));
        assertNull(chat.getAs("wait_p50_minutes"));
        assertEquals(1.0, chat.<Double>getAs("breach_rate"));

        Row all = weekly.get("2024-W02|all|all");
        // Three tickets: 1 of 3 with a customer message unanswered; 2 of 3 first replies breached; 2 of 3 waits breached.
        assertEquals(3L, all.<Long>getAs("tickets"));
        assertEquals(1.0 / 3, all.<Double>getAs("unanswered_share"), 1e-12);
        assertEquals(2.0 / 3, all.<Double>getAs("first_reply_breach_rate"), 1e-12);
        assertEquals(2.0 / 3, all.<Double>getAs("breach_rate"), 1e-12);
        assertEquals(20.0, all.<Double>getAs("wait_mean_minutes"));

        Row w03 = weekly.get("2024-W03|email|billing");
        // d created in W03; waits 15 (b's next) and 20 (d's first) started in W03 → mean 17.5, p50 15.
        assertEquals(1L, w03.<Long>getAs("tickets"));
        assertEquals(17.5, w03.<Double>getAs("wait_mean_minutes"));
        assertEquals(15.0, w03.<Double>getAs("wait_p50_minutes"));
        assertEquals(0.0, w03.<Double>getAs("reopen_rate"));

        Row w04 = weekly.get("2024-W04|chat|null");
        assertEquals(0L, w04.<Long>getAs("tickets"));
        assertEquals(1L, w04.<Long>getAs("waits"));
        assertEquals(5.0, w04.<Double>getAs("wait_p95_minutes"));
        assertNull(w04.getAs("breach_rate"), "no wait with a verdict");
        assertNull(w04.getAs("unanswered_share"));
    }

    /**
     * A roll-up equal to email/billing in every figure (billing is email's only group, and email
     * billing's only channel), under the label all in the rolled-up key.
     */
    private static void assertSameFiguresAs(Row billing, Row rolledUp) {
        assertTrue("all".equals(rolledUp.getAs("group")) || "all".equals(rolledUp.getAs("channel")));
        for (String column : billing.schema().fieldNames()) {
            if (!column.equals("group") && !column.equals("channel")) {
                assertEquals((Object) billing.getAs(column), rolledUp.getAs(column), column);
            }
        }
    }
}
