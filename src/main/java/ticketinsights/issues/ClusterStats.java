package ticketinsights.issues;

import static org.apache.spark.sql.functions.*;

import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import ticketinsights.storage.TableStore;

/**
 * Per-cluster volume and pain inputs: tickets, distinct customers, first/last week, and, from
 * the other stages' tables when they exist (joined by ticket_id), mean first customer
 * sentiment, negative share, reopen and chase rates, median first reply and the share of slow
 * first replies. An absent table leaves its columns null, never fails the job.
 */
public final class ClusterStats {
    // Column names of the other stages' tables (fixed in the helper brief's table shapes).
    static final String LATENCY = "ticket_latency";
    static final String FIRST_REPLY_MINUTES = "first_reply_minutes";
    static final String CLOSURE = "ticket_closure";
    static final String REOPENED = "reopened";
    static final String STATUS_CHASES = "status_chases";
    static final String SENTIMENT = "ticket_sentiment";
    static final String FIRST_CUSTOMER_SCORE = "first_customer_score";
    static final String MIN_CUSTOMER_SCORE = "min_customer_score";

    /**
     * Sentiment is averaged as an exact decimal: a double sum depends on the order rows arrive
     * in, so a rerun or a cluster run would write a different last bit. The shares below
     * average 0s and 1s, which doubles add exactly in any order.
     */
    private static final org.apache.spark.sql.types.DecimalType EXACT = DataTypes.createDecimalType(20, 15);

    public static Dataset<Row> of(Dataset<Row> ticketIssue, TableStore store) {
        Dataset<Row> t = ticketIssue;
        t = withColumns(t, store.read(LATENCY), new String[] {FIRST_REPLY_MINUTES}, DataTypes.DoubleType);
        t = withColumns(t, store.read(CLOSURE), new String[] {REOPENED}, DataTypes.BooleanType);
        t = withColumns(t, store.read(CLOSURE), new String[] {STATUS_CHASES}, DataTypes.LongType);
        t = withColumns(t, store.read(SENTIMENT), new String[] {FIRST_CUSTOMER_SCORE, MIN_CUSTOMER_SCORE}, DataTypes.DoubleType);
        Row medianRow = t.agg(expr("percentile(" + FIRST_REPLY_MINUTES + ", 0.5)")).first();
        Column slow = medianRow.isNullAt(0) ? lit(null).cast(DataTypes.DoubleType)
                : when(col(FIRST_REPLY_MINUTES).isNull(), lit(null))
                        .otherwise(when(col(FIRST_REPLY_MINUTES).gt(lit(medianRow.getDouble(0))), 1.0).otherwise(0.0));
        return t.groupBy(TicketIssue.CLUSTER_ID).agg(
                count(lit(1)).as(IssueClusters.TICKETS),
                countDistinct(col("requester_id")).as(IssueClusters.DISTINCT_CUSTOMERS),
                min(col(TicketIssue.WEEK)).as(IssueClusters.FIRST_SEEN_WEEK),
                max(col(TicketIssue.WEEK)).as(IssueClusters.LAST_SEEN_WEEK),
                avg(col(FIRST_CUSTOMER_SCORE).cast(EXACT)).cast(DataTypes.DoubleType).as(IssueClusters.MEAN_SENTIMENT),
                avg(share(col(MIN_CUSTOMER_SCORE).lt(0), col(MIN_CUSTOMER_SCORE))).as(IssueClusters.NEGATIVE_SHARE),
                avg(share(col(REOPENED), col(REOPENED))).as(IssueClusters.REOPEN_RATE),
                avg(share(col(STATUS_CHASES).gt(0), col(STATUS_CHASES))).as(IssueClusters.CHASE_RATE),
                expr("percentile(" + FIRST_REPLY_MINUTES + ", 0.5)").as(IssueClusters.MEDIAN_FIRST_REPLY_MINUTES),
                avg(slow).as(IssueClusters.SLOW_REPLY_SHARE));
    }

    /** 1.0 / 0.0 for the condition, null where the underlying value is unknown (so it does not count in the mean). */
    private static Column share(Column condition, Column value) {
        return when(value.isNull(), lit(null)).otherwise(when(condition, 1.0).otherwise(0.0));
    }

    private static Dataset<Row> withColumns(Dataset<Row> t, Optional<Dataset<Row>> table, String[] columns, DataType type) {
        boolean present = table.isPresent() && java.util.Arrays.asList(table.get().columns()).containsAll(java.util.List.of(columns));
        if (present) {
            Column[] select = new Column[columns.length + 1];
            select[0] = col(TicketIssue.TICKET_ID);
            for (int i = 0; i < columns.length; i++) {
                select[i + 1] = col(columns[i]).cast(type).as(columns[i]);
            }
            return t.join(table.get().select(select), TicketIssue.TICKET_ID, "left");
        }
        for (String c : columns) {
            t = t.withColumn(c, lit(null).cast(type));
        }
        return t;
    }

    private ClusterStats() {
    }
}
