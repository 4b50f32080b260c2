package ticketinsights.issues;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code ticket_issue} table: one row per ticket, the recurring issue it belongs to. */
public final class TicketIssue {
    public static final String TABLE = "ticket_issue";

    /** The ticket. */
    public static final String TICKET_ID = "ticket_id";
    /** {@link IssueClusters#CLUSTER_ID}; 0 ({@code other}) for tickets in tiny clusters or without usable text. */
    public static final String CLUSTER_ID = "cluster_id";
    /** Cosine distance of its statement vector to its cluster's centroid (0 = at the centre); null when it had no vector. */
    public static final String DISTANCE = "distance";
    /** How much nearer its own centroid is than the next one: (d2 − d1) / d2 in [0, 1]; null when it had no vector. */
    public static final String CONFIDENCE = "confidence";
    /** The ticket's own kind: from source labels, else from cue phrases ({@link IssueKinds}). */
    public static final String KIND = "kind";
    /** ISO week of the ticket's creation. */
    public static final String WEEK = "week";

    public static final StructType SCHEMA = new StructType()
            .add(TICKET_ID, DataTypes.StringType, false)
            .add(CLUSTER_ID, DataTypes.IntegerType, false)
            .add(DISTANCE, DataTypes.DoubleType, true)
            .add(CONFIDENCE, DataTypes.DoubleType, true)
            .add(KIND, DataTypes.StringType, false)
            .add(WEEK, DataTypes.StringType, false);

    private TicketIssue() {
    }
}
