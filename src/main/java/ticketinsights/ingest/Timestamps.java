package ticketinsights.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Timestamps as the exports write them. ISO-8601 with an offset or {@code Z} (canonical CSV,
 * Zendesk), the same with a space instead of {@code T} (the GitHub crawl: {@code 2025-07-21
 * 04:00:37+00:00}), and Twitter's {@code Tue Oct 31 22:10:47 +0000 2017}. A time without a zone
 * is refused: guessing the zone would shift every latency by hours.
 */
final class Timestamps {
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HH:MM:ss", "Z")
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter ISO_COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HHMM", "Z")
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter TWITTER = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss xx yyyy", Locale.ROOT);

    /** Thrown with a message fit for the quarantine table. */
    static final class BadTimestamp extends Exception {
        BadTimestamp(String message) {
            super(message);
        }
    }

    /** The instant, or null when {@code text} is null or blank and {@code required} is false. */
    static Instant parse(String field, String text, boolean required) throws BadTimestamp {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new BadTimestamp(field + " is missing");
            }
            return null;
        }
        String value = text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {ISO, ISO_COMPACT_OFFSET, TWITTER}) {
            try {
                return OffsetDateTime.parse(value, format).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next layout
            }
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
            throw new BadTimestamp(field + " '" + value + "' has no time zone (add Z or an offset such as +02:00)");
        }
        throw new BadTimestamp(field + " '" + abbreviate(value) + "' is not a timestamp");
    }

    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    private Timestamps() {
    }
}
