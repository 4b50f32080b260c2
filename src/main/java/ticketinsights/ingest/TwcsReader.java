package ticketinsights.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import ticketinsights.ingest.IngestRecord.Origin;
import ticketinsights.ingest.Timestamps.BadTimestamp;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.Channel;
import ticketinsights.model.SourceFormat;

/**
 * The public "Customer Support on Twitter" {@code twcs.csv}: one tweet per row. Each tweet
 * becomes a message whose thread is resolved later ({@link Threads}) from {@code
 * in_response_to_tweet_id}. Quirks of the real file handled here: the unnamed leading index
 * column (ignored), ids written as floats ({@code 3.0}), bare CRs inside unquoted text (see
 * {@link CsvRecordReader}). {@code response_tweet_id} (several ids, comma-separated) is
 * redundant with the parent links and not needed.
 */
final class TwcsReader extends CsvRecordReader {
    static final List<String> REQUIRED = List.of("tweet_id", "author_id", "inbound", "created_at", "text",
            "in_response_to_tweet_id");

    TwcsReader(String file, InputStream in) throws IOException {
        super(new Origin(SourceFormat.TWCS.id(), file), in);
    }

    @Override
    protected boolean stepHeader(ArrayDeque<Row> out) {
        List<String> missing = REQUIRED.stream().filter(c -> !header().contains(c)).toList();
        if (missing.isEmpty()) {
            return true;
        }
        out.add(IngestRecord.quarantine(origin, 0, String.join(",", header()),
                "twcs file lacks column(s) " + String.join(", ", missing) + "; the file was not read"));
        return false;
    }

    @Override
    protected void convert(CSVRecord r, long n, ArrayDeque<Row> out) {
        try {
            String tweet = tweetId("tweet_id", value(r, "tweet_id"));
            if (tweet == null) {
                throw new BadField("tweet_id is empty");
            }
            Instant created = Timestamps.parse("created_at", value(r, "created_at"), true);
            out.add(IngestRecord.of(IngestRecord.MESSAGE, origin, n)
                    .set(IngestRecord.MESSAGE_ID, tweet)
                    .set(IngestRecord.PARENT_ID, tweetId("in_response_to_tweet_id", value(r, "in_response_to_tweet_id")))
                    .time(IngestRecord.CREATED_AT, created)
                    .time(IngestRecord.VERSION_AT, created)
                    .set(IngestRecord.AUTHOR_ROLE, role(value(r, "inbound")))
                    .set(IngestRecord.AUTHOR_ID, value(r, "author_id"))
                    .set(IngestRecord.IS_PUBLIC, true)
                    .set(IngestRecord.CHANNEL, Channel.SOCIAL)
                    .set(IngestRecord.BODY, value(r, "text"))
                    .row());
        } catch (BadField | BadTimestamp e) {
            out.add(IngestRecord.quarantine(origin, n, raw(r), e.getMessage()));
        }
    }

    /** inbound=True is the customer; every other author is a brand's support account. */
    private static String role(String inbound) throws BadField {
        String value = inbound == null ? "" : inbound.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> AuthorRole.CUSTOMER;
            case "false" -> AuthorRole.AGENT;
            default -> throw new BadField("inbound '" + inbound + "' is not True or False");
        };
    }

    /** A tweet id as digits: pandas wrote ids of a column with gaps as floats ({@code 3.0}, {@code 1.19e5}). */
    static String tweetId(String column, String text) throws BadField {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            return value;
        }
        try {
            return new BigDecimal(value).toBigIntegerExact().toString();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadField(column + " '" + Timestamps.abbreviate(value) + "' is not a tweet id");
        }
    }
}
