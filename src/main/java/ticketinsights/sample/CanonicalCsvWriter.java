package ticketinsights.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the canonical CSV form ({@code tickets.csv}, {@code messages.csv},
 * {@code ticket_events.csv}; layout in the README) and plants its broken records: extra rows the
 * ingest must quarantine, so the good content stays identical to the Zendesk form's.
 */
final class CanonicalCsvWriter implements SampleSink {
    static final String FORM = "canonical";
    static final int BROKEN = 8;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final Counted tickets;
    private final Counted messages;
    private final Counted events;
    private final long totalTickets;
    final List<Broken> broken = new ArrayList<>();

    CanonicalCsvWriter(Path dir, long totalTickets) throws IOException {
        this.totalTickets = totalTickets;
        tickets = new Counted(dir.resolve("tickets.csv"), "ticket_id", "channel", "created_at", "updated_at", "subject",
                "requester_id", "assignee_id", "group", "priority", "tags", "status", "solved_at", "csat");
        messages = new Counted(dir.resolve("messages.csv"), "ticket_id", "message_id", "created_at", "author_role", "author_id",
                "is_public", "body");
        events = new Counted(dir.resolve("ticket_events.csv"), "ticket_id", "at", "kind", "from", "to");
    }

    @Override
    public void accept(SampleTicket t, long index) throws IOException {
        String id = Long.toString(t.id);
        tickets.print(id, t.channel, SampleSink.timestamp(t.created, t.language), SampleSink.timestamp(t.updated, t.language),
                t.subject, Long.toString(t.requester.id()), t.assignee == null ? "" : Long.toString(t.assignee.id()),
                t.group.name(), t.priority, String.join(";", t.tags), t.status,
                t.solvedAt == null ? "" : SampleSink.timestamp(t.solvedAt, t.language), t.csat == null ? "" : t.csat);
        for (SampleTicket.Message m : t.messages) {
            messages.print(id, Long.toString(m.id()), SampleSink.timestamp(m.at(), t.language), m.role(), Long.toString(m.authorId()),
                    Boolean.toString(m.isPublic()), m.body());
        }
        for (SampleTicket.Event e : t.events) {
            events.print(id, SampleSink.timestamp(e.at(), t.language), e.kind(), e.from(), e.to());
        }
        int k = SampleSink.brokenAt(index, BROKEN, totalTickets);
        if (k >= 0) {
            plant(k, t);
        }
    }

    /** Broken record number k, next to ticket {@code t}: each a mistake seen in real hand-made exports. */
    private void plant(int k, SampleTicket t) throws IOException {
        String id = Long.toString(t.id);
        String mid = Long.toString(BrokenIds.message(FORM, k));
        String at = SampleSink.timestamp(t.created.plusSeconds(60), t.language);
        String customer = Long.toString(t.requester.id());
        switch (k) {
            case 0 -> broken(messages, id, mid, "created_at 'yesterday' is not a timestamp",
                    id, mid, "yesterday", "customer", customer, "true", "Any update?");
            case 1 -> broken(messages, "", mid, "ticket_id is empty",
                    "", mid, at, "customer", customer, "true", "Hello, is anyone reading these?");
            case 2 -> broken(messages, id, mid, "author_role 'robot' is not customer, agent or system",
                    id, mid, at, "robot", "0", "true", "Your ticket has been updated.");
            case 3 -> broken(messages, id, mid, "is_public 'maybe' is not true or false",
                    id, mid, at, "agent", Long.toString(Catalog.AGENTS.get(0).id()), "maybe", "Internal: check billing logs.");
            case 4 -> broken(messages, id, mid, "record has 4 fields, the header has 7 (author_id, is_public, body missing)",
                    id, mid, at, "customer");
            case 5 -> {
                String tid = Long.toString(BrokenIds.ticket(FORM, k));
                broken(tickets, tid, "", "created_at '2025-13-45T25:61:00Z' is not a timestamp",
                        tid, "email", "2025-13-45T25:61:00Z", "2025-13-45T25:61:00Z", "Broken export row", customer, "",
                        "Billing", "normal", "", "open", "", "");
            }
            case 6 -> broken(tickets, "", "", "ticket_id is empty",
                    "", "web", at, at, "Ticket without id", customer, "", "Ledger Support", "low", "", "new", "", "");
            default -> broken(events, id, "", "at 'not a date' is not a timestamp",
                    id, "not a date", "status", "open", "pending");
        }
    }

    private void broken(Counted file, String ticketId, String messageId, String problem, String... values) throws IOException {
        long line = file.line;
        long record = file.print(values);
        broken.add(new Broken(FORM, file.name, record, line, ticketId, messageId, problem));
    }

    @Override
    public void close() throws IOException {
        tickets.close();
        messages.close();
        events.close();
    }

    /** A CSV file that knows its data record number and the physical line the next record starts on. */
    private static final class Counted implements java.io.Closeable {
        final String name;
        private final CSVPrinter printer;
        long records;
        long line = 2;

        Counted(Path file, String... header) throws IOException {
            Writer w = SampleSink.open(file);
            this.name = file.getFileName().toString();
            this.printer = new CSVPrinter(w, FORMAT);
            printer.printRecord((Object[]) header);
        }

        /** Prints one record; returns its 1-based data record number (header not counted). */
        long print(String... values) throws IOException {
            printer.printRecord((Object[]) values);
            for (String v : values) {
                for (int i = 0; i < v.length(); i++) {
                    if (v.charAt(i) == '\n') {
                        line++;
                    }
                }
            }
            line++;
            return ++records;
        }

        @Override
        public void close() throws IOException {
            printer.close();
        }
    }
}
