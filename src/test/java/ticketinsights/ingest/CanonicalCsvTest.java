package ticketinsights.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalCsvTest {
    static final String TICKETS_HEADER = "ticket_id,channel,created_at,updated_at,subject,requester_id,assignee_id,group,priority,tags,status,solved_at,csat\n";
    static final String MESSAGES_HEADER = "ticket_id,message_id,created_at,author_role,author_id,is_public,body\n";

    @TempDir
    Path dir;

    @Test
    void readsTicketsMessagesAndEventsWithBomOffsetsAndMultiLineBodies() throws Exception {
        Fixtures.write(dir, "a/tickets.csv", "\uFEFF" + TICKETS_HEADER
                + "T1,email,2024-03-04T10:00:00+02:00,2024-03-05T09:00:00Z,Printer,c1,a1,Billing,high,printer; urgent ,solved,2024-03-05T09:00:00Z,good\r\n");
        Fixtures.write(dir, "b/any-name.csv", MESSAGES_HEADER
                + "T1,m1,2024-03-04T10:00:00+02:00,customer,c1,true,\"Hello,\nit is \"\"broken\"\"\"\n"
                + "T1,m2,2024-03-04T08:30:00Z,agent,a1,false,internal note\n");
        Fixtures.write(dir, "events.csv", "ticket_id,at,kind,from,to\nT1,2024-03-05T09:00:00Z,status,open,solved\n");

        Ingestion ingestion = Fixtures.ingest(dir);
        Map<String, Row> messages = Fixtures.byKey(ingestion.messages, "message_id");
        Row first = messages.get("m1");
        assertEquals("Hello,\nit is \"broken\"", first.getAs("body"));
        // 10:00 at +02:00 is 08:00 UTC
        assertEquals(Timestamp.from(Instant.parse("2024-03-04T08:00:00Z")), first.getAs("created_at"));
        assertEquals("email", first.getAs("channel"), "messages take their ticket's channel");
        assertEquals("2024-W10", first.getAs("week"));
        assertFalse(messages.get("m2").<Boolean>getAs("is_public"));

        Row ticket = Fixtures.byKey(ingestion.tickets, "ticket_id").get("T1");
        assertEquals(List.of("printer", "urgent"), ticket.getList(ticket.fieldIndex("tags")));
        assertEquals("good", ticket.getAs("csat"));
        assertEquals("Billing", ticket.getAs("group"));
        assertEquals(1, ingestion.events.count());
        IngestCounts counts = ingestion.count();
        assertEquals(4, counts.read());
        assertEquals(0, counts.quarantined());
        counts.check();
    }

    @Test
    void badRowsGoToQuarantineWithReasonsAndEverythingIsCounted() throws Exception {
        Fixtures.write(dir, "tickets.csv", TICKETS_HEADER
                + "T1,email,2024-03-04T10:00:00Z,,,c1,,,,,open,,\n"
                + "T2,fax,2024-03-04T10:00:00Z,,,c1,,,,,open,,\n"
                + "T3,web,2024-03-04T10:00:00Z,,,c1,,,,,open,,\n");
        Fixtures.write(dir, "messages.csv", MESSAGES_HEADER
                + "T1,m1,2024-03-04T10:00:00Z,customer,c1,true,hi\n"
                + "T1,m2,yesterday,agent,a1,true,hello\n"
                + "T1,m3,2024-03-04 11:00:00,agent,a1,true,no zone\n"
                + "T1,m4,2024-03-04T11:00:00Z,robot,a1,true,role\n"
                + "T1,m5,2024-03-04T11:00:00Z,agent,a1,yes,flag\n"
                + "T9,m6,2024-03-04T11:00:00Z,agent,a1,true,lost\n"
                + "T1,m7,2024-03-04T11:00:00Z,agent\n");

        Ingestion ingestion = Fixtures.ingest(dir);
        List<String> reasons = Fixtures.reasons(ingestion);
        assertEquals(List.of(
                "created_at 'yesterday' is not a timestamp",
                "created_at '2024-03-04 11:00:00' has no time zone (add Z or an offset such as +02:00)",
                "author_role 'robot' is not customer, agent or system",
                "is_public 'yes' is not true or false",
                "message for ticket 'T9' which is not in the export (no tickets file, ticket line or issue holds it)",
                "row has 4 fields, the header has 7",
                "channel 'fax' is not one of email, chat, phone, social, web, other",
                "ticket has no messages (none exported, or all of them quarantined)"), reasons);
        IngestCounts counts = ingestion.count();
        // read: 3 tickets + 7 messages = 10; used: T1 + m1 = 2; quarantined 8
        assertEquals(10, counts.read());
        assertEquals(2, counts.used());
        assertEquals(8, counts.quarantined());
        counts.check();
    }

    @Test
    void overlappingExportsKeepTheLatestTicketAndCountDuplicates() throws Exception {
        String older = TICKETS_HEADER + "T1,email,2024-03-04T10:00:00Z,2024-03-04T10:00:00Z,Old subject,c1,,,,,open,,\n";
        String newer = TICKETS_HEADER + "T1,email,2024-03-04T10:00:00Z,2024-03-06T10:00:00Z,New subject,c1,,,,,solved,2024-03-06T10:00:00Z,\n";
        String messages = MESSAGES_HEADER + "T1,m1,2024-03-04T10:00:00Z,customer,c1,true,hi\n";
        // the newer copy sits in the alphabetically earlier directory: updated_at decides, not the name
        Fixtures.write(dir, "a-export/tickets.csv", newer);
        Fixtures.write(dir, "b-export/tickets.csv", older);
        Fixtures.write(dir, "a-export/messages.csv", messages);
        Fixtures.write(dir, "b-export/messages.csv", messages);

        Ingestion ingestion = Fixtures.ingest(dir);
        Row ticket = Fixtures.byKey(ingestion.tickets, "ticket_id").get("T1");
        assertEquals("New subject", ticket.getAs("subject"));
        assertEquals(1, ingestion.messages.count());
        IngestCounts counts = ingestion.count();
        assertEquals(2, counts.duplicates());
        assertTrue(counts.detail().contains("duplicates merged 2"), counts.detail());
        // equal copies: the later file wins, so the lineage is deterministic
        assertTrue(Fixtures.byKey(ingestion.messages, "message_id").get("m1").<String>getAs("source_file").contains("b-export"));
        counts.check();
    }

    @Test
    void aFileMissingAColumnIsQuarantinedWhole() throws Exception {
        Fixtures.write(dir, "messages.csv", "ticket_id,message_id,created_at,author_role,body\nT1,m1,2024-03-04T10:00:00Z,customer,hi\n");
        Fixtures.write(dir, "tickets.csv", TICKETS_HEADER + "T1,email,2024-03-04T10:00:00Z,,,c1,,,,,open,,\n");
        List<String> reasons = Fixtures.reasons(Fixtures.ingest(dir));
        assertEquals(List.of("canonical message file lacks column(s) author_id, is_public; the file was not read",
                "ticket has no messages (none exported, or all of them quarantined)"), reasons);
    }

    @Test
    void aLatin1ExportIsQuarantinedFromItsFirstBadByteWithAReasonToActOn() throws Exception {
        Fixtures.write(dir, "tickets.csv", TICKETS_HEADER + "T1,email,2024-03-04T10:00:00Z,,,c1,,,,,open,,\n");
        java.nio.file.Files.write(dir.resolve("messages.csv"), (MESSAGES_HEADER
                + "T1,m1,2024-03-04T10:00:00Z,customer,c1,true,hello\n"
                + "T1,m2,2024-03-04T10:05:00Z,customer,c1,true,d\u00e9j\u00e0 vu, \u00e7a ne marche pas\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        Ingestion ingestion = Fixtures.ingest(dir);
        List<String> reasons = Fixtures.reasons(ingestion);
        // The strict decoder stops at the first buffer holding a bad byte: in a file this small
        // that is the whole file, so the ticket is left without messages and says so.
        assertEquals(List.of("cannot read the file as canonical-csv: " + Utf8.NOT_UTF8,
                "ticket has no messages (none exported, or all of them quarantined)"), reasons);
        ingestion.count().check();
    }
}
