package ticketinsights.issues;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code weekly_issue_counts} table: tickets per ISO week and recurring issue (weeks without tickets have no row). */
public final class WeeklyIssueCounts {
    public static final String TABLE = "weekly_issue_counts";

    /** ISO week of the tickets' creation; the partition column. */
    public static final String WEEK = "week";
    /** {@link IssueClusters#CLUSTER_ID}. */
    public static final String CLUSTER_ID = "cluster_id";
    /** Tickets of that issue created that week. */
    public static final String TICKETS = "tickets";

    public static final StructType SCHEMA = new StructType()
            .add(WEEK, DataTypes.StringType, false)
            .add(CLUSTER_ID, DataTypes.IntegerType, false)
            .add(TICKETS, DataTypes.LongType, false);

    private WeeklyIssueCounts() {
    }
}
