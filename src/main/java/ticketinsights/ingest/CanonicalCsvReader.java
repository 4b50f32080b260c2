package ticketinsights.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import ticketinsights.ingest.IngestRecord.Origin;
import ticketinsights.ingest.Timestamps.BadTimestamp;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.Channel;
import ticketinsights.model.SourceFormat;

/**
 * The project's canonical CSV (README, "Input formats"): {@code tickets.csv}, {@code
 * messages.csv} and optionally {@code ticket_events.csv}, told apart by their header (any file
 * name works). Each row is checked field by field; the first problem found is the quarantine
 * reason.
 */
final class CanonicalCsvReader extends CsvRecordReader {
    static final List<String> TICKET_COLUMNS = List.of("ticket_id", "channel", "created_at", "updated_at", "subject",
            "requester_id", "assignee_id", "group", "priority", "tags", "status", "solved_at", "csat");
    static final List<String> MESSAGE_COLUMNS = List.of("ticket_id", "message_id", "created_at", "author_role",
            "author_id", "is_public", "body");
    static final List<String> EVENT_COLUMNS = List.of("ticket_id", "at", "kind", "from", "to");
    private static final Set<String> ROLES = Set.of(AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.SYSTEM);
    private static final Set<String> EVENT_KINDS = Set.of("status", "assignee", "group");

    private final String kind;

    CanonicalCsvReader(String file, InputStream in) throws IOException {
        super(new Origin(SourceFormat.CANONICAL_CSV.id(), file), in);
        this.kind = kindOf(header());
    }

    /** {@link IngestRecord#TICKET}, {@link IngestRecord#MESSAGE} or {@link IngestRecord#EVENT} by header; null if none. */
    static String kindOf(List<String> header) {
        if (header.contains("message_id") && header.contains("author_role")) {
            return IngestRecord.MESSAGE;
        }
        if (header.contains("ticket_id") && header.contains("channel") && header.contains("created_at")) {
            return IngestRecord.TICKET;
        }
        if (header.contains("ticket_id") && header.contains("at") && header.contains("kind")) {
            return IngestRecord.EVENT;
        }
        return null;
    }

    @Override
    protected boolean stepHeader(ArrayDeque<Row> out) {
        List<String> expected = switch (kind == null ? "" : kind) {
            case IngestRecord.MESSAGE -> MESSAGE_COLUMNS;
            case IngestRecord.TICKET -> TICKET_COLUMNS;
            case IngestRecord.EVENT -> EVENT_COLUMNS;
            default -> null;
        };
        if (expected == null) {
            out.add(IngestRecord.quarantine(origin, 0, String.join(",", header()),
                    "header matches none of the canonical tickets, messages or ticket_events layouts"));
            return false;
        }
        List<String> missing = expected.stream().filter(c -> !header().contains(c)).toList();
        if (!missing.isEmpty()) {
            out.add(IngestRecord.quarantine(origin, 0, String.join(",", header()),
                    "canonical " + kind + " file lacks column(s) " + String.join(", ", missing) + "; the file was not read"));
            return false;
        }
        return true;
    }

    @Override
    protected void convert(CSVRecord record, long number, ArrayDeque<Row> out) {
        try {
            out.add(switch (kind) {
                case IngestRecord.MESSAGE -> message(record, number);
                case IngestRecord.TICKET -> ticket(record, number);
                default -> event(record, number);
            });
        } catch (BadTimestamp | BadField e) {
            out.add(IngestRecord.quarantine(origin, number, raw(record), e.getMessage()));
        }
    }

    private Row message(CSVRecord r, long n) throws BadTimestamp, BadField {
        String role = lower(value(r, "author_role"));
        if (!ROLES.contains(role)) {
            throw new BadField("author_role '" + role + "' is not customer, agent or system");
        }
        return IngestRecord.of(IngestRecord.MESSAGE, origin, n)
                .set(IngestRecord.TICKET_ID, required(r, "ticket_id"))
                .set(IngestRecord.MESSAGE_ID, required(r, "message_id"))
                .time(IngestRecord.CREATED_AT, Timestamps.parse("created_at", value(r, "created_at"), true))
                .set(IngestRecord.AUTHOR_ROLE, role)
                .set(IngestRecord.AUTHOR_ID, value(r, "author_id"))
                .set(IngestRecord.IS_PUBLIC, bool(r, "is_public"))
                .set(IngestRecord.BODY, value(r, "body"))
                .row();
    }

    private Row ticket(CSVRecord r, long n) throws BadTimestamp, BadField {
        String channel = lower(value(r, "channel"));
        if (!Channel.ALL.contains(channel)) {
            throw new BadField("channel '" + channel + "' is not one of " + String.join(", ", Channel.ALL));
        }
        String csat = lower(value(r, "csat"));
        if (csat != null && !csat.equals("good") && !csat.equals("bad")) {
            throw new BadField("csat '" + csat + "' is not good, bad or empty");
        }
        Instant updated = Timestamps.parse("updated_at", value(r, "updated_at"), false);
        String tags = value(r, "tags");
        return IngestRecord.of(IngestRecord.TICKET, origin, n)
                .set(IngestRecord.TICKET_ID, required(r, "ticket_id"))
                .set(IngestRecord.CHANNEL, channel)
                .time(IngestRecord.CREATED_AT, Timestamps.parse("created_at", value(r, "created_at"), true))
                .time(IngestRecord.UPDATED_AT, updated)
                .time(IngestRecord.VERSION_AT, updated)
                .set(IngestRecord.SUBJECT, value(r, "subject"))
                .set(IngestRecord.REQUESTER_ID, value(r, "requester_id"))
                .set(IngestRecord.ASSIGNEE_ID, value(r, "assignee_id"))
                .set(IngestRecord.GROUP, value(r, "group"))
                .set(IngestRecord.PRIORITY, lower(value(r, "priority")))
                .tags(tags == null ? List.of() : Arrays.stream(tags.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList())
                .set(IngestRecord.STATUS, lower(value(r, "status")))
                .time(IngestRecord.SOLVED_AT, Timestamps.parse("solved_at", value(r, "solved_at"), false))
                .set(IngestRecord.CSAT, csat)
                .row();
    }

    private Row event(CSVRecord r, long n) throws BadTimestamp, BadField {
        String kind = lower(value(r, "kind"));
        if (!EVENT_KINDS.contains(kind)) {
            throw new BadField("kind '" + kind + "' is not status, assignee or group");
        }
        return IngestRecord.of(IngestRecord.EVENT, origin, n)
                .set(IngestRecord.TICKET_ID, required(r, "ticket_id"))
                .time(IngestRecord.CREATED_AT, Timestamps.parse("at", value(r, "at"), true))
                .set(IngestRecord.EVENT_KIND, kind)
                .set(IngestRecord.FROM, value(r, "from"))
                .set(IngestRecord.TO, value(r, "to"))
                .row();
    }

    private String required(CSVRecord r, String column) throws BadField {
        String value = value(r, column);
        if (value == null || value.isBlank()) {
            throw new BadField(column + " is empty");
        }
        return value.strip();
    }

    private boolean bool(CSVRecord r, String column) throws BadField {
        String value = lower(value(r, column));
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw new BadField(column + " '" + value + "' is not true or false");
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

}
