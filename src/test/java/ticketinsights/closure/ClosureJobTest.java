package ticketinsights.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ticketinsights.model.Messages;
import ticketinsights.model.TicketEvents;
import ticketinsights.model.Tickets;
import ticketinsights.testing.SparkTests;

/**
 * Every ticket rule on a hand-made conversation, all in ISO week 2026-W02 (Monday 5 January),
 * with the plain lemmatiser so no CoreNLP model loads.
 */
class ClosureJobTest {
    private static final String WEEK = "2026-W02";
    private static final List<Object[]> TICKETS = new ArrayList<>();
    private static final List<Object[]> MESSAGES = new ArrayList<>();
    private static Map<String, Row> closure;
    private static List<Row> cues;
    private static List<Row> phrasing;
    private static List<Row> weeklyPhrasing;
    private static Row allWeek;

    private static Timestamp at(String dayAndTime) {
        return Timestamp.from(Instant.parse("2026-01-" + dayAndTime + ":00Z"));
    }

    private static void ticket(String id, String group, String status, String solvedAt, String csat) {
        TICKETS.add(new Object[] {id, "email", at("05T08:00"), null, null, "cust-" + id, null, group, null, List.of(),
                status, solvedAt == null ? null : at(solvedAt), csat, "canonical-csv", "t.csv", 1L, WEEK});
    }

    private static void message(String ticket, String id, String role, String when, String body) {
        messageBy(ticket, id, role, role + "-1", when, body);
    }

    private static void messageBy(String ticket, String id, String role, String author, String when, String body) {
        MESSAGES.add(new Object[] {ticket, id, at(when), role, author, "email", true, body, "canonical-csv", "m.csv",
                1L, WEEK});
    }

    @BeforeAll
    static void runTheJob() {
        // T1: notice, then "works now" → confirmed by reply; one agent reply → one-touch.
        ticket("T1", "billing", "solved", "05T12:00", null);
        message("T1", "1a", "customer", "05T09:00", "My card was charged twice.");
        message("T1", "1b", "agent", "05T10:00", "The duplicate charge has been refunded.");
        message("T1", "1c", "customer", "05T11:00", "Works now, thanks!");
        // T2: the customer's "works now" came before the notice → not a confirmation.
        ticket("T2", "billing", "solved", "05T10:05", null);
        message("T2", "2a", "customer", "05T09:00", "It works now, thanks");
        message("T2", "2b", "agent", "05T10:00", "This has been fixed.");
        // T3: no words of thanks, but a good rating → confirmed by CSAT; notice = last reply before solve.
        ticket("T3", "billing", "solved", "05T10:00", "good");
        message("T3", "3a", "customer", "05T09:00", "The password reset link does not arrive");
        message("T3", "3b", "agent", "05T09:30", "I have sent a new link.");
        // T4: a follow-up 25 h after the unanswered first message (rule), then "any update?" (words).
        ticket("T4", "billing", "open", null, null);
        message("T4", "4a", "customer", "05T09:00", "My invoice is wrong");
        message("T4", "4b", "customer", "06T10:00", "I wrote yesterday about the invoice.");
        message("T4", "4c", "customer", "06T11:00", "Any update?");
        // T5: solved, then the status went back to open → reopened by status.
        ticket("T5", "billing", "open", "05T10:00", null);
        message("T5", "5a", "customer", "05T09:00", "Printer offline");
        message("T5", "5b", "agent", "05T09:30", "Restart it please.");
        // T6: the customer leaves on a negative note (lexicon) and nobody answers → silent departure.
        ticket("T6", "tech", "open", null, null);
        message("T6", "6a", "customer", "05T09:00", "Where is my order");
        message("T6", "6b", "agent", "05T09:30", "Please DM us.");
        message("T6", "6c", "customer", "05T10:00", "This is ridiculous, worst service ever.");
        // T7: the last message reads neutral but sentiment classed it very negative → silent departure by sentiment.
        ticket("T7", "tech", "open", null, null);
        message("T7", "7a", "customer", "05T09:00", "The app logs me out.");
        message("T7", "7b", "agent", "05T09:10", "Try reinstalling.");
        message("T7", "7c", "customer", "05T09:20", "I reinstalled it.");
        // T8: negative, but a later notice closed the circle and asked for confirmation → not silent.
        ticket("T8", "tech", "solved", "05T10:00", null);
        message("T8", "8a", "customer", "05T09:00", "Awful experience with the courier.");
        message("T8", "8b", "agent", "05T10:00", "The refund has been processed. Let us know if anything else comes up.");
        // T9: "still not working, thanks" after the notice: no confirmation, reopened by message;
        // two agent replies → not one-touch; rated bad.
        ticket("T9", "tech", "solved", "05T10:00", "bad");
        message("T9", "9a", "customer", "05T09:00", "Cannot log in");
        message("T9", "9b", "agent", "05T09:30", "This has been fixed.");
        message("T9", "9c", "agent", "05T10:30", "Glad to help.");
        message("T9", "9d", "customer", "05T11:00", "Still not working, thanks");
        // T10: another customer joins the thread 26 h later: their own request is new, so no chase.
        ticket("T10", "tech", "open", null, null);
        messageBy("T10", "10a", "customer", "alice", "05T09:00", "The app crashes on start.");
        messageBy("T10", "10b", "customer", "bob", "06T11:00", "Mine does that too.");
        // T11 (phrasing): a bare refusal, a blame, and sorry three times over two agent messages;
        // T12: a refusal with an alternative, one apology → nothing flagged.
        ticket("T11", "tech", "open", null, null);
        message("T11", "11a", "customer", "05T09:00", "Can I move my seat?");
        message("T11", "11b", "agent", "05T09:10", "Sorry, we can't change seats. Sorry!");
        message("T11", "11c", "customer", "05T09:20", "Why not?");
        message("T11", "11d", "agent", "05T09:30", "You should have called us before. Sorry about that.");
        ticket("T12", "billing", "open", null, null);
        message("T12", "12a", "customer", "05T09:00", "Refund my fare");
        message("T12", "12b", "agent", "05T09:10", "Sorry, we can't refund it, but you can use it as a credit.");

        Dataset<Row> tickets = SparkTests.rows(Tickets.SCHEMA, TICKETS.toArray(Object[][]::new));
        Dataset<Row> messages = SparkTests.rows(Messages.SCHEMA, MESSAGES.toArray(Object[][]::new));
        Dataset<Row> events = SparkTests.rows(TicketEvents.SCHEMA,
                new Object[] {"T5", at("05T10:00"), "status", "open", "solved", "zendesk", "a.json", 1L, WEEK},
                new Object[] {"T5", at("05T12:00"), "status", "solved", "open", "zendesk", "a.json", 2L, WEEK});
        StructType sentimentSchema = new StructType().add("message_id", DataTypes.StringType)
                .add("sentiment_class", DataTypes.StringType).add("scored", DataTypes.BooleanType);
        Dataset<Row> sentiment = SparkTests.rows(sentimentSchema,
                new Object[] {"7c", "very_negative", true}, new Object[] {"1c", "positive", true});

        ClosureJob.Tables tables = new ClosureJob(new PlainLemmatiser())
                .compute(messages, tickets, Optional.of(events), Optional.of(sentiment));
        closure = new HashMap<>();
        tables.tickets().collectAsList().forEach(r -> closure.put(r.getAs(TicketClosure.TICKET_ID), r));
        cues = tables.cues().collectAsList();
        phrasing = tables.phrasing().collectAsList();
        weeklyPhrasing = tables.weeklyPhrasing().collectAsList();
        allWeek = tables.weekly().filter(col(WeeklyClosure.CHANNEL).equalTo("all").and(col(WeeklyClosure.GROUP).equalTo("all")))
                .collectAsList().get(0);
    }

    private static Row t(String id) {
        return closure.get(id);
    }

    @Test
    void aConfirmationAfterTheNoticeCountsAsAReply() {
        assertTrue(t("T1").<Boolean>getAs(TicketClosure.CUSTOMER_CONFIRMED));
        assertEquals("reply", t("T1").getAs(TicketClosure.CONFIRMED_BY));
        assertEquals("1c", t("T1").getAs(TicketClosure.CONFIRMATION_MESSAGE_ID));
        assertEquals(at("05T10:00"), t("T1").getAs(TicketClosure.RESOLUTION_NOTICE_AT));
        assertEquals("cue", t("T1").getAs(TicketClosure.RESOLUTION_NOTICE_SOURCE));
        assertTrue(t("T1").<Boolean>getAs(TicketClosure.ONE_TOUCH));
    }

    @Test
    void aConfirmationBeforeTheNoticeDoesNotCount() {
        assertFalse(t("T2").<Boolean>getAs(TicketClosure.CUSTOMER_CONFIRMED));
        assertNull(t("T2").getAs(TicketClosure.CONFIRMED_BY));
        assertTrue(cues.stream().anyMatch(r -> r.getAs(MessageCues.MESSAGE_ID).equals("2a")
                && r.getAs(MessageCues.CUE).equals(Cue.CONFIRMATION)), "the cue is still evidence in message_cues");
    }

    @Test
    void aGoodRatingAloneConfirms() {
        assertTrue(t("T3").<Boolean>getAs(TicketClosure.CUSTOMER_CONFIRMED));
        assertEquals("csat", t("T3").getAs(TicketClosure.CONFIRMED_BY));
        assertEquals("last_reply_before_solve", t("T3").getAs(TicketClosure.RESOLUTION_NOTICE_SOURCE));
        assertEquals(at("05T09:30"), t("T3").getAs(TicketClosure.RESOLUTION_NOTICE_AT));
    }

    @Test
    void aFollowUpAfterALongSilenceIsAChase() {
        assertEquals(2L, t("T4").<Long>getAs(TicketClosure.STATUS_CHASES));
        assertEquals(at("06T10:00"), t("T4").getAs(TicketClosure.FIRST_CHASE_AT));
        Row rule = cues.stream().filter(r -> r.getAs(MessageCues.MESSAGE_ID).equals("4b")).findFirst().orElseThrow();
        assertEquals("rule", rule.getAs(MessageCues.LANGUAGE));
        assertEquals("(unanswered for 25.0 h)", rule.getAs(MessageCues.MATCHED));
        assertFalse(t("T4").<Boolean>getAs(TicketClosure.SOLVED));
    }

    @Test
    void onlyTheSameCustomerWritingAgainChasesByTiming() {
        assertEquals(0L, t("T10").<Long>getAs(TicketClosure.STATUS_CHASES));
    }

    private static List<String> phrasingOf(String message) {
        return phrasing.stream().filter(r -> r.getAs(AgentPhrasing.MESSAGE_ID).equals(message))
                .map(r -> r.<String>getAs(AgentPhrasing.RULE)).sorted().toList();
    }

    @Test
    void agentPhrasingFlagsTheSentenceThatFired() {
        // 11b: "Sorry" twice, 11d once → 3 apologies in T11, so both messages are repeated_apology rows.
        assertEquals(List.of("bare_refusal", "repeated_apology"), phrasingOf("11b"));
        assertEquals(List.of("blames_customer", "repeated_apology"), phrasingOf("11d"));
        assertEquals(List.of(), phrasingOf("12b"), "an alternative follows the refusal; one apology is not three");
        Row refusal = phrasing.stream().filter(r -> r.getAs(AgentPhrasing.RULE).equals("bare_refusal")).findFirst().orElseThrow();
        assertEquals("Sorry, we can't change seats.", refusal.getAs(AgentPhrasing.SENTENCE));
        assertEquals("tech", refusal.getAs(AgentPhrasing.GROUP));
        assertEquals("agent-1", refusal.getAs(AgentPhrasing.AUTHOR_ID));
        assertEquals(7, refusal.<Integer>getAs(AgentPhrasing.SPAN_START), "offset of \"we can't\" in the body");
    }

    @Test
    void weeklyAgentPhrasingCountsPerHundredAgentMessages() {
        // Agent messages in the week: 1b 2b 3b 5b 6b 7b 8b 9b 9c 11b 11d 12b = 12; tech group: 6b 7b 8b 9b 9c 11b 11d = 7.
        Row all = weeklyPhrasing.stream().filter(r -> r.getAs(WeeklyAgentPhrasing.CHANNEL).equals("all")
                && r.getAs(WeeklyAgentPhrasing.GROUP).equals("all") && r.getAs(WeeklyAgentPhrasing.RULE).equals("repeated_apology"))
                .findFirst().orElseThrow();
        assertEquals(12L, all.<Long>getAs(WeeklyAgentPhrasing.AGENT_MESSAGES));
        assertEquals(2L, all.<Long>getAs(WeeklyAgentPhrasing.MESSAGES));
        assertEquals(1L, all.<Long>getAs(WeeklyAgentPhrasing.TICKETS));
        assertEquals(200.0 / 12, all.<Double>getAs(WeeklyAgentPhrasing.RATE_PER_100_AGENT_MESSAGES), 1e-9);
        Row tech = weeklyPhrasing.stream().filter(r -> r.getAs(WeeklyAgentPhrasing.CHANNEL).equals("all")
                && "tech".equals(r.getAs(WeeklyAgentPhrasing.GROUP)) && r.getAs(WeeklyAgentPhrasing.RULE).equals("bare_refusal"))
                .findFirst().orElseThrow();
        assertEquals(7L, tech.<Long>getAs(WeeklyAgentPhrasing.AGENT_MESSAGES));
        assertEquals(100.0 / 7, tech.<Double>getAs(WeeklyAgentPhrasing.RATE_PER_100_AGENT_MESSAGES), 1e-9);
    }

    @Test
    void reopensComeFromStatusOrFromTheCustomer() {
        assertTrue(t("T5").<Boolean>getAs(TicketClosure.REOPENED));
        assertEquals("status", t("T5").getAs(TicketClosure.REOPENED_BY));
        assertTrue(t("T9").<Boolean>getAs(TicketClosure.REOPENED));
        assertEquals("message", t("T9").getAs(TicketClosure.REOPENED_BY));
        assertFalse(t("T9").<Boolean>getAs(TicketClosure.CUSTOMER_CONFIRMED), "still not working, thanks is no confirmation");
        assertFalse(t("T1").<Boolean>getAs(TicketClosure.REOPENED));
    }

    @Test
    void silentDeparturesUseSentimentWhenScoredAndTheLexiconOtherwise() {
        assertTrue(t("T6").<Boolean>getAs(TicketClosure.SILENT_DEPARTURE));
        assertEquals("lexicon", t("T6").getAs(TicketClosure.LAST_MESSAGE_NEGATIVE_BY));
        assertTrue(t("T7").<Boolean>getAs(TicketClosure.SILENT_DEPARTURE));
        assertEquals("sentiment", t("T7").getAs(TicketClosure.LAST_MESSAGE_NEGATIVE_BY));
        assertFalse(t("T8").<Boolean>getAs(TicketClosure.SILENT_DEPARTURE), "the refund notice came after");
        assertTrue(t("T8").<Boolean>getAs(TicketClosure.CONFIRMATION_ASKED));
        assertFalse(t("T1").<Boolean>getAs(TicketClosure.SILENT_DEPARTURE));
    }

    @Test
    void weeklyRatesRollUp() {
        // 12 tickets; solved T1 T2 T3 T5 T8 T9 = 6; confirmed T1 (reply) T3 (csat) = 2;
        // reopened T5 T9 = 2; chased T4 and T6 ("where is my order" asks where things stand) = 2 of 12;
        // silent T6 T7; one-touch 5 (T9 had two replies);
        // ratings good 1 (T3) bad 1 (T9): score 0.5, rating rate 2/6.
        assertEquals(WEEK, allWeek.getAs(WeeklyClosure.WEEK));
        assertEquals(12L, allWeek.<Long>getAs(WeeklyClosure.TICKETS));
        assertEquals(6L, allWeek.<Long>getAs(WeeklyClosure.SOLVED));
        assertEquals(2L, allWeek.<Long>getAs(WeeklyClosure.CONFIRMED));
        assertEquals(2.0 / 6, allWeek.<Double>getAs(WeeklyClosure.CLOSURE_CONFIRMATION_RATE), 1e-9);
        assertEquals(2.0 / 6, allWeek.<Double>getAs(WeeklyClosure.REOPEN_RATE), 1e-9);
        assertEquals(2.0 / 12, allWeek.<Double>getAs(WeeklyClosure.CHASE_RATE), 1e-9);
        assertEquals(2L, allWeek.<Long>getAs(WeeklyClosure.SILENT_DEPARTURES));
        assertEquals(5.0 / 6, allWeek.<Double>getAs(WeeklyClosure.ONE_TOUCH_RATE), 1e-9);
        assertEquals(0.5, allWeek.<Double>getAs(WeeklyClosure.CSAT_SCORE), 1e-9);
        assertEquals(2.0 / 6, allWeek.<Double>getAs(WeeklyClosure.RATING_RATE), 1e-9);
    }
}
