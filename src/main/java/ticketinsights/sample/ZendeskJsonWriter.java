package ticketinsights.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Zendesk form: {@code tickets.json} (JSON lines, each ticket with its comments
 * embedded, as Zendesk's full JSON export), {@code audits.json} (status, assignee and group
 * changes as the audits API returns them), {@code users.json} and {@code groups.json}. The
 * tickets and messages are those of the canonical form; only the planted broken records differ.
 */
final class ZendeskJsonWriter implements SampleSink {
    static final String FORM = "zendesk";
    static final int BROKEN = 8;
    private static final JsonFactory JSON = new JsonFactory();
    /** The user with a role Zendesk does not have (a broken record of users.json). */
    static final long CONTRACTOR = 370000000099L;
    /** Audit ids live apart from comment ids (ticket id × 100 + n), as Zendesk's do. */
    private static final long AUDIT_ID_BASE = 500_000_000_000L;

    private final Path dir;
    private final Writer tickets;
    private final Writer audits;
    private final long totalTickets;
    private final long customerPool;
    private long ticketLines;
    private long auditRecords;
    private boolean firstAudit = true;
    final List<Broken> broken = new ArrayList<>();

    ZendeskJsonWriter(Path dir, long totalTickets, long customerPool) throws IOException {
        this.dir = dir;
        this.totalTickets = totalTickets;
        this.customerPool = customerPool;
        tickets = SampleSink.open(dir.resolve("tickets.json"));
        audits = SampleSink.open(dir.resolve("audits.json"));
        audits.write("{\"audits\": [\n");
    }

    @Override
    public void accept(SampleTicket t, long index) throws IOException {
        int k = SampleSink.brokenAt(index, BROKEN, totalTickets);
        SampleTicket.Message extra = k == 3 || k == 4 || k == 5 ? brokenComment(k, t) : null;
        writeLine(ticketJson(t, extra, true));
        if (extra != null) {
            broken.add(new Broken(FORM, "tickets.json", ticketLines, ticketLines, Long.toString(t.id), Long.toString(extra.id()),
                    switch (k) {
                        case 3 -> "comment " + extra.id() + ": created_at 'yesterday' is not a timestamp";
                        case 4 -> "comment " + extra.id() + ": author " + CONTRACTOR + " has role 'contractor' in users.json (not end-user, agent or admin)";
                        default -> "comment " + extra.id() + ": no body and no plain_body";
                    }));
        }
        writeAudits(t);
        if (k >= 0 && extra == null) {
            plant(k, t);
        }
    }

    private void writeLine(String json) throws IOException {
        tickets.write(json);
        tickets.write('\n');
        ticketLines++;
    }

    /** A comment added to a real ticket that the ingest must quarantine on its own. */
    private static SampleTicket.Message brokenComment(int k, SampleTicket t) {
        long id = BrokenIds.message(FORM, k);
        Instant at = t.created.plusSeconds(60);
        return switch (k) {
            case 3 -> new SampleTicket.Message(id, null, "customer", t.requester.id(), true, "Any update?", List.of(), "yesterday", "web");
            case 4 -> new SampleTicket.Message(id, at, "agent", CONTRACTOR, true, "Forwarding this to the right team.", List.of(), null, "web");
            default -> new SampleTicket.Message(id, at, "customer", t.requester.id(), true, null, List.of(), null, "web");
        };
    }

    /** Broken records that stand alone: whole tickets or audits. */
    private void plant(int k, SampleTicket t) throws IOException {
        switch (k) {
            case 0 -> {
                SampleTicket copy = brokenTicket(t, k);
                String json = ticketJson(copy, null, true);
                writeLine(json.substring(0, json.length() * 3 / 5));
                broken.add(new Broken(FORM, "tickets.json", ticketLines, ticketLines, Long.toString(copy.id), "",
                        "JSON line truncated after " + (json.length() * 3 / 5) + " characters (export cut off)"));
            }
            case 1 -> {
                SampleTicket copy = brokenTicket(t, k);
                writeLine(ticketJson(copy, null, false));
                broken.add(new Broken(FORM, "tickets.json", ticketLines, ticketLines, "", "", "ticket has no id"));
            }
            case 2 -> {
                SampleTicket copy = brokenTicket(t, k);
                String json = ticketJson(copy, null, true).replace("\"created_at\":\"" + copy.created + "\",\"updated_at\"",
                        "\"created_at\":\"31/04/2025 10:00\",\"updated_at\"");
                writeLine(json);
                broken.add(new Broken(FORM, "tickets.json", ticketLines, ticketLines, Long.toString(copy.id), "",
                        "created_at '31/04/2025 10:00' is not a timestamp"));
            }
            case 6 -> {
                audit("{\"id\":" + (BrokenIds.message(FORM, k)) + ",\"ticket_id\":" + t.id + ",\"created_at\":\"not a date\",\"author_id\":"
                        + Catalog.AGENTS.get(0).id() + ",\"events\":[{\"id\":" + (BrokenIds.message(FORM, k) + 1)
                        + ",\"type\":\"Change\",\"field_name\":\"status\",\"value\":\"open\",\"previous_value\":\"pending\"}]}");
                broken.add(new Broken(FORM, "audits.json", auditRecords, auditRecords + 1, Long.toString(t.id), "",
                        "audit created_at 'not a date' is not a timestamp"));
            }
            default -> {
                audit("{\"id\":" + (BrokenIds.message(FORM, k)) + ",\"created_at\":\"" + t.created.plusSeconds(120)
                        + "\",\"author_id\":" + Catalog.AGENTS.get(1).id() + ",\"events\":[{\"id\":" + (BrokenIds.message(FORM, k) + 1)
                        + ",\"type\":\"Change\",\"field_name\":\"status\",\"value\":\"pending\",\"previous_value\":\"open\"}]}");
                broken.add(new Broken(FORM, "audits.json", auditRecords, auditRecords + 1, "", "", "audit has no ticket_id"));
            }
        }
    }

    /** A stand-alone ticket made from {@code t}'s content under a new id (it exists only as a broken record). */
    private static SampleTicket brokenTicket(SampleTicket t, int k) {
        SampleTicket copy = new SampleTicket();
        copy.id = BrokenIds.ticket(FORM, k);
        copy.channel = t.channel;
        copy.via = t.via;
        copy.created = t.created.plusSeconds(30);
        copy.updated = copy.created;
        copy.subject = t.subject;
        copy.requester = t.requester;
        copy.group = t.group;
        copy.brandId = t.brandId;
        copy.priority = t.priority;
        copy.status = "new";
        copy.language = t.language;
        SampleTicket.Message first = t.messages.get(0);
        copy.messages.add(new SampleTicket.Message(BrokenIds.message(FORM, k), copy.created, first.role(), first.authorId(),
                true, first.body(), List.of(), null, first.via()));
        return copy;
    }

    private String ticketJson(SampleTicket t, SampleTicket.Message extra, boolean withId) throws IOException {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            if (withId) {
                g.writeNumberField("id", t.id);
            }
            g.writeObjectFieldStart("via");
            g.writeStringField("channel", t.via);
            g.writeObjectFieldStart("source");
            g.writeNullField("rel");
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("created_at", t.created.toString());
            g.writeStringField("updated_at", t.updated.toString());
            g.writeNullField("type");
            g.writeStringField("subject", t.subject);
            if (t.priority == null || t.priority.isEmpty()) {
                g.writeNullField("priority");
            } else {
                g.writeStringField("priority", t.priority);
            }
            g.writeStringField("status", t.status);
            g.writeStringField("recipient", Catalog.SUPPORT_ADDRESS);
            g.writeNumberField("requester_id", t.requester.id());
            g.writeNumberField("submitter_id", t.outbound && t.assignee != null ? t.assignee.id() : t.requester.id());
            if (t.assignee == null) {
                g.writeNullField("assignee_id");
            } else {
                g.writeNumberField("assignee_id", t.assignee.id());
            }
            g.writeNumberField("group_id", t.group.id());
            g.writeNumberField("brand_id", t.brandId);
            g.writeArrayFieldStart("tags");
            for (String tag : t.tags) {
                g.writeString(tag);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("satisfaction_rating");
            g.writeStringField("score", t.csat != null ? t.csat : t.csatOffered ? "offered" : "unoffered");
            g.writeEndObject();
            g.writeArrayFieldStart("comments");
            for (SampleTicket.Message m : t.messages) {
                comment(g, m, null);
            }
            if (extra != null) {
                comment(g, extra, extra.note());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }

    private static void comment(JsonGenerator g, SampleTicket.Message m, String rawCreatedAt) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", m.id());
        g.writeStringField("type", "Comment");
        g.writeNumberField("author_id", m.authorId());
        if (m.body() != null) {
            g.writeStringField("body", m.body());
            g.writeStringField("plain_body", m.body());
        }
        g.writeBooleanField("public", m.isPublic());
        g.writeStringField("created_at", rawCreatedAt != null ? rawCreatedAt : m.at().toString());
        g.writeObjectFieldStart("via");
        g.writeStringField("channel", m.via());
        if (m.role().equals("system")) {
            g.writeObjectFieldStart("source");
            g.writeStringField("rel", "trigger");
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** One audit per (time, author) holding that moment's changes, in Zendesk's field names and id values. */
    private void writeAudits(SampleTicket t) throws IOException {
        int i = 0;
        int n = 0;
        while (i < t.events.size()) {
            SampleTicket.Event head = t.events.get(i);
            int j = i;
            while (j < t.events.size() && t.events.get(j).at().equals(head.at()) && t.events.get(j).authorId() == head.authorId()
                    && sameFieldFree(t.events, i, j)) {
                j++;
            }
            StringWriter out = new StringWriter(512);
            try (JsonGenerator g = JSON.createGenerator(out)) {
                long auditId = AUDIT_ID_BASE + t.id * 100 + (++n);
                g.writeStartObject();
                g.writeNumberField("id", auditId);
                g.writeNumberField("ticket_id", t.id);
                g.writeStringField("created_at", head.at().toString());
                g.writeNumberField("author_id", head.authorId());
                g.writeArrayFieldStart("events");
                for (int e = i; e < j; e++) {
                    SampleTicket.Event ev = t.events.get(e);
                    g.writeStartObject();
                    g.writeNumberField("id", auditId * 10 + (e - i));
                    g.writeStringField("type", "Change");
                    g.writeStringField("field_name", switch (ev.kind()) {
                        case "assignee" -> "assignee_id";
                        case "group" -> "group_id";
                        default -> "status";
                    });
                    value(g, "value", ev.kind(), ev.to());
                    value(g, "previous_value", ev.kind(), ev.from());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            audit(out.toString());
            i = j;
        }
    }

    /** Two changes of the same field at the same moment (new → pending on an outbound ticket) stay in separate audits. */
    private static boolean sameFieldFree(List<SampleTicket.Event> events, int from, int candidate) {
        for (int e = from; e < candidate; e++) {
            if (events.get(e).kind().equals(events.get(candidate).kind())) {
                return false;
            }
        }
        return true;
    }

    /** Zendesk writes ids for assignee and group values, names only for status; a missing previous value is null. */
    private static void value(JsonGenerator g, String field, String kind, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            g.writeNullField(field);
        } else if (kind.equals("group")) {
            g.writeStringField(field, Long.toString(groupId(value)));
        } else {
            g.writeStringField(field, value);
        }
    }

    private static long groupId(String name) {
        for (Catalog.Group group : Catalog.GROUPS) {
            if (group.name().equals(name)) {
                return group.id();
            }
        }
        throw new IllegalArgumentException("unknown group " + name);
    }

    private void audit(String json) throws IOException {
        if (!firstAudit) {
            audits.write(",\n");
        }
        firstAudit = false;
        audits.write(json);
        auditRecords++;
    }

    @Override
    public void close() throws IOException {
        tickets.close();
        audits.write("\n]}\n");
        audits.close();
        writeUsers();
        writeGroups();
    }

    private void writeUsers() throws IOException {
        try (Writer w = SampleSink.open(dir.resolve("users.json"))) {
            w.write("{\"users\": [\n");
            long record = 0;
            for (Catalog.Agent a : Catalog.AGENTS) {
                w.write(user(a.id(), a.name(), a.firstName().toLowerCase().replaceAll("[^a-z]", "") + a.id() % 100 + "@northwind.example", a.role()));
                w.write(",\n");
                record++;
            }
            w.write(user(CONTRACTOR, "Temp Contractor", "contractor@agency.example", "contractor"));
            record++;
            broken.add(new Broken(FORM, "users.json", record, record + 1, "", "",
                    "user " + CONTRACTOR + " has role 'contractor' (not end-user, agent or admin)"));
            for (long k = 0; k < customerPool; k++) {
                Catalog.Customer c = Catalog.customer(k);
                w.write(",\n");
                w.write(user(c.id(), c.name(), c.email(), "end-user"));
            }
            w.write("\n]}\n");
        }
    }

    private static String user(long id, String name, String email, String role) throws IOException {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("id", id);
            g.writeStringField("name", name);
            g.writeStringField("email", email);
            g.writeStringField("role", role);
            g.writeEndObject();
        }
        return out.toString();
    }

    private void writeGroups() throws IOException {
        try (Writer w = SampleSink.open(dir.resolve("groups.json"))) {
            w.write("{\"groups\": [\n");
            for (int i = 0; i < Catalog.GROUPS.size(); i++) {
                Catalog.Group group = Catalog.GROUPS.get(i);
                w.write("{\"id\":" + group.id() + ",\"name\":\"" + group.name() + "\"}" + (i + 1 < Catalog.GROUPS.size() ? ",\n" : "\n"));
            }
            w.write("]}\n");
        }
    }
}
