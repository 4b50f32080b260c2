package ticketinsights.latency;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An independent recomputation of first reply minutes from the raw twcs CSV, for the proof that
 * the pipeline gets them right. Deliberately uses no project code: plain Java and Commons CSV.
 *
 * <p>Threads are trees of {@code in_response_to_tweet_id}; a thread counts when its root answers
 * nothing and was written by a customer ({@code inbound=True}). Its first reply is the earliest
 * brand tweet after the first customer tweet, tweets ordered by time and then by tweet id as a
 * string (the pipeline's total order: created_at, then message_id). No brand tweet after it:
 * the value is empty (unanswered).
 */
final class TwcsFirstReplies {
    private static final DateTimeFormatter TWITTER_TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

    record Tweet(String id, boolean customer, Instant at, String parent) {
    }

    /** Root tweet id → first reply minutes (empty when no brand tweet followed) for every customer-rooted thread. */
    static Map<String, Optional<Double>> recompute(Path csv) throws IOException {
        return firstReplies(threads(csv));
    }

    /** Root tweet id → the tweets of its thread, for every thread rooted at a customer tweet. */
    static Map<String, List<Tweet>> threads(Path csv) throws IOException {
        // The first column is an unnamed index. Tweet 3399 holds bare carriage returns in an unquoted field; CSV readers end the record there.
        String text = Files.readString(csv, StandardCharsets.UTF_8).replaceAll("\r(?!\n)", " ");
        Map<String, Tweet> tweets = new HashMap<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get().parse(new StringReader(text))) {
            String parent = row.get("in_response_to_tweet_id");
            tweets.put(row.get("tweet_id"), new Tweet(row.get("tweet_id"), row.get("inbound").equals("True"),
                    ZonedDateTime.parse(row.get("created_at"), TWITTER_TIME).toInstant(),
                    parent.isEmpty() ? null : String.valueOf((long) Double.parseDouble(parent))));
        }
        Map<String, List<Tweet>> threads = new HashMap<>();
        for (Tweet tweet : tweets.values()) {
            Tweet top = tweet;
            while (top.parent() != null && tweets.containsKey(top.parent())) {
                top = tweets.get(top.parent());
            }
            if (top.parent() == null && top.customer()) {
                threads.computeIfAbsent(top.id(), id -> new ArrayList<>()).add(tweet);
            }
        }
        return threads;
    }

    static Map<String, Optional<Double>> firstReplies(Map<String, List<Tweet>> threads) {
        Map<String, Optional<Double>> firstReplies = new HashMap<>();
        threads.forEach((root, tweets) -> {
            List<Tweet> thread = new ArrayList<>(tweets);
            thread.sort(Comparator.comparing(Tweet::at).thenComparing(Tweet::id));
            int firstCustomer = 0;
            while (!thread.get(firstCustomer).customer()) {
                firstCustomer++;
            }
            Instant asked = thread.get(firstCustomer).at();
            firstReplies.put(root, thread.subList(firstCustomer, thread.size()).stream().filter(t -> !t.customer()).findFirst()
                    .map(reply -> Duration.between(asked, reply.at()).toSeconds() / 60.0));
        });
        return firstReplies;
    }

    private TwcsFirstReplies() {
    }
}
