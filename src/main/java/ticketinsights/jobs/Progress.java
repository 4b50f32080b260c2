package ticketinsights.jobs;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines on standard error, so standard output stays for summaries. */
public final class Progress {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    public static void say(String job, String message) {
        System.err.println(LocalTime.now().format(CLOCK) + " [" + job + "] " + message);
    }

    private Progress() {
    }
}
