package ticketinsights.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One run of {@code jobs/pipeline} over the shipped sample in local[2], made on first use and
 * shared by the heavy tests of the JVM (the cluster comparison, the notebooks, the planted
 * issues, the report in a browser), so the whole pipeline runs once per test suite.
 */
public final class SamplePipelineRun {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static Path output;

    /** The output directory ({@code tables/}, {@code reports/}) of the sample run. */
    public static synchronized Path output() throws Exception {
        if (output == null) {
            Path dir = ROOT.resolve("target/sample-pipeline-run");
            OutputComparison.deleteRecursively(dir);
            Commands.run(List.of(ROOT.resolve("jobs/pipeline").toString(),
                            "--input", ROOT.resolve("sample-data/zendesk").toString(),
                            "--out", dir.toString(), "--master", "local[2]"),
                    Map.of(), ROOT.resolve("target/sample-pipeline-run.log"), 40);
            output = dir;
        }
        return output;
    }

    private SamplePipelineRun() {
    }
}
