package ticketinsights.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad-input cases of issue 7 that the adapter tests do not already cover one by one (truncated
 * JSON, missing columns, encodings, zone-less timestamps, twice-given and overlapping exports are
 * in the tests of each adapter): every record read is used, quarantined with a reason or skipped
 * with a reason, never dropped.
 */
class FaultInputTest {
    @TempDir
    Path dir;

    @Test
    void aTenMegabyteBodyIsKeptWhole() throws Exception {
        String log = "2025-04-01 09:00:00 ERROR ExportService - export failed: buffer closed\n".repeat(150_000);
        String body = "The export crashes every time. Here is the log:\n" + log;
        assertTrue(body.length() > 10_000_000);
        Fixtures.write(dir, "tickets.csv", CanonicalCsvTest.TICKETS_HEADER + "T1,email,2025-04-01T09:00:00Z,,Export crash,c1,,,,,open,,\n");
        Fixtures.write(dir, "messages.csv", CanonicalCsvTest.MESSAGES_HEADER
                + "T1,m1,2025-04-01T09:00:00Z,customer,c1,true,\"" + body + "\"\n"
                + "T1,m2,2025-04-01T09:30:00Z,agent,a1,true,Thanks for the log.\n");

        Ingestion ingestion = Fixtures.ingest(dir);
        Map<String, Row> messages = Fixtures.byKey(ingestion.messages, "message_id");
        assertEquals(body, messages.get("m1").getAs("body"), "stored byte for byte; the text stages read its head only");
        assertEquals("Thanks for the log.", messages.get("m2").getAs("body"));
        assertEquals(List.of(), Fixtures.reasons(ingestion));
        ingestion.count().check();
    }

    @Test
    void aTruncatedJsonPageKeepsWhatCameBeforeTheCutAndQuarantinesTheRest() throws Exception {
        String comment = "{\"id\":81,\"author_id\":100,\"public\":true,\"body\":\"It fails\",\"created_at\":\"2024-03-04T10:00:00Z\"}";
        String whole = ZendeskTest.ticketLine(8, "2024-03-05T10:00:00Z", comment).strip();
        String cut = ZendeskTest.ticketLine(9, "2024-03-05T10:00:00Z", comment).substring(0, 70);
        Fixtures.write(dir, "tickets-page-1.json", "{\"tickets\":[" + whole + "," + cut);

        Ingestion ingestion = Fixtures.ingest(dir);
        assertEquals(List.of("8"), List.copyOf(Fixtures.byKey(ingestion.tickets, "ticket_id").keySet()));
        assertEquals(List.of("81"), List.copyOf(Fixtures.byKey(ingestion.messages, "message_id").keySet()));
        List<String> reasons = Fixtures.reasons(ingestion);
        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("JSON is malformed after record 1 ("), reasons.get(0));
        assertTrue(reasons.get(0).endsWith("the rest of the file was not read"), reasons.get(0));
        ingestion.count().check();
    }

    @Test
    void aShiftJisZendeskExportIsQuarantinedWithAReasonToActOn() throws Exception {
        java.nio.file.Files.write(dir.resolve("tickets.json"), ZendeskTest.ticketLine(7, "2024-03-05T10:00:00Z",
                        "{\"id\":1,\"author_id\":100,\"public\":true,\"body\":\"ログインできません\",\"created_at\":\"2024-03-04T10:00:00Z\"}")
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS")));

        Ingestion ingestion = Fixtures.ingest(dir);
        assertEquals(List.of("cannot read the file as zendesk: " + Utf8.NOT_UTF8), Fixtures.reasons(ingestion));
        assertEquals(0, ingestion.messages.count());
        ingestion.count().check();
    }

    @Test
    void emptyFilesAreQuarantinedByNameAndHeaderOnlyFilesAddNothing() throws Exception {
        Fixtures.write(dir, "good/tickets.csv", CanonicalCsvTest.TICKETS_HEADER + "T1,web,2024-03-04T10:00:00Z,,,c1,,,,,open,,\n");
        Fixtures.write(dir, "good/messages.csv", CanonicalCsvTest.MESSAGES_HEADER + "T1,m1,2024-03-04T10:00:00Z,customer,c1,true,hi\n");
        Fixtures.write(dir, "zero-bytes.csv", "");
        Fixtures.write(dir, "blank.json", " \n\n");
        Fixtures.writeGzip(dir, "empty.csv.gz", "");
        Fixtures.write(dir, "header-only/messages.csv", CanonicalCsvTest.MESSAGES_HEADER);
        Fixtures.write(dir, "no-tickets.json", "{\"tickets\":[]}");

        Ingestion ingestion = Fixtures.ingest(dir);
        assertEquals(List.of("T1"), List.copyOf(Fixtures.byKey(ingestion.tickets, "ticket_id").keySet()));
        assertEquals(List.of("m1"), List.copyOf(Fixtures.byKey(ingestion.messages, "message_id").keySet()));
        List<Row> quarantine = ingestion.quarantine.orderBy("source_file").collectAsList();
        assertEquals(3, quarantine.size(), quarantine.toString());
        for (Row row : quarantine) {
            assertEquals("file is empty", row.getAs("reason"));
        }
        assertTrue(quarantine.get(0).<String>getAs("source_file").endsWith("blank.json"));
        assertTrue(quarantine.get(1).<String>getAs("source_file").endsWith("empty.csv.gz"));
        assertTrue(quarantine.get(2).<String>getAs("source_file").endsWith("zero-bytes.csv"));
        IngestCounts counts = ingestion.count();
        // read 5 = ticket + message + 3 empty files; the header-only files hold no record
        assertEquals(5, counts.read());
        counts.check();
    }

    @Test
    void aDirectoryWithEveryFormatReadsEachFileWithItsAdapter() throws Exception {
        Fixtures.write(dir, "canonical/tickets.csv", CanonicalCsvTest.TICKETS_HEADER + "T1,web,2024-03-04T10:00:00Z,,,c1,,,,,open,,\n");
        Fixtures.writeGzip(dir, "canonical/messages.csv.gz", CanonicalCsvTest.MESSAGES_HEADER
                + "T1,m1,2024-03-04T10:00:00Z,customer,c1,true,hi\n");
        Fixtures.write(dir, "twitter/part.csv", TwcsTest.HEADER
                + "0,1,115712,True,Tue Oct 31 21:45:10 +0000 2017,@brand help,2,\n"
                + "1,2,BrandCare,False,Tue Oct 31 21:46:24 +0000 2017,@115712 sure,,1.0\n");
        Fixtures.write(dir, "zendesk/tickets.json", ZendeskTest.ticketLine(5, "2024-03-05T10:00:00Z",
                "{\"id\":1,\"author_id\":100,\"public\":true,\"body\":\"It fails\",\"created_at\":\"2024-03-04T10:00:00Z\"}"));
        Fixtures.write(dir, "github/issues.json", "{\"100\":{\"1\":[" + GithubTest.issue(1, "NONE", "null", null, "") + "]}}");
        Fixtures.write(dir, "readme.txt", "exported on Monday\n");

        Ingestion ingestion = Fixtures.ingest(dir);
        // Tweet 1 and Zendesk comment 1 share a message id: the later file's record (zendesk/ sorts after
        // twitter/) keeps it, the tweet goes to quarantine instead of being merged, and its reply
        // tweet 2 becomes the root of its thread (an orphan, counted as such).
        assertEquals(List.of("2", "5", "T1", "acme/widget#1"),
                List.copyOf(Fixtures.byKey(ingestion.tickets, "ticket_id").keySet()));
        Map<String, Row> messages = Fixtures.byKey(ingestion.messages, "message_id");
        assertEquals(List.of("1", "2", "acme/widget#1", "m1"), List.copyOf(messages.keySet()));
        assertEquals("It fails", messages.get("1").getAs("body"));
        assertEquals(List.of("message id '1' is also used by another source format in this run; ids of different sources "
                        + "are not merged: ingest each source into its own --out",
                "not a known export (canonical CSV, twcs CSV, Zendesk or GitHub JSON); it starts with "
                        + "'exported on Monday'; use --format to force one"),
                Fixtures.reasons(ingestion).stream().sorted().toList());
        ingestion.count().check();
    }

    @Test
    void theSameTicketsExportedInTwoFormatsLoseNothing() {
        // sample-data ships one history as canonical CSV and as a Zendesk export: tickets, comments
        // and status events all collide across the two formats.
        Ingestion ingestion = Fixtures.ingest(Path.of("sample-data/canonical"), Path.of("sample-data/zendesk"));
        ingestion.count().check();
        List<String> reasons = Fixtures.reasons(ingestion);
        assertTrue(reasons.stream().anyMatch(r -> r.matches("status change of ticket id '\\d+' at .* is also used by another "
                + "source format in this run; .*")), "event collisions are quarantined with their reason");
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("ticket id '")), "ticket collisions are quarantined");
    }
}
