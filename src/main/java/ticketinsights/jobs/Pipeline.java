package ticketinsights.jobs;

import java.util.List;

/** Every stage, in the order their tables depend on each other. */
public final class Pipeline {
    public static final List<Job> STAGES = List.of(
            new ticketinsights.issues.IssuesJob());

    public static void main(String[] args) {
        Launcher.main("pipeline", STAGES, args);
    }

    private Pipeline() {
    }
}
