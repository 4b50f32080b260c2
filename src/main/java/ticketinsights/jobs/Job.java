package ticketinsights.jobs;

import org.apache.spark.sql.SparkSession;

/** One stage of the pipeline: reads tables or exports, writes tables, reports what it did. */
public interface Job {
    /** Short name used in progress lines and summaries, e.g. {@code ingest}. */
    String name();

    JobSummary run(SparkSession spark, PipelineOptions options);
}
