package ticketinsights.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ticketinsights.storage.TableStore;
import ticketinsights.testing.Commands;
import ticketinsights.testing.OutputComparison;
import ticketinsights.testing.SparkTests;

/**
 * A run killed with SIGKILL at any moment leaves the previous tables complete and readable, and
 * the next run succeeds and writes the same tables. The ingest launcher is killed after a growing
 * delay until one run finishes on its own, so every phase (start-up, reading, each table's write
 * and swap) is hit by some kill; the delay grows by half each time, so a slow machine needs
 * few more runs than a fast one. Tables are read through {@link TableStore}, whose next access
 * repairs a kill between the two renames of a swap.
 */
@Tag("heavy")
class KilledRunTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path RUN = ROOT.resolve("target/killed-run-test");
    private static final List<String> TABLES = List.of("messages", "tickets", "ticket_events", "quarantine");

    @Test
    void aKilledRunNeverDamagesThePreviousTables() throws Exception {
        OutputComparison.deleteRecursively(RUN);
        Files.createDirectories(RUN);
        Path out = RUN.resolve("out");
        Path reference = RUN.resolve("reference");
        Commands.run(ingest(reference), Map.of(), RUN.resolve("reference.log"), 10);
        Commands.run(ingest(out), Map.of(), RUN.resolve("first.log"), 10);

        int kills = 0;
        for (int delaySeconds = 2; ; delaySeconds += 1 + delaySeconds / 2) {
            Process run = new ProcessBuilder(ingest(out)).redirectErrorStream(true)
                    .redirectOutput(RUN.resolve("killed-" + delaySeconds + ".log").toFile()).start();
            if (run.waitFor(delaySeconds, TimeUnit.SECONDS)) {
                assertEquals(0, run.exitValue(), "the run that was not killed failed");
                break;
            }
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly().waitFor();
            kills++;
            assertSameTables(reference, out, "after a kill at " + delaySeconds + " s");
        }
        assertTrue(kills >= 3, "the run was killed only " + kills + " times; the test proves little");
        assertSameTables(reference, out, "after the run that finished");
    }

    private static List<String> ingest(Path out) {
        return List.of(ROOT.resolve("jobs/ingest").toString(), "--input", ROOT.resolve("sample-data/zendesk").toString(),
                "--out", out.toString(), "--master", "local[2]");
    }

    private static void assertSameTables(Path expected, Path actual, String when) {
        for (String table : TABLES) {
            Dataset<Row> want = new TableStore(SparkTests.spark(), expected.toString()).require(table, "jobs/ingest");
            Dataset<Row> got = new TableStore(SparkTests.spark(), actual.toString()).require(table, "jobs/ingest");
            assertEquals(want.count(), got.count(), table + " row count " + when);
            assertEquals(0, want.exceptAll(got).count(), table + " lost rows " + when);
        }
    }
}
