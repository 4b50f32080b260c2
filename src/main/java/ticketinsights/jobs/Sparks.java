package ticketinsights.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession every job runs in. */
public final class Sparks {

    /**
     * A session on {@code master}, unless spark-submit already chose one (then its choice wins,
     * so the same jobs run unchanged on a cluster). Timestamps are read and written in UTC.
     */
    public static SparkSession session(String appName, String master) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName(appName)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.compression.codec", "snappy");
        if (!conf.contains("spark.master")) {
            builder.master(master);
            if (master.startsWith("local")) {
                builder.config("spark.ui.enabled", "false")
                        .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, Runtime.getRuntime().availableProcessors() * 2)));
            }
        }
        return builder.getOrCreate();
    }

    private Sparks() {
    }
}
