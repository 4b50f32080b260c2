package ticketinsights.jobs;

import java.util.List;

/** Every stage, in the order their tables depend on each other. */
public final class Pipeline {
    public static final List<Job> STAGES = List.of(
            new ticketinsights.ingest.IngestJob(),
            new ticketinsights.latency.LatencyJob(),
            new ticketinsights.sentiment.SentimentJob(),
            new ticketinsights.closure.ClosureJob(),
            new ticketinsights.issues.IssuesJob(),
            new ticketinsights.report.ReportJob());

    public static void main(String[] args) {
        Launcher.main("pipeline", STAGES, args);
    }

    private Pipeline() {
    }
}
