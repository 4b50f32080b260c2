package ticketinsights.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.model.Weeks;
import ticketinsights.testing.SparkTests;

/**
 * The latency computation alone on the real twcs sample: threads become canonical messages here
 * (tweet id as message id, root tweet id as ticket id, as the ingest is specified to do), and
 * every customer-rooted thread's first reply minutes must equal the independent recomputation.
 * The proof through the real ingest lives on branch latency-twcs-proof (TwcsFirstReplyProofTest).
 */
@Tag("heavy")
class TwcsLatencyTest {
    static final Path SAMPLE = Path.of("..", "shared", "data", "twcs-sample", "twcs_head_5000.csv");

    /** ticket_id → first_reply_minutes (empty when null) of a ticket_latency table. */
    static Map<String, Optional<Double>> firstReplies(Dataset<Row> ticketLatency) {
        Map<String, Optional<Double>> firstReplies = new TreeMap<>();
        for (Row row : ticketLatency.select("ticket_id", "first_reply_minutes").collectAsList()) {
            firstReplies.put(row.getString(0), Optional.ofNullable(row.isNullAt(1) ? null : row.getDouble(1)));
        }
        return firstReplies;
    }

    /** Every recomputed thread is a ticket with exactly the recomputed first reply; lists the first 20 that are not. */
    static void assertSameFirstReplies(Map<String, Optional<Double>> expected, Map<String, Optional<Double>> actual) {
        assertTrue(expected.size() > 500, "customer-rooted threads found: " + expected.size());
        List<String> differences = new ArrayList<>();
        new TreeMap<>(expected).forEach((ticket, minutes) -> {
            if (!minutes.equals(actual.get(ticket))) {
                differences.add(ticket + ": recomputed " + minutes + ", latency " + actual.get(ticket));
            }
        });
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())), differences.size() + " threads differ");
        System.out.printf("twcs sample: %d customer-rooted threads, %d answered, first reply equal on all%n",
                expected.size(), expected.values().stream().filter(Optional::isPresent).count());
    }

    /** The job's default as-of: the latest timestamp in the data. */
    private static Instant latest(Map<String, List<TwcsFirstReplies.Tweet>> threads) {
        return threads.values().stream().flatMap(List::stream).map(TwcsFirstReplies.Tweet::at).max(Instant::compareTo).orElseThrow();
    }

    @Test
    void firstReplyMinutesEqualTheIndependentRecomputationOnEveryCustomerRootedThread() throws Exception {
        assertTrue(Files.isRegularFile(SAMPLE), "the twcs sample is missing: " + SAMPLE.toAbsolutePath());
        Map<String, List<TwcsFirstReplies.Tweet>> threads = TwcsFirstReplies.threads(SAMPLE);
        Map<String, Optional<Double>> expected = TwcsFirstReplies.firstReplies(threads);
        List<Object[]> messages = new ArrayList<>();
        List<Object[]> tickets = new ArrayList<>();
        threads.forEach((root, tweets) -> {
            Instant opened = tweets.stream().map(TwcsFirstReplies.Tweet::at).min(Instant::compareTo).orElseThrow();
            tickets.add(new Object[] {root, "social", Timestamp.from(opened), null, null, null, null, "brand", null,
                    scala.jdk.javaapi.CollectionConverters.asScala(List.<String>of()).toSeq(), null, null, null,
                    "twcs", "twcs.csv", 1L, Weeks.isoWeek(opened)});
            for (TwcsFirstReplies.Tweet tweet : tweets) {
                messages.add(new Object[] {root, tweet.id(), Timestamp.from(tweet.at()), tweet.customer() ? "customer" : "agent",
                        "author", "social", true, "", "twcs", "twcs.csv", 1L, Weeks.isoWeek(tweet.at())});
            }
        });
        Map<String, Optional<Double>> actual;
        try (LatencyMetrics metrics = new LatencyMetrics(LatencyConfig.defaults(), latest(threads),
                SparkTests.rows(Messages.SCHEMA, messages.toArray(Object[][]::new)),
                SparkTests.rows(Tickets.SCHEMA, tickets.toArray(Object[][]::new)), Optional.empty())) {
            actual = firstReplies(metrics.ticketLatency());
        }
        assertSameFirstReplies(expected, actual);
    }
}
