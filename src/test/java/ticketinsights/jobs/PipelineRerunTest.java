package ticketinsights.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ticketinsights.testing.Commands;
import ticketinsights.testing.OutputComparison;
import ticketinsights.testing.SamplePipelineRun;

/**
 * Re-running the whole pipeline over the same input and the same output directory (what a
 * scheduler does after a retry) leaves every table equal row for row and every report file
 * equal byte for byte, except what MLlib learns for the recurring issues.
 *
 * <p>Known gap: the issue clusters are not yet reproducible from run to run in multi-core local
 * mode (k 32 on one run, 29 on the next, same input): MLlib's k-means and Word2Vec add up partial
 * results in the order tasks finish, so floating-point sums differ and the clustering drifts. For
 * those tables the test checks the same tickets are assigned; for the report files that show
 * clusters, that they exist.
 */
@Tag("heavy")
class PipelineRerunTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path RERUN = ROOT.resolve("target/pipeline-rerun-test");

    @Test
    void aSecondRunOverTheSameOutputChangesNoTableAndNoReportByte() throws Exception {
        Path first = SamplePipelineRun.output();
        OutputComparison.deleteRecursively(RERUN);
        Path out = RERUN.resolve("out");
        OutputComparison.copyRecursively(first, out);
        Commands.run(List.of(ROOT.resolve("jobs/pipeline").toString(),
                        "--input", ROOT.resolve("sample-data/zendesk").toString(),
                        "--out", out.toString(), "--master", "local[2]"),
                Map.of(), RERUN.resolve("rerun.log"), 40);
        OutputComparison.assertSameTables(first, out, Set.of("ticket_issue"),
                Set.of("issue_clusters", "weekly_issue_counts", "issue_centroids"));
        OutputComparison.assertSameReports(first, out, Set.of("index.html", "report.md", "feature_requests.csv",
                "bug_clusters.csv", "new_clusters.csv", "drilldown_cluster_examples.csv", "drilldown_tickets.csv"));
    }
}
