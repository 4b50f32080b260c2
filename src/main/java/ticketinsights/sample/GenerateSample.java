package ticketinsights.sample;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command line of the sample generator ({@code jobs/generate-sample}); plain Java, no Spark. */
@Command(name = "generate-sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes a deterministic, realistic help-desk export (canonical CSV and/or Zendesk JSON) plus ground truth.")
public final class GenerateSample implements Callable<Integer> {
    @Option(names = "--out", description = "output directory (default: ${DEFAULT-VALUE})", defaultValue = "sample-data")
    Path out;

    @Option(names = "--tickets", description = "number of tickets (default: ${DEFAULT-VALUE})", defaultValue = "1800")
    long tickets;

    @Option(names = "--messages", description = "about this many messages instead of --tickets (e.g. 1000000 for benchmarks)", defaultValue = "0")
    long messages;

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})", defaultValue = "20250401")
    long seed;

    @Option(names = "--weeks", description = "number of ISO weeks (default: ${DEFAULT-VALUE})", defaultValue = "14")
    int weeks;

    @Option(names = "--start-week", description = "first ISO week, YYYY-Www (default: ${DEFAULT-VALUE})", defaultValue = "2025-W14")
    String startWeek;

    @Option(names = "--forms", split = ",", description = "forms to write: canonical, zendesk (default: ${DEFAULT-VALUE})",
            defaultValue = "canonical,zendesk")
    List<String> forms;

    @Option(names = "--truth", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "write the ground truth files under truth/ (default: ${DEFAULT-VALUE})")
    boolean truth;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateSample()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Set<String> wanted = new LinkedHashSet<>(forms);
        if (!Set.of("canonical", "zendesk").containsAll(wanted) || !startWeek.matches("\\d{4}-W\\d{2}") || weeks < 1) {
            System.err.println("generate-sample: --forms takes canonical and/or zendesk, --start-week YYYY-Www, --weeks >= 1");
            return 2;
        }
        long start = System.nanoTime();
        SampleGenerator.Summary summary = SampleGenerator.generate(
                new SampleGenerator.Settings(out, tickets, messages, seed, weeks, startWeek, wanted, truth));
        System.out.println(summary.line() + String.format(", written to %s in %.1f s", out, (System.nanoTime() - start) / 1e9));
        return 0;
    }
}
