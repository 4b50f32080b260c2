package ticketinsights.jobs;

import java.time.Duration;
import java.util.Locale;

/**
 * What a job did, printed as its one summary line:
 * {@code ingest: rows in 5000, rows out 4990, quarantined 10, 12.3 s (orphan replies 3)}.
 *
 * @param detail extra facts in parentheses, or empty
 */
public record JobSummary(String job, long rowsIn, long rowsOut, long quarantined, Duration duration, String detail) {

    public JobSummary withDuration(Duration took) {
        return new JobSummary(job, rowsIn, rowsOut, quarantined, took, detail);
    }

    public String line() {
        String base = String.format(Locale.ROOT, "%s: rows in %d, rows out %d, quarantined %d, %.1f s",
                job, rowsIn, rowsOut, quarantined, duration.toMillis() / 1000.0);
        return detail == null || detail.isEmpty() ? base : base + " (" + detail + ")";
    }
}
