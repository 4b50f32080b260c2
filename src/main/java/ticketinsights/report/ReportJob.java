package ticketinsights.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import ticketinsights.jobs.Job;
import ticketinsights.jobs.JobSummary;
import ticketinsights.jobs.Launcher;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.jobs.Progress;
import ticketinsights.storage.TableStore;

/**
 * The weekly report, last stage of the pipeline: reads the other stages' tables and writes
 * {@code <out>/reports/<YYYY-Www>/} with {@code index.html} (self-contained, inline SVG charts),
 * {@code report.md} and one CSV per table plus the per-ticket drill-downs. The directory is
 * written beside its final place and renamed in, so a failed run keeps the previous report.
 */
public final class ReportJob implements Job {
    public static final String INDEX = "index.html";
    public static final String MARKDOWN = "report.md";

    @Override
    public String name() {
        return "report";
    }

    @Override
    public JobSummary run(SparkSession spark, PipelineOptions options) {
        ReportInputs inputs = new ReportInputs(new TableStore(spark, options.out));
        if (!inputs.missing().isEmpty()) {
            Progress.say(name(), "missing tables, their sections say so: " + String.join(", ", inputs.missing()));
        }
        WeeklyReport report = WeeklyReportBuilder.build(inputs, settings(options));
        Progress.say(name(), "week " + report.week() + " (" + report.weekStart() + " to " + report.weekEnd() + ")");
        Path dir = write(spark, options.out, report, options.ticketUrl);
        long rows = report.tables().stream().mapToLong(t -> t.rows().size()).sum()
                + report.drillDowns().stream().mapToLong(t -> t.rows().size()).sum();
        return new JobSummary(name(), inputs.presentTables(), rows, 0, java.time.Duration.ZERO,
                "rows in = input tables found, of " + ReportInputs.WRITTEN_BY.size() + "; rows out = report table rows; week "
                        + report.week() + " in " + dir);
    }

    static WeeklyReportBuilder.Settings settings(PipelineOptions options) {
        String url = options.ticketUrl;
        if (url != null && !url.isBlank() && !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException("--ticket-url must be an http(s) URL with {id}, e.g. "
                    + "https://example.zendesk.com/agent/tickets/{id}: " + url);
        }
        return new WeeklyReportBuilder.Settings(options.week, url, !options.noMaskPii);
    }

    /** Writes every file of the report and returns its directory. */
    static Path write(SparkSession spark, String out, WeeklyReport report, String ticketUrl) {
        Path reports = new Path(out, "reports");
        Path target = new Path(reports, report.week());
        Path staged = new Path(reports, "." + report.week() + ".tmp-" + UUID.randomUUID());
        // A private instance: the local file system would write a .crc file beside every report
        // file, and turning that off on the shared cached instance would change Spark's writes too.
        try (FileSystem fs = FileSystem.newInstance(reports.toUri(), spark.sparkContext().hadoopConfiguration())) {
            fs.setWriteChecksum(false);
            fs.mkdirs(staged);
            file(fs, new Path(staged, INDEX), o -> text(o, Templates.html(report, ticketUrl)));
            file(fs, new Path(staged, MARKDOWN), o -> text(o, Templates.markdown(report, ticketUrl)));
            for (ReportTable table : report.tables()) {
                file(fs, new Path(staged, table.name() + ".csv"), o -> CsvReport.write(table, o));
            }
            for (ReportTable table : report.drillDowns()) {
                file(fs, new Path(staged, table.name() + ".csv"), o -> CsvReport.write(table, o));
            }
            if (fs.exists(target)) {
                fs.delete(target, true);
            }
            if (!fs.rename(staged, target)) {
                throw new IOException("could not move " + staged + " to " + target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("writing the report under " + target + " failed", e);
        }
    }

    private static void file(FileSystem fs, Path path, Consumer<OutputStream> body) throws IOException {
        try (OutputStream out = fs.create(path, true)) {
            body.accept(out);
        }
    }

    private static void text(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        Launcher.main("report", List.of(new ReportJob()), args);
    }
}
