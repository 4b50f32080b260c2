package ticketinsights.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ticketinsights.jobs.JobSummary;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.model.Messages;
import ticketinsights.model.Quarantine;
import ticketinsights.model.SourceFormat;
import ticketinsights.model.TicketEvents;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;
import ticketinsights.testing.SparkTests;

class IngestJobTest {
    @TempDir
    Path dir;

    private PipelineOptions options(Path input, Path out, double maxShare) {
        PipelineOptions options = new PipelineOptions();
        options.inputs = List.of(input.toString());
        options.out = out.toString();
        options.maxQuarantineShare = maxShare;
        return options;
    }

    /** A directory of mixed formats: canonical CSV (one gzipped), a twcs file, an unknown file. */
    private Path mixedInput() throws Exception {
        Path in = dir.resolve("in");
        Fixtures.write(in, "canonical/tickets.csv", CanonicalCsvTest.TICKETS_HEADER + "T1,web,2024-03-04T10:00:00Z,,,c1,,,,,open,,\n");
        Fixtures.writeGzip(in, "canonical/deeper/messages.csv.gz", CanonicalCsvTest.MESSAGES_HEADER
                + "T1,m1,2024-03-04T10:00:00Z,customer,c1,true,hi\nT1,m2,2024-03-04T10:10:00Z,agent,a1,true,hello\n");
        Fixtures.write(in, "twitter/part.csv", TwcsTest.HEADER
                + "0,1,115712,True,Tue Oct 31 21:45:10 +0000 2017,@brand help,2,\n"
                + "1,2,BrandCare,False,Tue Oct 31 21:46:24 +0000 2017,@115712 sure,,1.0\n");
        Fixtures.write(in, "notes.txt", "just some notes\n");
        Fixtures.write(in, "_SUCCESS", "");
        return in;
    }

    @Test
    void writesFourTablesAndRerunsGiveEqualTables() throws Exception {
        Path in = mixedInput();
        Path out = dir.resolve("out");
        IngestJob job = new IngestJob();
        JobSummary first = job.run(SparkTests.spark(), options(in, out, 0.5));
        TableStore store = new TableStore(SparkTests.spark(), out.toString());
        List<Row> messages = sorted(store.require(Messages.TABLE, "test"));
        List<Row> tickets = sorted(store.require(Tickets.TABLE, "test"));
        assertEquals(4, messages.size());
        assertEquals(2, tickets.size());
        assertEquals(0, store.require(TicketEvents.TABLE, "test").count());
        List<Row> quarantine = sorted(store.require(Quarantine.TABLE, "test"));
        assertEquals(1, quarantine.size());
        assertTrue(quarantine.get(0).<String>getAs("reason").startsWith("not a known export"), quarantine.toString());
        // read 6 = ticket T1 + 2 messages + 2 tweets + the unknown file; used 5 (the Twitter ticket is built, not read)
        assertEquals(6, first.rowsIn());
        assertEquals(5, first.rowsOut());
        assertEquals(1, first.quarantined());

        JobSummary second = job.run(SparkTests.spark(), options(in, out, 0.5));
        assertEquals(first, second);
        assertEquals(messages, sorted(store.require(Messages.TABLE, "test")));
        assertEquals(tickets, sorted(store.require(Tickets.TABLE, "test")));
        assertEquals(quarantine, sorted(store.require(Quarantine.TABLE, "test")));
    }

    @Test
    void tooMuchQuarantineFailsAfterWritingQuarantineAndKeepsThePreviousTables() throws Exception {
        Path in = mixedInput();
        Path out = dir.resolve("out");
        IngestJob job = new IngestJob();
        job.run(SparkTests.spark(), options(in, out, 0.5));
        TableStore store = new TableStore(SparkTests.spark(), out.toString());
        List<Row> before = sorted(store.require(Messages.TABLE, "test"));

        Fixtures.write(in, "canonical/more.csv", CanonicalCsvTest.MESSAGES_HEADER
                + "T1,m3,yesterday,customer,c1,true,x\nT1,m4,today,customer,c1,true,y\n");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> job.run(SparkTests.spark(), options(in, out, 0.05)));
        assertTrue(failure.getMessage().contains("3 of 8 records (37.5%) were quarantined"), failure.getMessage());
        assertTrue(failure.getMessage().contains("2 × created_at '…' is not a timestamp"), failure.getMessage());
        assertEquals(3, store.require(Quarantine.TABLE, "test").count(), "quarantine written before failing");
        assertEquals(before, sorted(store.require(Messages.TABLE, "test")), "previous messages kept and readable");
    }

    @Test
    void aForcedFormatReadsEveryFileAsThatFormat() throws Exception {
        Path in = dir.resolve("forced");
        Fixtures.write(in, "x.json", "{\"groups\":[{\"id\":1,\"name\":\"A\"}]}");
        Ingestion ingestion = Fixtures.ingest(SourceFormat.GITHUB, in);
        assertEquals(List.of("JSON object is neither a GitHub issue (number, title) nor an issue comment (issue_url)"),
                Fixtures.reasons(ingestion));
        assertFalse(Fixtures.reasons(Fixtures.ingest(in)).size() > 0, "detected as Zendesk: a groups lookup");
    }

    @Test
    void detectsFormatsFromContent() {
        assertEquals(SourceFormat.TWCS, FormatDetector.detect(TwcsTest.HEADER).orElseThrow());
        assertEquals(SourceFormat.CANONICAL_CSV, FormatDetector.detect("\uFEFF" + CanonicalCsvTest.MESSAGES_HEADER).orElseThrow());
        assertEquals(SourceFormat.ZENDESK, FormatDetector.detect("{\"tickets\":[]}").orElseThrow());
        assertEquals(SourceFormat.GITHUB, FormatDetector.detect("[{\"url\":\"https://api.github.com/repos/a/b/issues/1\"}]").orElseThrow());
        assertTrue(FormatDetector.detect("name,age\n").isEmpty());
    }

    private static List<Row> sorted(Dataset<Row> table) {
        return table.orderBy(table.columns()[0], java.util.Arrays.copyOfRange(table.columns(), 1, table.columns().length))
                .collectAsList();
    }
}
