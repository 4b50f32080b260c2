package ticketinsights.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ticketinsights.jobs.JobSummary;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;
import ticketinsights.testing.SparkTests;
import ticketinsights.text.MessageCleaner;

/**
 * The job end to end on hand-made tickets, with a stand-in model so no CoreNLP model loads:
 * cleaning, language gating, caps, one scoring per distinct sentence with results equal to
 * scoring each message alone, the incremental re-run, and the ticket and weekly figures.
 */
class SentimentJobTest {
    /** Tight caps, so that they bite on m2 (4 sentences, one of 10 words). */
    static final SentenceScorer.Caps CAPS = new SentenceScorer.Caps(3, 6);
    /** Sentences the stand-in model scored. */
    static final AtomicInteger CALLS = new AtomicInteger();

    /**
     * Stand-in model: sentences end at . ! or ?, words at spaces; a sentence with "angry" is 60%
     * very negative, one with "thanks" 80% very positive, anything else neutral; "unparsable"
     * gets no sentiment (as CoreNLP with no tree). Counts its calls.
     */
    static final class FakeModel implements SentimentModel {
        @Override
        public SentenceScorer.SplitText split(String text, SentenceScorer.Caps caps) {
            String[] all = text.split("(?<=[.!?])\\s+");
            List<List<String>> kept = new ArrayList<>();
            int truncated = 0;
            for (String sentence : Arrays.asList(all).subList(0, Math.min(all.length, caps.maxSentences()))) {
                List<String> words = Arrays.asList(sentence.split("\\s+"));
                truncated += words.size() > caps.maxTokens() ? 1 : 0;
                kept.add(words.subList(0, Math.min(words.size(), caps.maxTokens())));
            }
            return new SentenceScorer.SplitText(kept, all.length - kept.size(), truncated);
        }

        @Override
        public SentenceSentiment score(List<String> words) {
            CALLS.incrementAndGet();
            String s = String.join(" ", words);
            if (s.contains("unparsable")) {
                return null;
            }
            double[] p = s.contains("angry") ? new double[] {0.6, 0.3, 0.1, 0, 0}
                    : s.contains("thanks") ? new double[] {0, 0, 0, 0.2, 0.8} : new double[] {0, 0, 1, 0, 0};
            return new SentenceSentiment(p, words.size());
        }
    }

    @TempDir
    static Path out;
    static SparkSession spark;

    @BeforeAll
    static void ingestedTables() {
        spark = SparkTests.spark();
        writeInput(Map.of());
    }

    /** T1, T2 in 2024-W10; T3 in 2024-W11. {@code edits} replaces bodies by message id. */
    static void writeInput(Map<String, String> edits) {
        Object[][] messages = {
                message("T1", "m1", "2024-03-04T09:00:00Z", "customer",
                        "I am angry. The app crashed again.\n\nOn Mon, Mar 4, 2024 at 8:00 AM Support <help@acme.example> wrote:\n> all good now, thanks"),
                message("T1", "m2", "2024-03-04T10:00:00Z", "agent", "Sorry about that. The app crashed again. We restarted "
                        + "the servers for all customers in the region. It is fixed now.\n\n--\nAcme Support"),
                message("T1", "m3", "2024-03-04T11:00:00Z", "customer", "thanks, works now @acme https://acme.example/x"),
                message("T2", "m4", "2024-03-05T09:00:00Z", "customer", "ありがとうございます。でもまだ動きません。"),
                message("T2", "m5", "2024-03-05T10:00:00Z", "customer", "@acme thanks, works now"),
                message("T3", "m6", "2024-03-11T09:00:00Z", "customer", "> only a quoted line\n> and another"),
        };
        for (Object[] m : messages) {
            m[7] = edits.getOrDefault((String) m[1], (String) m[7]);
        }
        TableStore store = new TableStore(spark, out.toString());
        store.write(Messages.TABLE, SparkTests.rows(Messages.SCHEMA, messages), new String[] {Messages.WEEK}, Messages.MESSAGE_ID);
        store.write(Tickets.TABLE, SparkTests.rows(Tickets.SCHEMA,
                        ticket("T1", "email", "billing", "2024-03-04T09:00:00Z"),
                        ticket("T2", "chat", null, "2024-03-05T09:00:00Z"),
                        ticket("T3", "email", "billing", "2024-03-11T09:00:00Z")),
                new String[] {Tickets.WEEK}, Tickets.TICKET_ID);
    }

    private static Object[] message(String ticket, String id, String at, String role, String body) {
        Instant instant = Instant.parse(at);
        return new Object[] {ticket, id, Timestamp.from(instant), role, role + "-1", "email", true, body,
                "canonical-csv", "test.csv", 1L, ticketinsights.model.Weeks.isoWeek(instant)};
    }

    private static Object[] ticket(String id, String channel, String group, String at) {
        Instant instant = Instant.parse(at);
        return new Object[] {id, channel, Timestamp.from(instant), Timestamp.from(instant), "subject", "customer-1", null,
                group, null, List.of(), "solved", null, null, "canonical-csv", "test.csv", 1L,
                ticketinsights.model.Weeks.isoWeek(instant)};
    }

    private static JobSummary runJob() {
        PipelineOptions options = new PipelineOptions();
        options.out = out.toString();
        options.sentimentMaxSentences = CAPS.maxSentences();
        options.sentimentMaxTokens = CAPS.maxTokens();
        CALLS.set(0);
        return new SentimentJob(new FakeModel()).run(spark, options);
    }

    private static Map<String, Row> byKey(String table, String... key) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : new TableStore(spark, out.toString()).require(table, "test").collectAsList()) {
            StringBuilder k = new StringBuilder();
            for (String column : key) {
                k.append(k.length() == 0 ? "" : "/").append((Object) row.getAs(column));
            }
            rows.put(k.toString(), row);
        }
        return rows;
    }

    @Test
    void scoresEachDistinctSentenceOnceAndRerunsScoreNothing() {
        JobSummary first = runJob();
        // Texts: m1, m2 and "thanks, works now" (m3 and m5 clean to the same text): 3, not 4.
        // Sentences: m1 2, m2 3 (the 4th is beyond the cap; "We restarted ..." is cut to 6 words), m3 1 = 6,
        // of which 5 distinct: "The app crashed again." is in m1 and m2.
        assertEquals(5, CALLS.get(), first.line());
        assertTrue(first.detail().contains("split 3 new texts into 6 sentences (1 texts over the 3-sentence cap, "
                + "1 sentences cut at 6 tokens) and scored 5 distinct sentences"), first.detail());
        assertEquals(6, first.rowsOut());
        checkMessages();
        checkEachMessageScoresAsIfScoredAlone();
        checkTickets();
        checkWeekly();
        List<Row> before = sorted(MessageSentiment.TABLE);

        JobSummary second = runJob();
        assertEquals(0, CALLS.get(), "a re-run over unchanged messages scores nothing: " + second.line());
        assertTrue(second.detail().contains("split 0 new texts into 0 sentences"), second.detail());
        assertTrue(second.detail().contains("scored 0 distinct sentences"), second.detail());
        assertTrue(second.detail().contains("6 rows reused"), second.detail());
        assertEquals(before, sorted(MessageSentiment.TABLE));

        writeInput(Map.of("m3", "I am angry again.", "m5", "Sorry, this line is unparsable for the parser."));
        JobSummary third = runJob();
        assertEquals(2, CALLS.get(), "only the edited messages are scored again: " + third.line());
        Map<String, Row> m = byKey(MessageSentiment.TABLE, MessageSentiment.MESSAGE_ID);
        assertEquals(-1, polarity(m.get("m3")));
        assertEquals(MessageSentiment.REASON_EMPTY, m.get("m5").getAs(MessageSentiment.REASON_NOT_SCORED),
                "English, but no sentence got a sentiment");
        checkEachMessageScoresAsIfScoredAlone();
        writeInput(Map.of());
    }

    /**
     * Every row equals what the message gets when it is split, scored and combined on its own,
     * without the job's de-duplication of texts and sentences.
     */
    private static void checkEachMessageScoresAsIfScoredAlone() {
        FakeModel model = new FakeModel();
        Map<String, Row> table = byKey(MessageSentiment.TABLE, MessageSentiment.MESSAGE_ID);
        List<Row> messages = new TableStore(spark, out.toString()).require(Messages.TABLE, "test").collectAsList();
        for (Row message : messages) {
            String cleaned = MessageCleaner.clean(message.getAs(Messages.BODY)).text();
            TextSplitting.Split split = TextSplitting.split(cleaned, model, CAPS);
            List<SentenceSentiment> sentences = split.text().sentences().stream().map(model::score).filter(Objects::nonNull).toList();
            MessageCombining.Outcome alone = MessageCombining.outcome(split, sentences, LearnedCombination.shipped());
            Row row = table.get(message.<String>getAs(Messages.MESSAGE_ID));
            String what = message.getAs(Messages.MESSAGE_ID) + ": " + row;
            assertEquals(alone.language(), row.getAs(MessageSentiment.LANGUAGE), what);
            assertEquals(alone.sentences(), row.<Integer>getAs(MessageSentiment.SENTENCES_SCORED), what);
            assertEquals(alone.sentimentClass() == null ? null : alone.sentimentClass().label(), row.getAs(MessageSentiment.SENTIMENT_CLASS), what);
            assertEquals(alone.score(), row.<Double>getAs(MessageSentiment.SCORE), what);
            assertEquals(alone.scored(), row.<Boolean>getAs(MessageSentiment.SCORED), what);
            assertEquals(alone.reason(), row.getAs(MessageSentiment.REASON_NOT_SCORED), what);
            assertEquals(alone.dropped(), row.<Integer>getAs(MessageSentiment.SENTENCES_DROPPED), what);
            assertEquals(alone.truncated(), row.<Integer>getAs(MessageSentiment.SENTENCES_TRUNCATED), what);
        }
        assertEquals(1, table.get("m2").<Integer>getAs(MessageSentiment.SENTENCES_DROPPED));
        assertEquals(1, table.get("m2").<Integer>getAs(MessageSentiment.SENTENCES_TRUNCATED));
    }

    /** The shipped combination's score of the one-sentence message "thanks, works now". */
    private static double thanksScore() {
        FakeModel model = new FakeModel();
        return LearnedCombination.shipped().combine(List.of(model.score(List.of("thanks,", "works", "now")))).score();
    }

    private static int polarity(Row message) {
        return SentimentClass.valueOf(message.<String>getAs(MessageSentiment.SENTIMENT_CLASS).toUpperCase()).polarity();
    }

    private static List<Row> sorted(String table) {
        Dataset<Row> rows = new TableStore(spark, out.toString()).require(table, "test");
        return rows.orderBy(MessageSentiment.MESSAGE_ID).collectAsList();
    }

    private static void checkMessages() {
        Map<String, Row> m = byKey(MessageSentiment.TABLE, MessageSentiment.MESSAGE_ID);
        Row m1 = m.get("m1");
        assertTrue(m1.<Boolean>getAs(MessageSentiment.SCORED));
        // The quoted "all good now, thanks" was stripped: only "I am angry." and the crash sentence count.
        assertEquals(2, m1.<Integer>getAs(MessageSentiment.SENTENCES_SCORED));
        assertEquals(-1, polarity(m1));
        assertEquals("en", m1.getAs(MessageSentiment.LANGUAGE));
        // "thanks, works now" is one "thanks" sentence once the handle and the link are gone.
        assertEquals(thanksScore(), m.get("m3").<Double>getAs(MessageSentiment.SCORE), 1e-9);
        assertEquals(m.get("m3").<String>getAs(MessageSentiment.TEXT_HASH), m.get("m5").getAs(MessageSentiment.TEXT_HASH));
        assertEquals(1, polarity(m.get("m5")));
        Row m4 = m.get("m4");
        assertFalse(m4.<Boolean>getAs(MessageSentiment.SCORED));
        assertEquals("ja", m4.getAs(MessageSentiment.LANGUAGE));
        assertEquals(MessageSentiment.REASON_LANGUAGE, m4.getAs(MessageSentiment.REASON_NOT_SCORED));
        assertNull(m4.getAs(MessageSentiment.SCORE));
        assertEquals(MessageSentiment.REASON_EMPTY, m.get("m6").getAs(MessageSentiment.REASON_NOT_SCORED));
        assertEquals("2024-W10", m1.getAs(MessageSentiment.WEEK));
    }

    private static void checkTickets() {
        Map<String, Row> t = byKey(TicketSentiment.TABLE, TicketSentiment.TICKET_ID);
        Row t1 = t.get("T1");
        double m1 = t1.<Double>getAs(TicketSentiment.FIRST_CUSTOMER_SCORE);
        assertTrue(m1 < 0);
        assertEquals(thanksScore(), t1.<Double>getAs(TicketSentiment.LAST_CUSTOMER_SCORE), 1e-9);
        assertEquals(thanksScore() - m1, t1.<Double>getAs(TicketSentiment.SHIFT), 1e-9);
        assertEquals(m1, t1.<Double>getAs(TicketSentiment.MIN_CUSTOMER_SCORE), 1e-9);
        assertTrue(t1.<Boolean>getAs(TicketSentiment.NEGATIVE));
        assertTrue(t1.<Boolean>getAs(TicketSentiment.IMPROVED));
        assertEquals(2L, t1.<Long>getAs(TicketSentiment.CUSTOMER_MESSAGES));
        Row t2 = t.get("T2");
        assertEquals(2L, t2.<Long>getAs(TicketSentiment.CUSTOMER_MESSAGES));
        assertEquals(1L, t2.<Long>getAs(TicketSentiment.SCORED_CUSTOMER_MESSAGES));
        assertEquals(0.0, t2.<Double>getAs(TicketSentiment.SHIFT), 1e-9);
        assertFalse(t2.<Boolean>getAs(TicketSentiment.NEGATIVE));
        assertNull(t2.getAs(TicketSentiment.IMPROVED), "one scored message: no shift to judge");
        assertNull(t2.getAs(TicketSentiment.GROUP));
        Row t3 = t.get("T3");
        assertNull(t3.getAs(TicketSentiment.FIRST_CUSTOMER_SCORE));
        assertNull(t3.getAs(TicketSentiment.NEGATIVE));
        assertEquals("2024-W11", t3.getAs(TicketSentiment.WEEK));
    }

    private static void checkWeekly() {
        Map<String, Row> w = byKey(WeeklySentiment.TABLE, WeeklySentiment.WEEK, WeeklySentiment.CHANNEL, WeeklySentiment.GROUP);
        assertEquals(11, w.size(), "W10: email/billing, chat/null, email/all, chat/all, all/billing, all/null, all/all;"
                + " W11: email/billing, email/all, all/billing, all/all. Got " + w.keySet());
        Row all = w.get("2024-W10/all/all");
        assertEquals(2L, all.<Long>getAs(WeeklySentiment.TICKETS));
        assertEquals(4L, all.<Long>getAs(WeeklySentiment.MESSAGES));
        assertEquals(3L, all.<Long>getAs(WeeklySentiment.SCORED_MESSAGES));
        assertEquals(0.75, all.<Double>getAs(WeeklySentiment.SCORED_SHARE), 1e-9);
        assertEquals(0.5, all.<Double>getAs(WeeklySentiment.NEGATIVE_TICKET_SHARE), 1e-9, "T1 negative, T2 not");
        assertEquals(1.0, all.<Double>getAs(WeeklySentiment.IMPROVED_TICKET_SHARE), 1e-9, "only T1 has two scores");
        double m1 = byKey(MessageSentiment.TABLE, MessageSentiment.MESSAGE_ID).get("m1").getAs(MessageSentiment.SCORE);
        assertEquals((m1 + 2 * thanksScore()) / 3, all.<Double>getAs(WeeklySentiment.MEAN_CUSTOMER_SCORE), 1e-9);
        Row chat = w.get("2024-W10/chat/null");
        assertEquals(1L, chat.<Long>getAs(WeeklySentiment.TICKETS));
        Row w11 = w.get("2024-W11/all/all");
        assertEquals(0.0, w11.<Double>getAs(WeeklySentiment.SCORED_SHARE), 1e-9);
        assertNull(w11.getAs(WeeklySentiment.MEAN_CUSTOMER_SCORE));
        assertNull(w11.getAs(WeeklySentiment.NEGATIVE_TICKET_SHARE));
        assertTrue(Arrays.asList(new TableStore(spark, out.toString()).require(WeeklySentiment.TABLE, "test").columns())
                .containsAll(Arrays.asList(WeeklySentiment.SCHEMA.fieldNames())));
        assertTrue(Files.exists(out.resolve("tables").resolve(WeeklySentiment.TABLE)));
    }
}
