package ticketinsights.ingest;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.Channel;
import ticketinsights.model.SourceFormat;

/**
 * Twitter conversations as tickets: the tweets form trees through {@code
 * in_response_to_tweet_id}; one ticket per tree, its id the root tweet's id. A reply whose parent
 * is not in the export is kept as the root of its own ticket and counted as an orphan (the
 * export is a slice of a larger stream, so missing parents are normal, not an error). A chain
 * that loops back on itself has no root and is quarantined.
 *
 * <p>Roots are found on the driver from the (tweet, parent) pairs: two ids per tweet, about
 * 100 MB for the full 2.8M-tweet twcs.csv, in one pass with path memoisation.
 */
final class Threads {
    static final String ORPHAN_ROOT = "orphan_root";
    static final String LOOPS = "loops";
    private static final StructType ROOTS = new StructType()
            .add("tweet_id", DataTypes.StringType, false)
            .add("root_id", DataTypes.StringType, true)
            .add(ORPHAN_ROOT, DataTypes.BooleanType, false)
            .add(LOOPS, DataTypes.BooleanType, false);

    private Threads() {
    }

    /** Twitter messages (ticket_id null, parent_id set) with ticket_id set to their root; the others as they were. */
    static Dataset<Row> assignTickets(SparkSession spark, Dataset<Row> messages) {
        Dataset<Row> tweets = messages.filter(col(IngestRecord.SOURCE_FORMAT).equalTo(SourceFormat.TWCS.id()));
        Map<String, String> parents = new HashMap<>();
        for (Row row : tweets.select(IngestRecord.MESSAGE_ID, IngestRecord.PARENT_ID).collectAsList()) {
            parents.put(row.getString(0), row.getString(1));
        }
        if (parents.isEmpty()) {
            return messages.withColumn(ORPHAN_ROOT, lit(false)).withColumn(LOOPS, lit(false));
        }
        Map<String, String> roots = new HashMap<>();
        List<Row> rows = new ArrayList<>(parents.size());
        for (String tweet : parents.keySet()) {
            String root = rootOf(tweet, parents, roots);
            String parent = parents.get(tweet);
            boolean orphan = tweet.equals(root) && parent != null;
            rows.add(RowFactory.create(tweet, root, orphan, root == null));
        }
        rows.sort(java.util.Comparator.comparing(r -> r.getString(0)));
        int slices = Math.max(1, Math.min(64, rows.size() / 200_000 + 1));
        Dataset<Row> threads = spark.createDataFrame(new JavaSparkContext(spark.sparkContext()).parallelize(rows, slices), ROOTS);
        Dataset<Row> joined = messages.join(threads, messages.col(IngestRecord.MESSAGE_ID).equalTo(threads.col("tweet_id"))
                .and(messages.col(IngestRecord.SOURCE_FORMAT).equalTo(SourceFormat.TWCS.id())), "left");
        return joined
                .withColumn(IngestRecord.TICKET_ID, coalesce(col(IngestRecord.TICKET_ID), col("root_id")))
                .withColumn(ORPHAN_ROOT, coalesce(col(ORPHAN_ROOT), lit(false)))
                .withColumn(LOOPS, coalesce(col(LOOPS), lit(false)))
                .drop("tweet_id", "root_id");
    }

    /** The root of {@code tweet}'s tree, or null when its chain of parents loops. */
    static String rootOf(String tweet, Map<String, String> parents, Map<String, String> roots) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = tweet;
        String root;
        while (true) {
            if (roots.containsKey(current)) {
                root = roots.get(current);
                break;
            }
            if (!seen.add(current)) {
                root = null;
                break;
            }
            path.add(current);
            String parent = parents.get(current);
            if (parent == null || !parents.containsKey(parent)) {
                root = current;
                break;
            }
            current = parent;
        }
        for (String step : path) {
            roots.put(step, root);
        }
        return root;
    }

    /**
     * One ticket per Twitter thread: opened when its first tweet was written, the requester the
     * first customer in it, the group the brand account that answered first (the brand is the
     * support desk), lineage pointing at the root tweet.
     */
    static Dataset<Row> tickets(Dataset<Row> threadMessages) {
        Dataset<Row> tweets = threadMessages.filter(col(IngestRecord.SOURCE_FORMAT).equalTo(SourceFormat.TWCS.id()));
        Dataset<Row> byTime = tweets.withColumn("customer_at", when(col(IngestRecord.AUTHOR_ROLE).equalTo(AuthorRole.CUSTOMER), col(IngestRecord.CREATED_AT)))
                .withColumn("agent_at", when(col(IngestRecord.AUTHOR_ROLE).equalTo(AuthorRole.AGENT), col(IngestRecord.CREATED_AT)))
                .withColumn("root_at", when(col(IngestRecord.MESSAGE_ID).equalTo(col(IngestRecord.TICKET_ID)), col(IngestRecord.CREATED_AT)));
        return byTime.groupBy(IngestRecord.TICKET_ID).agg(
                        min(IngestRecord.CREATED_AT).as(IngestRecord.CREATED_AT),
                        max(IngestRecord.CREATED_AT).as(IngestRecord.UPDATED_AT),
                        min_by(col(IngestRecord.AUTHOR_ID), col("customer_at")).as(IngestRecord.REQUESTER_ID),
                        min_by(col(IngestRecord.AUTHOR_ID), col("agent_at")).as(IngestRecord.GROUP),
                        min_by(col(IngestRecord.SOURCE_FILE), col("root_at")).as(IngestRecord.SOURCE_FILE),
                        min_by(col(IngestRecord.SOURCE_RECORD), col("root_at")).as(IngestRecord.SOURCE_RECORD))
                .withColumn(IngestRecord.CHANNEL, lit(Channel.SOCIAL))
                .withColumn(IngestRecord.TAGS, lit(""))
                .withColumn(IngestRecord.SOURCE_FORMAT, lit(SourceFormat.TWCS.id()));
    }
}
