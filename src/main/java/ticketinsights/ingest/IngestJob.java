package ticketinsights.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ticketinsights.jobs.Job;
import ticketinsights.jobs.JobSummary;
import ticketinsights.jobs.Launcher;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.jobs.Progress;
import ticketinsights.model.Messages;
import ticketinsights.model.Quarantine;
import ticketinsights.model.SourceFormat;
import ticketinsights.model.TicketEvents;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;
import org.apache.spark.sql.SparkSession;

/**
 * The ingest stage: export files (canonical CSV, twcs.csv, Zendesk JSON, GitHub issues JSON;
 * detected by content, or {@code --format}) → {@code messages}, {@code tickets}, {@code
 * ticket_events} (partitioned by week) and {@code quarantine}. When more than {@code
 * --max-quarantine-share} of the records are quarantined the run fails after writing only the
 * quarantine table, so the previous good tables stay and the reasons can be read.
 */
public final class IngestJob implements Job {

    public static void main(String[] args) {
        Launcher.main("ingest", List.of(new IngestJob()), args);
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public JobSummary run(SparkSession spark, PipelineOptions options) {
        List<String> inputs = options.inputsOrSample();
        SourceFormat forced = options.format == null ? null : SourceFormat.fromId(options.format);
        Progress.say(name(), "reading " + String.join(", ", inputs) + (forced == null ? " (format detected per file)" : " as " + forced.id()));
        Ingestion ingestion = Ingestion.of(spark, inputs, forced);
        try {
            IngestCounts counts = ingestion.count();
            counts.check();
            Progress.say(name(), counts.detail());
            TableStore store = new TableStore(spark, options.out);
            store.write(Quarantine.TABLE, ingestion.quarantine, new String[0],
                    Quarantine.SOURCE_FILE, Quarantine.SOURCE_RECORD, Quarantine.REASON, Quarantine.RAW);
            if (counts.quarantineShare() > options.maxQuarantineShare) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "%d of %d records (%.1f%%) were quarantined, more than --max-quarantine-share %.1f%%; "
                                + "the quarantine table is written under %s, the other tables were left as they were. Worst reasons: %s",
                        counts.quarantined(), counts.read(), 100 * counts.quarantineShare(), 100 * options.maxQuarantineShare,
                        store.location(Quarantine.TABLE), ingestion.worstReasons(3).stream()
                                .map(r -> r.count() + " × " + r.reason()).collect(Collectors.joining("; "))));
            }
            String[] week = {Messages.WEEK};
            store.write(Messages.TABLE, ingestion.messages, week, Messages.TICKET_ID, Messages.CREATED_AT, Messages.MESSAGE_ID);
            store.write(Tickets.TABLE, ingestion.tickets, week, Tickets.TICKET_ID);
            store.write(TicketEvents.TABLE, ingestion.events, week, TicketEvents.TICKET_ID, TicketEvents.AT,
                    TicketEvents.KIND, TicketEvents.FROM, TicketEvents.TO);
            Progress.say(name(), "wrote messages, tickets, ticket_events, quarantine under " + options.out);
            return new JobSummary(name(), counts.read(), counts.used(), counts.quarantined(), Duration.ZERO, counts.detail());
        } finally {
            ingestion.release();
        }
    }
}
