package ticketinsights.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates the sample export: {@code tickets} tickets spread over {@code weeks} ISO weeks with a
 * slight growth, each built independently from the seed and its index and streamed to the form
 * writers, so memory stays flat at any size and the same settings give the same bytes.
 */
public final class SampleGenerator {
    /** The settings of the committed {@code sample-data/}. */
    public static final long DEFAULT_SEED = 20250401L;
    public static final long DEFAULT_TICKETS = 1800;
    public static final int DEFAULT_WEEKS = 14;
    public static final String DEFAULT_START_WEEK = "2025-W14";

    /** What to generate: {@code messages} &gt; 0 asks for about that many messages instead of a ticket count. */
    public record Settings(Path out, long tickets, long messages, long seed, int weeks, String startWeek, Set<String> forms,
            boolean truth) {
    }

    /** What was generated. */
    public record Summary(long tickets, long messages, Map<String, Long> ticketsPerChannel, long japaneseTickets,
            long brokenRecords) {
        public String line() {
            return "generate-sample: " + tickets + " tickets, " + messages + " messages, channels " + ticketsPerChannel
                    + ", " + japaneseTickets + " Japanese tickets, " + brokenRecords + " broken records planted";
        }
    }

    private SampleGenerator() {
    }

    /** How many tickets give about {@code messages} messages: measured on a pilot of the same distributions. */
    public static long ticketsFor(long messages, long seed, int weeks, String startWeek) {
        Schedule schedule = new Schedule(startWeek, weeks);
        int pilot = (int) Math.min(20_000, Math.max(1_000, messages / 20)); // error of the mean ~ 1/sqrt(pilot)
        TicketFactory factory = new TicketFactory(seed, schedule, pilot);
        long total = 0;
        for (int i = 0; i < pilot; i++) {
            total += factory.build(i, i % weeks, (i * 0.618034) % 1.0).messages.size();
        }
        return Math.max(1, Math.round(messages * (double) pilot / total));
    }

    public static Summary generate(Settings s) throws IOException {
        long tickets = s.messages() > 0 ? ticketsFor(s.messages(), s.seed(), s.weeks(), s.startWeek()) : s.tickets();
        Schedule schedule = new Schedule(s.startWeek(), s.weeks());
        TicketFactory factory = new TicketFactory(s.seed(), schedule, tickets);
        long pool = Math.max(40, tickets * 55 / 100);
        List<SampleSink> sinks = new ArrayList<>();
        CanonicalCsvWriter canonical = null;
        ZendeskJsonWriter zendesk = null;
        TruthWriter truth = null;
        if (s.forms().contains("canonical")) {
            canonical = new CanonicalCsvWriter(s.out().resolve("canonical"), tickets);
            sinks.add(canonical);
        }
        if (s.forms().contains("zendesk")) {
            zendesk = new ZendeskJsonWriter(s.out().resolve("zendesk"), tickets, pool);
            sinks.add(zendesk);
        }
        if (s.truth()) {
            truth = new TruthWriter(s.out().resolve("truth"));
            sinks.add(truth);
        }
        long[] weekStart = weekStarts(tickets, s.weeks());
        Map<String, Long> perChannel = new TreeMap<>();
        long messages = 0;
        long japanese = 0;
        int week = 0;
        for (long i = 0; i < tickets; i++) {
            while (i >= weekStart[week + 1]) {
                week++;
            }
            long inWeek = weekStart[week + 1] - weekStart[week];
            double jitter = ((i * 0x9E3779B97F4A7C15L + s.seed()) >>> 11) * 0x1.0p-53;
            double u = (i - weekStart[week] + jitter) / inWeek;
            SampleTicket t = factory.build(i, week, u);
            for (SampleSink sink : sinks) {
                sink.accept(t, i);
            }
            messages += t.messages.size();
            perChannel.merge(t.channel, 1L, Long::sum);
            japanese += t.language.equals("ja") ? 1 : 0;
        }
        List<SampleSink.Broken> broken = new ArrayList<>();
        for (SampleSink sink : sinks) {
            sink.close();
        }
        if (canonical != null) {
            broken.addAll(canonical.broken);
        }
        if (zendesk != null) {
            broken.addAll(zendesk.broken);
        }
        if (truth != null) {
            truth.writeBroken(broken);
        }
        Summary summary = new Summary(tickets, messages, perChannel, japanese, broken.size());
        writeReadme(s, summary, schedule);
        return summary;
    }

    /** First ticket index of each week (plus the end): volume grows about 2.5% a week. */
    static long[] weekStarts(long tickets, int weeks) {
        double[] cumulative = new double[weeks + 1];
        for (int w = 0; w < weeks; w++) {
            cumulative[w + 1] = cumulative[w] + 1 + 0.025 * w;
        }
        long[] starts = new long[weeks + 1];
        for (int w = 0; w <= weeks; w++) {
            starts[w] = Math.round(tickets * cumulative[w] / cumulative[weeks]);
        }
        return starts;
    }

    private static void writeReadme(Settings s, Summary summary, Schedule schedule) throws IOException {
        try (Writer w = SampleSink.open(s.out().resolve("README.md"))) {
            w.write("# Generated sample export\n\n");
            w.write("Made by `jobs/generate-sample` (class `ticketinsights.sample.GenerateSample`); do not edit by hand.\n\n");
            w.write("- settings: seed " + s.seed() + ", " + summary.tickets() + " tickets, " + s.weeks() + " ISO weeks from "
                    + schedule.weekLabel(0) + " to " + schedule.weekLabel(s.weeks() - 1) + ", export taken at " + schedule.exportAt + "\n");
            w.write("- " + summary.messages() + " messages; tickets per channel " + summary.ticketsPerChannel() + "; "
                    + summary.japaneseTickets() + " Japanese tickets\n");
            w.write("- forms: " + String.join(", ", new java.util.TreeSet<>(s.forms())) + (s.truth() ? "; ground truth in `truth/`" : "") + "\n");
            w.write("- " + summary.brokenRecords() + " deliberately broken records, listed in `truth/broken_records.csv`\n");
        }
    }
}
