package ticketinsights.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One generated ticket with its messages, status history and ground truth, before it is written in any form. */
final class SampleTicket {
    /** A message; {@code cues} are the planted closure cues (empty = none), {@code note} explains a look-alike. */
    record Message(long id, Instant at, String role, long authorId, boolean isPublic, String body, List<String> cues,
            String note, String via) {
    }

    /** A status, assignee or group change; values are ids or names as the canonical CSV writes them. */
    record Event(Instant at, String kind, String from, String to, long authorId) {
    }

    long id;
    String channel;
    /** Zendesk's via.channel for the same channel (twitter vs facebook, chat vs native_messaging …). */
    String via;
    Instant created;
    Instant updated;
    String subject;
    Catalog.Customer requester;
    Catalog.Agent assignee;
    Catalog.Group group;
    long brandId;
    String priority;
    List<String> tags = new ArrayList<>();
    String status;
    Instant solvedAt;
    /** {@code good}, {@code bad}, or null (unrated). */
    String csat;
    /** Whether a rating was offered (Zendesk's "offered" vs "unoffered" for unrated tickets). */
    boolean csatOffered;
    String language;
    boolean outbound;
    /** Planted problem key, or null for background tickets. */
    String issueKey;
    String issueKind;
    String wordingVariant;
    int week;
    final List<Message> messages = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
}
