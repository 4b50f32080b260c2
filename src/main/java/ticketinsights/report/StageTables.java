package ticketinsights.report;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of the other stages as the report reads them: names and the columns fixed between
 * stages (the helper brief's "output table shapes"). The stages may add columns; the report reads
 * only these, by name, so it keeps working when they do. Tests build their input tables with
 * these schemas.
 */
public final class StageTables {
    public static final String WEEKLY_LATENCY = "weekly_latency";
    public static final String TICKET_LATENCY = "ticket_latency";
    public static final String WEEKLY_CLOSURE = "weekly_closure";
    public static final String TICKET_CLOSURE = "ticket_closure";
    public static final String WEEKLY_SENTIMENT = "weekly_sentiment";
    public static final String TICKET_SENTIMENT = "ticket_sentiment";
    public static final String ISSUE_CLUSTERS = "issue_clusters";
    public static final String TICKET_ISSUE = "ticket_issue";
    public static final String WEEKLY_ISSUE_COUNTS = "weekly_issue_counts";
    public static final String WEEKLY_AGENT_PHRASING = "weekly_agent_phrasing";

    /** Value of {@code channel} / {@code group} on the rolled-up rows of a weekly table. */
    public static final String ALL = "all";

    private static final DataType S = DataTypes.StringType;
    private static final DataType D = DataTypes.DoubleType;
    private static final DataType L = DataTypes.LongType;
    private static final DataType B = DataTypes.BooleanType;
    private static final DataType T = DataTypes.TimestampType;
    private static final DataType I = DataTypes.IntegerType;

    public static final StructType WEEKLY_LATENCY_SCHEMA = weekly()
            .add("tickets", L).add("replies", L)
            .add("first_reply_mean_minutes", D).add("first_reply_p50_minutes", D)
            .add("first_reply_p90_minutes", D).add("first_reply_p95_minutes", D)
            .add("first_reply_business_mean_minutes", D).add("first_reply_business_p50_minutes", D)
            .add("first_reply_business_p90_minutes", D).add("first_reply_business_p95_minutes", D)
            .add("wait_mean_minutes", D).add("wait_p50_minutes", D).add("wait_p90_minutes", D).add("wait_p95_minutes", D)
            .add("wait_business_mean_minutes", D).add("wait_business_p50_minutes", D)
            .add("wait_business_p90_minutes", D).add("wait_business_p95_minutes", D)
            .add("breach_rate", D).add("unanswered_share", D).add("one_touch_rate", D).add("reopen_rate", D)
            .add("percentile_accuracy", D);

    public static final StructType TICKET_LATENCY_SCHEMA = perTicket()
            .add("first_reply_at", T).add("first_reply_minutes", D).add("first_reply_business_minutes", D)
            .add("unanswered", B).add("agent_replies", L).add("customer_messages", L)
            .add("first_resolution_minutes", D).add("first_resolution_business_minutes", D)
            .add("full_resolution_minutes", D).add("full_resolution_business_minutes", D)
            .add("reopens", L).add("one_touch", B).add("first_reply_sla_target_minutes", D).add("first_reply_breached", B);

    public static final StructType WEEKLY_CLOSURE_SCHEMA = weekly()
            .add("tickets", L).add("solved", L).add("confirmed", L).add("closure_confirmation_rate", D)
            .add("reopen_rate", D).add("chase_rate", D).add("silent_departures", L).add("one_touch_rate", D)
            .add("csat_good", L).add("csat_bad", L).add("csat_score", D).add("rating_rate", D);

    public static final StructType TICKET_CLOSURE_SCHEMA = perTicket()
            .add("solved", B).add("resolution_notice_at", T).add("confirmation_asked", B)
            .add("customer_confirmed", B).add("confirmed_by", S).add("reopened", B).add("status_chases", L)
            .add("first_chase_at", T).add("silent_departure", B).add("one_touch", B);

    public static final StructType WEEKLY_SENTIMENT_SCHEMA = weekly()
            .add("tickets", L).add("messages", L).add("scored_messages", L).add("mean_customer_score", D)
            .add("negative_ticket_share", D).add("improved_ticket_share", D).add("scored_share", D);

    public static final StructType TICKET_SENTIMENT_SCHEMA = perTicket()
            .add("first_customer_score", D).add("last_customer_score", D).add("shift", D)
            .add("min_customer_score", D).add("negative", B);

    public static final StructType ISSUE_CLUSTERS_SCHEMA = new StructType()
            .add("cluster_id", I).add("label", S).add("kind", S).add("tickets", L).add("distinct_customers", L)
            .add("first_seen_week", S).add("last_seen_week", S).add("trend", S).add("mean_sentiment", D)
            .add("reopen_rate", D).add("chase_rate", D).add("median_first_reply_minutes", D).add("pain_score", D)
            .add("example_ticket_ids", DataTypes.createArrayType(S));

    public static final StructType TICKET_ISSUE_SCHEMA = new StructType()
            .add("ticket_id", S).add("cluster_id", I).add("distance", D).add("confidence", D).add("kind", S);

    public static final StructType WEEKLY_ISSUE_COUNTS_SCHEMA = new StructType()
            .add("week", S).add("cluster_id", I).add("tickets", L);

    public static final StructType WEEKLY_AGENT_PHRASING_SCHEMA = weekly()
            .add("rule", S).add("agent_messages", L).add("messages", L).add("tickets", L)
            .add("rate_per_100_agent_messages", D);

    private static StructType weekly() {
        return new StructType().add("week", S).add("channel", S).add("group", S);
    }

    private static StructType perTicket() {
        return new StructType().add("ticket_id", S).add("week", S).add("channel", S).add("group", S);
    }

    private StageTables() {
    }
}
