package ticketinsights.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import ticketinsights.ingest.IngestRecord.Origin;
import ticketinsights.ingest.JsonItems.Item;
import ticketinsights.ingest.Timestamps.BadTimestamp;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.Channel;
import ticketinsights.model.SourceFormat;

/**
 * Zendesk exports: tickets (JSON lines with embedded {@code comments}, or {@code {"tickets":
 * [...]}} incremental export pages), ticket comments ({@code {"comments": [...]}}, one file per
 * ticket; the ticket id from each comment's {@code ticket_id} or else from the digits in the file
 * name), audits (status, assignee and group {@code Change} events → ticket_events), users (role
 * → author role) and groups (id → name). Which object is which comes from the name of the array
 * holding it, or, in JSON lines, from its fields.
 *
 * <p>Author roles of comments are settled later, once users and tickets of every file are known
 * ({@link Assembly}): the users file's role when the author is in it, else customer when the
 * author is the requester and agent otherwise. Automations (author -1 or none, via {@code rule}
 * or {@code system}) are system messages.
 */
final class ZendeskReader extends JsonRecordReader {
    private static final Map<String, String> CHANNELS = Map.ofEntries(
            Map.entry("email", Channel.EMAIL), Map.entry("web", Channel.WEB), Map.entry("api", Channel.WEB),
            Map.entry("chat", Channel.CHAT), Map.entry("chat_transcript", Channel.CHAT),
            Map.entry("native_messaging", Channel.CHAT), Map.entry("twitter", Channel.SOCIAL),
            Map.entry("facebook", Channel.SOCIAL), Map.entry("any_channel", Channel.SOCIAL),
            Map.entry("voice", Channel.PHONE));
    private static final Map<String, String> EVENT_FIELDS = Map.of(
            "status", "status", "assignee_id", "assignee", "group_id", "group");
    private static final Pattern DIGITS = Pattern.compile("(\\d+)(?!.*\\d)");

    private final String fileTicketId;

    ZendeskReader(String file, InputStream in) throws IOException {
        super(new Origin(SourceFormat.ZENDESK.id(), file), in);
        Matcher digits = DIGITS.matcher(InputFiles.baseName(file));
        this.fileTicketId = digits.find() ? digits.group(1) : null;
    }

    /** The channel for a Zendesk {@code via.channel}. */
    static String channel(String via) {
        return via == null ? Channel.OTHER : CHANNELS.getOrDefault(via.toLowerCase(Locale.ROOT), Channel.OTHER);
    }

    @Override
    protected void convert(Item item, ArrayDeque<Row> out) throws BadTimestamp, BadField {
        JsonNode node = item.node();
        String kind = item.context() != null ? item.context() : shapeOf(node);
        switch (kind) {
            case "tickets", "results" -> ticket(item, out);
            case "comments" -> out.add(comment(node, text(node, "ticket_id"), item.number(), true, null));
            case "audits" -> audit(item, out);
            case "users" -> out.add(IngestRecord.of(IngestRecord.USER, origin, item.number())
                    .set(IngestRecord.AUTHOR_ID, id(node, "id", "user"))
                    .set(IngestRecord.AUTHOR_ROLE, authorRole(node))
                    .row());
            case "groups" -> out.add(IngestRecord.of(IngestRecord.GROUP_NAME, origin, item.number())
                    .set(IngestRecord.GROUP, id(node, "id", "group"))
                    .set(IngestRecord.NAME, text(node, "name"))
                    .row());
            default -> throw new BadField("JSON object is not a Zendesk ticket, comment, audit, user or group"
                    + (item.context() == null ? "" : " (it sits in an array named '" + item.context() + "')"));
        }
    }

    /** What a JSON-lines object is, from its fields. */
    private static String shapeOf(JsonNode node) {
        if (node.has("events") && node.has("ticket_id")) {
            return "audits";
        }
        if (node.has("via") && (node.has("subject") || node.has("requester_id") || node.has("status"))) {
            return "tickets";
        }
        if (node.has("author_id") && (node.has("body") || node.has("plain_body") || node.has("html_body"))) {
            return "comments";
        }
        if (node.has("role") && (node.has("email") || node.has("name"))) {
            return "users";
        }
        if (node.has("name") && node.has("id") && node.size() <= 8) {
            return "groups";
        }
        return "unknown";
    }

    private void ticket(Item item, ArrayDeque<Row> out) throws BadTimestamp, BadField {
        JsonNode t = item.node();
        String ticketId = id(t, "id", "ticket");
        Instant updated = time(t, "updated_at", false);
        JsonNode rating = t.get("satisfaction_rating");
        String score = rating == null ? null : text(rating, "score");
        out.add(IngestRecord.of(IngestRecord.TICKET, origin, item.number())
                .set(IngestRecord.TICKET_ID, ticketId)
                .set(IngestRecord.CHANNEL, channel(text(t.path("via"), "channel")))
                .time(IngestRecord.CREATED_AT, time(t, "created_at", true))
                .time(IngestRecord.UPDATED_AT, updated)
                .time(IngestRecord.VERSION_AT, updated)
                .set(IngestRecord.SUBJECT, text(t, "subject"))
                .set(IngestRecord.REQUESTER_ID, text(t, "requester_id"))
                .set(IngestRecord.ASSIGNEE_ID, text(t, "assignee_id"))
                .set(IngestRecord.GROUP, text(t, "group_id"))
                .set(IngestRecord.PRIORITY, lower(text(t, "priority")))
                .tags(texts(t, "tags", null))
                .set(IngestRecord.STATUS, lower(text(t, "status")))
                .time(IngestRecord.SOLVED_AT, time(t, "solved_at", false))
                .set(IngestRecord.CSAT, "good".equals(score) || "bad".equals(score) ? score : null)
                .row());
        JsonNode comments = t.get("comments");
        if (comments != null && comments.isArray()) {
            for (JsonNode comment : comments) {
                try {
                    out.add(comment(comment, ticketId, item.number(), false, updated));
                } catch (BadTimestamp | BadField e) {
                    out.add(IngestRecord.quarantine(origin, item.number(), comment.toString(),
                            "comment of ticket " + ticketId + ": " + e.getMessage()));
                }
            }
        }
    }

    /** Zendesk's three user roles; anything else is an export we do not understand. */
    private static String authorRole(JsonNode user) throws BadField {
        String role = text(user, "role");
        return switch (role == null ? "" : role) {
            case "end-user" -> AuthorRole.CUSTOMER;
            case "agent", "admin" -> AuthorRole.AGENT;
            default -> throw new BadField("user " + text(user, "id") + " has role '" + role
                    + "' (not end-user, agent or admin); their comments fall back to the requester rule");
        };
    }

    private Row comment(JsonNode c, String ticketId, long number, boolean ownRecord, Instant version)
            throws BadTimestamp, BadField {
        String ticket = ticketId != null ? ticketId : fileTicketId;
        if (ticket == null) {
            throw new BadField("comment has no ticket_id and the file name holds no ticket number");
        }
        String author = text(c, "author_id");
        String via = text(c.path("via"), "channel");
        boolean automation = author == null || author.equals("-1") || "rule".equals(via) || "system".equals(via);
        String body = text(c, "body") != null ? text(c, "body") : text(c, "plain_body");
        if (body == null) {
            throw new BadField("comment " + text(c, "id") + " has no body and no plain_body");
        }
        JsonNode isPublic = c.get("public");
        return IngestRecord.of(IngestRecord.MESSAGE, origin, number)
                .set(IngestRecord.TICKET_ID, ticket)
                .set(IngestRecord.MESSAGE_ID, id(c, "id", "comment"))
                .time(IngestRecord.CREATED_AT, time(c, "created_at", true))
                .time(IngestRecord.VERSION_AT, version)
                .set(IngestRecord.AUTHOR_ID, author)
                .set(IngestRecord.AUTHOR_ROLE, automation ? AuthorRole.SYSTEM : null)
                .set(IngestRecord.IS_PUBLIC, isPublic == null || isPublic.isNull() || isPublic.asBoolean())
                .set(IngestRecord.BODY, body)
                .row();
    }

    private void audit(Item item, ArrayDeque<Row> out) throws BadTimestamp, BadField {
        JsonNode a = item.node();
        String ticketId = id(a, "ticket_id", "audit");
        Instant at = time(a, "created_at", true);
        int before = out.size();
        for (JsonNode event : a.path("events")) {
            String kind = EVENT_FIELDS.get(String.valueOf(text(event, "field_name")));
            if (!"Change".equals(text(event, "type")) || kind == null) {
                continue;
            }
            out.add(IngestRecord.of(IngestRecord.EVENT, origin, item.number())
                    .set(IngestRecord.TICKET_ID, ticketId)
                    .time(IngestRecord.CREATED_AT, at)
                    .set(IngestRecord.EVENT_KIND, kind)
                    .set(IngestRecord.FROM, text(event, "previous_value"))
                    .set(IngestRecord.TO, text(event, "value"))
                    .row());
        }
        if (out.size() == before) {
            out.add(IngestRecord.skipped(origin, item.number(), "audit without a status, assignee or group change"));
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
