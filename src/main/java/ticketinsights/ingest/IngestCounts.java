package ticketinsights.ingest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the ingest did, in the terms of its summary line. Records read = records used (written,
 * or merged into a later copy as a duplicate) + quarantined + skipped with a reason, always;
 * {@link #check()} fails the run when that does not add up, because it would mean data was lost.
 *
 * @param read          records the adapters produced: tickets, messages, events, quarantined and
 *                      skipped records (users and groups are lookups, counted in {@code lookups})
 * @param threadTickets tickets built from Twitter threads rather than read (in {@code tickets})
 */
record IngestCounts(long read, long messages, long tickets, long threadTickets, long events, long quarantined,
        long duplicates, long orphans, List<Reason> skipped, long lookups) {

    /** A reason and how many records it applies to. */
    record Reason(String reason, long count) {
    }

    long skippedTotal() {
        return skipped.stream().mapToLong(Reason::count).sum();
    }

    /** Records that went into a table, directly or merged into the copy that won. */
    long used() {
        return messages + (tickets - threadTickets) + events + duplicates;
    }

    double quarantineShare() {
        return read == 0 ? 0 : (double) quarantined / read;
    }

    void check() {
        if (read != used() + quarantined + skippedTotal()) {
            throw new IllegalStateException("ingest lost track of records: read " + read + " != used " + used()
                    + " + quarantined " + quarantined + " + skipped " + skippedTotal());
        }
    }

    String detail() {
        String skips = skipped.isEmpty() ? "" : skipped.stream().map(r -> r.reason() + " " + r.count())
                .collect(Collectors.joining(", ", " (", ")"));
        return String.format(Locale.ROOT,
                "messages %d, tickets %d%s, ticket_events %d, duplicates merged %d, orphan replies %d, skipped %d%s; "
                        + "read %d = used %d + quarantined %d + skipped %d",
                messages, tickets, threadTickets > 0 ? " (" + threadTickets + " from Twitter threads)" : "", events,
                duplicates, orphans, skippedTotal(), skips, read, used(), quarantined, skippedTotal());
    }
}
