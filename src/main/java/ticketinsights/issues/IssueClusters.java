package ticketinsights.issues;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code issue_clusters} table: one row per recurring issue (cluster) of the run. */
public final class IssueClusters {
    public static final String TABLE = "issue_clusters";

    /** Stable across runs: a cluster keeps the id of the previous run's cluster with the most similar centroid. 0 is {@code other}. */
    public static final String CLUSTER_ID = "cluster_id";
    /** 3–6 distinctive terms (class-based TF-IDF), most distinctive first; {@code other} for the catch-all. */
    public static final String LABEL = "label";
    /** {@code feature_request}, {@code bug}, {@code question} or {@code other}: the dominant kind of its tickets. */
    public static final String KIND = "kind";
    /** Tickets in the cluster. */
    public static final String TICKETS = "tickets";
    /** Distinct requesters among them. */
    public static final String DISTINCT_CUSTOMERS = "distinct_customers";
    /** ISO week of the earliest ticket. */
    public static final String FIRST_SEEN_WEEK = "first_seen_week";
    /** ISO week of the latest ticket. */
    public static final String LAST_SEEN_WEEK = "last_seen_week";
    /** {@code new}, {@code growing}, {@code stable} or {@code shrinking}, from {@code weekly_issue_counts} ({@link Trends}). */
    public static final String TREND = "trend";
    /** Mean first customer sentiment score of its tickets in [-1, 1]; null without ticket_sentiment. */
    public static final String MEAN_SENTIMENT = "mean_sentiment";
    /** Share of its tickets reopened; null without ticket_closure. */
    public static final String REOPEN_RATE = "reopen_rate";
    /** Share of its tickets where the customer chased; null without ticket_closure. */
    public static final String CHASE_RATE = "chase_rate";
    /** Median first reply in calendar minutes; null without ticket_latency. */
    public static final String MEDIAN_FIRST_REPLY_MINUTES = "median_first_reply_minutes";
    /** Volume × pain ({@link PainScore}); ranks clusters for the bug and feature reports. */
    public static final String PAIN_SCORE = "pain_score";
    /** 3–5 most central tickets (nearest the centroid, near-duplicates counted once). */
    public static final String EXAMPLE_TICKET_IDS = "example_ticket_ids";
    /** Share of its tickets whose lowest customer score is negative; null without ticket_sentiment. */
    public static final String NEGATIVE_SHARE = "negative_share";
    /** Share of its answered tickets whose first reply took longer than the run's median first reply; null without ticket_latency. */
    public static final String SLOW_REPLY_SHARE = "slow_reply_share";

    public static final StructType SCHEMA = new StructType()
            .add(CLUSTER_ID, DataTypes.IntegerType, false)
            .add(LABEL, DataTypes.StringType, false)
            .add(KIND, DataTypes.StringType, false)
            .add(TICKETS, DataTypes.LongType, false)
            .add(DISTINCT_CUSTOMERS, DataTypes.LongType, false)
            .add(FIRST_SEEN_WEEK, DataTypes.StringType, true)
            .add(LAST_SEEN_WEEK, DataTypes.StringType, true)
            .add(TREND, DataTypes.StringType, false)
            .add(MEAN_SENTIMENT, DataTypes.DoubleType, true)
            .add(REOPEN_RATE, DataTypes.DoubleType, true)
            .add(CHASE_RATE, DataTypes.DoubleType, true)
            .add(MEDIAN_FIRST_REPLY_MINUTES, DataTypes.DoubleType, true)
            .add(PAIN_SCORE, DataTypes.DoubleType, false)
            .add(EXAMPLE_TICKET_IDS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(NEGATIVE_SHARE, DataTypes.DoubleType, true)
            .add(SLOW_REPLY_SHARE, DataTypes.DoubleType, true);

    private IssueClusters() {
    }
}
