package ticketinsights.latency;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ticketinsights.ingest.IngestJob;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.storage.TableStore;
import ticketinsights.testing.SparkTests;

/**
 * Issue 3's proof on the real twcs sample, end to end: the ingest reads the raw CSV, the latency
 * job computes ticket_latency, and every thread rooted at a customer tweet has exactly the first
 * reply minutes that {@link TwcsFirstReplies} recomputes from the raw file with plain Java and
 * Commons CSV (no project code).
 */
@Tag("heavy")
class TwcsFirstReplyProofTest {
    @TempDir
    Path out;

    @Test
    void firstReplyMinutesThroughTheIngestEqualTheIndependentRecomputation() throws Exception {
        assertTrue(Files.isRegularFile(TwcsLatencyTest.SAMPLE), "the twcs sample is missing: " + TwcsLatencyTest.SAMPLE.toAbsolutePath());
        PipelineOptions options = new PipelineOptions();
        options.inputs = new ArrayList<>(List.of(TwcsLatencyTest.SAMPLE.toString()));
        options.out = out.toString();

        new IngestJob().run(SparkTests.spark(), options);
        new LatencyJob().run(SparkTests.spark(), options);

        TwcsLatencyTest.assertSameFirstReplies(TwcsFirstReplies.recompute(TwcsLatencyTest.SAMPLE),
                TwcsLatencyTest.firstReplies(new TableStore(SparkTests.spark(), out.toString()).require(TicketLatency.TABLE, "test")));
    }
}
