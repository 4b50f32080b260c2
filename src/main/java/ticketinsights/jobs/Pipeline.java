package ticketinsights.jobs;

import java.util.List;
import ticketinsights.latency.LatencyJob;

/** Every stage, in the order their tables depend on each other. */
public final class Pipeline {
    public static final List<Job> STAGES = List.of(
            new LatencyJob());

    public static void main(String[] args) {
        Launcher.main("pipeline", STAGES, args);
    }

    private Pipeline() {
    }
}
