package ticketinsights.jobs;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every job accepts. A job reads the ones it needs and ignores the rest, so
 * {@code jobs/pipeline} can pass one command line to every stage.
 */
public class PipelineOptions {

    @Option(names = "--input", paramLabel = "PATH",
            description = "An export file or a directory of them (repeatable). Default: sample-data/zendesk.")
    public List<String> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Force one input format (canonical-csv, twcs, zendesk, github) instead of detecting it.")
    public String format;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Output directory: tables under DIR/tables, reports under DIR/reports. Default: ${DEFAULT-VALUE}.")
    public String out;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "${env:SPARK_MASTER:-local[*]}",
            description = "Spark master when not launched by spark-submit. Default: $SPARK_MASTER or local[*].")
    public String master;

    @Option(names = "--max-quarantine-share", paramLabel = "SHARE", defaultValue = "0.05",
            description = "Fail the ingest when more than this share of records is quarantined (the quarantine table is still written). Default: ${DEFAULT-VALUE}.")
    public double maxQuarantineShare;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "ISO-8601 instant at which open waits are aged and SLA targets judged. Default: the latest timestamp in the data.")
    public String asOf;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (business hours, holidays, SLA targets). Default: the built-in defaults of METRICS.md.")
    public String config;

    /** The inputs, or the shipped sample when none were given. */
    public List<String> inputsOrSample() {
        return inputs.isEmpty() ? List.of("sample-data/zendesk") : inputs;
    }

    // sentiment stage: work caps per message (the job summary counts how often they bite).
    @Option(names = "--sentiment-max-sentences", paramLabel = "N", defaultValue = "20",
            description = "Sentiment: score at most N sentences per message (the rest are counted, not scored). Default: ${DEFAULT-VALUE}.")
    public int sentimentMaxSentences = 20;

    @Option(names = "--sentiment-max-tokens", paramLabel = "N", defaultValue = "60",
            description = "Sentiment: cut each sentence to its first N tokens before parsing. Default: ${DEFAULT-VALUE}.")
    public int sentimentMaxTokens = 60;

    // report
    @Option(names = "--week", paramLabel = "YYYY-Www",
            description = "ISO week of the report (e.g. 2017-W44). Default: the last complete week in the data.")
    public String week;

    @Option(names = "--ticket-url", paramLabel = "TEMPLATE",
            description = "Link for ticket ids in the report, {id} replaced by the id, e.g. https://example.zendesk.com/agent/tickets/{id}. Default: no links.")
    public String ticketUrl;

    @Option(names = "--no-mask-pii", negatable = false,
            description = "Show e-mail addresses and phone numbers in the report instead of masking them.")
    public boolean noMaskPii;
}
