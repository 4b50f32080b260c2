package ticketinsights.jobs;

import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs jobs from a command line: parse options, start Spark, run each job in order, print each
 * job's summary line. Exit code 0 on success, 1 when a job fails, 2 on bad options.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false)
public final class Launcher implements java.util.concurrent.Callable<Integer> {
    @Mixin
    PipelineOptions options = new PipelineOptions();

    private final String name;
    private final List<Job> jobs;

    private Launcher(String name, List<Job> jobs) {
        this.name = name;
        this.jobs = jobs;
    }

    /** Parses {@code args}, runs {@code jobs} and exits the JVM with the outcome. */
    public static void main(String name, List<Job> jobs, String[] args) {
        CommandLine line = new CommandLine(new Launcher(name, jobs)).setCommandName(name);
        System.exit(line.execute(args));
    }

    @Override
    public Integer call() {
        SparkSession spark = Sparks.session("ticket-insights " + name, options.master);
        try {
            for (Job job : jobs) {
                runOne(spark, job, options);
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println(name + " failed: " + e.getMessage());
            e.printStackTrace(System.err);
            return 1;
        } finally {
            spark.stop();
        }
    }

    /** Runs one job, timing it and printing its summary line. */
    public static JobSummary runOne(SparkSession spark, Job job, PipelineOptions options) {
        Progress.say(job.name(), "starting");
        long start = System.nanoTime();
        JobSummary summary = job.run(spark, options).withDuration(Duration.ofNanos(System.nanoTime() - start));
        System.out.println(summary.line());
        return summary;
    }
}
