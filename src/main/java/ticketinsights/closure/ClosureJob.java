package ticketinsights.closure;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import ticketinsights.jobs.Job;
import ticketinsights.jobs.JobSummary;
import ticketinsights.jobs.Launcher;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.jobs.Progress;
import ticketinsights.model.Messages;
import ticketinsights.model.TicketEvents;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;

/**
 * Closure confirmation: reads {@code messages}, {@code tickets}, and when present {@code
 * ticket_events} and {@code message_sentiment}; writes {@code message_cues}, {@code
 * ticket_closure}, {@code weekly_closure}, and the agent-phrasing coaching tables {@code
 * agent_phrasing} and {@code weekly_agent_phrasing}.
 */
public final class ClosureJob implements Job {
    private final Lemmatiser lemmatiser;

    public ClosureJob() {
        this(Lemmatiser.CORENLP);
    }

    /** With another lemmatiser: tests inject a plain one to run without CoreNLP models. */
    public ClosureJob(Lemmatiser lemmatiser) {
        this.lemmatiser = lemmatiser;
    }

    public static void main(String[] args) {
        Launcher.main("closure", List.of(new ClosureJob()), args);
    }

    @Override
    public String name() {
        return "closure";
    }

    @Override
    public JobSummary run(SparkSession spark, PipelineOptions options) {
        TableStore store = new TableStore(spark, options.out);
        Dataset<Row> messages = store.require(Messages.TABLE, "jobs/ingest");
        Dataset<Row> tickets = store.require(Tickets.TABLE, "jobs/ingest");
        Optional<Dataset<Row>> events = store.read(TicketEvents.TABLE);
        Optional<Dataset<Row>> sentiment = store.read(ClosureFlags.SENTIMENT_TABLE);
        Progress.say(name(), "detecting cues" + (sentiment.isPresent() ? "" : " (no message_sentiment: silent departures from the lexicon)"));

        Tables tables = compute(messages, tickets, events, sentiment);
        store.write(MessageCues.TABLE, tables.cues(), new String[] {MessageCues.WEEK},
                MessageCues.TICKET_ID, MessageCues.CREATED_AT, MessageCues.MESSAGE_ID, MessageCues.CUE, MessageCues.MATCHED);
        tables.lexiconCues().unpersist();
        Dataset<Row> written = store.require(MessageCues.TABLE, "jobs/closure");
        Progress.say(name(), "message_cues written; ticket flags");
        Dataset<Row> ticketClosure = conform(ClosureFlags.apply(tickets, messages, written, events, sentiment), TicketClosure.SCHEMA);
        store.write(TicketClosure.TABLE, ticketClosure, new String[] {TicketClosure.WEEK}, TicketClosure.TICKET_ID);
        Dataset<Row> closure = store.require(TicketClosure.TABLE, "jobs/closure");
        store.write(WeeklyClosure.TABLE, conform(WeeklyRates.apply(closure), WeeklyClosure.SCHEMA), new String[0],
                WeeklyClosure.WEEK, WeeklyClosure.CHANNEL, WeeklyClosure.GROUP);
        Progress.say(name(), "agent phrasing");
        Dataset<Row> agentMessages = PhrasingFlags.agentMessages(messages, tickets);
        store.write(AgentPhrasing.TABLE, PhrasingFlags.apply(agentMessages, lemmatiser), new String[] {AgentPhrasing.WEEK},
                AgentPhrasing.TICKET_ID, AgentPhrasing.MESSAGE_ID, AgentPhrasing.RULE);
        Dataset<Row> phrasing = store.require(AgentPhrasing.TABLE, "jobs/closure");
        store.write(WeeklyAgentPhrasing.TABLE, PhrasingFlags.weekly(agentMessages, phrasing), new String[0],
                WeeklyAgentPhrasing.WEEK, WeeklyAgentPhrasing.CHANNEL, WeeklyAgentPhrasing.GROUP, WeeklyAgentPhrasing.RULE);

        long messageCount = messages.count();
        long ticketCount = closure.count();
        long cueRows = written.count();
        // Rows out: one ticket_closure row per ticket; the cue rows are counted in the detail.
        return new JobSummary(name(), messageCount, ticketCount, 0, java.time.Duration.ZERO,
                String.format("%d cue rows, %d tickets confirmed, %d with chases, %d agent phrasing flags", cueRows,
                        closure.filter(col(TicketClosure.CUSTOMER_CONFIRMED)).count(),
                        closure.filter(col(TicketClosure.STATUS_CHASES).gt(0)).count(), phrasing.count()));
    }

    /**
     * The tables before writing (message cues, ticket flags, weekly rates, agent phrasing and its
     * weekly counts), for tests; and the cached lexicon cues that {@code cues} is built from,
     * which the job releases once message_cues is written.
     */
    public record Tables(Dataset<Row> cues, Dataset<Row> tickets, Dataset<Row> weekly, Dataset<Row> phrasing,
                         Dataset<Row> weeklyPhrasing, Dataset<Row> lexiconCues) {
    }

    /** The whole transformation, without storage: what {@link #run} writes. */
    public Tables compute(Dataset<Row> messages, Dataset<Row> tickets, Optional<Dataset<Row>> events,
                          Optional<Dataset<Row>> sentiment) {
        // The lexicon cues are read twice (as rows, and as per-message flags for the timing rule):
        // cached, the lemmatiser runs once per message instead of twice.
        Dataset<Row> lexiconCues = CueDetection.lexiconCues(messages, lemmatiser).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> cues = conform(CueDetection.withUnansweredFollowUps(messages, lexiconCues), MessageCues.SCHEMA);
        Dataset<Row> ticketClosure = conform(ClosureFlags.apply(tickets, messages, cues, events, sentiment), TicketClosure.SCHEMA);
        Dataset<Row> agentMessages = PhrasingFlags.agentMessages(messages, tickets);
        Dataset<Row> phrasing = PhrasingFlags.apply(agentMessages, lemmatiser);
        return new Tables(cues, ticketClosure, conform(WeeklyRates.apply(ticketClosure), WeeklyClosure.SCHEMA), phrasing,
                PhrasingFlags.weekly(agentMessages, phrasing), lexiconCues);
    }

    /** Exactly the declared columns, in order, with the declared types. */
    static Dataset<Row> conform(Dataset<Row> data, StructType schema) {
        Column[] columns = Arrays.stream(schema.fields())
                .map(f -> col(f.name()).cast(f.dataType()).alias(f.name()))
                .toArray(Column[]::new);
        return data.select(columns);
    }
}
