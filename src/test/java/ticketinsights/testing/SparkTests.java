package ticketinsights.testing;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The one local SparkSession the tests of a JVM share (local[2], 2 shuffle partitions, UI off,
 * UTC), started on first use and stopped when the JVM exits, plus helpers to build tiny inline
 * datasets.
 */
public final class SparkTests {
    private static SparkSession session;

    public static synchronized SparkSession spark() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("ticket-insights-tests")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }

    /** Unpersists every cached dataset and RDD of the shared session, if it was started. */
    public static synchronized void dropCaches() {
        if (session != null) {
            session.catalog().clearCache();
            session.sparkContext().getPersistentRDDs().values().foreach(rdd -> rdd.unpersist(true));
        }
    }

    /** A dataset of the given rows (each an array of column values) with an explicit schema. */
    public static Dataset<Row> rows(StructType schema, Object[]... values) {
        List<Row> rows = Arrays.stream(values).map(RowFactory::create).toList();
        return spark().createDataFrame(rows, schema);
    }

    private SparkTests() {
    }
}
