package ticketinsights.latency;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code weekly_latency} table: one row per ISO week × channel × group, plus rolled-up rows
 * whose {@code group}, or {@code channel} and {@code group}, are {@code all}. Ticket figures
 * belong to the week the ticket was created, wait figures to the week the wait started.
 * Percentiles are Spark's percentile_approx at {@link #PERCENTILE_ACCURACY}.
 */
public final class WeeklyLatency {
    public static final String TABLE = "weekly_latency";
    /** The rolled-up value of {@code channel} and {@code group}. */
    public static final String ALL = ticketinsights.model.WeeklyBreakdown.ALL;

    /** ISO week; the partition column. */
    public static final String WEEK = "week";
    /** Channel, or {@code all}. */
    public static final String CHANNEL = "channel";
    /** Group, or {@code all}; null for tickets without a group. */
    public static final String GROUP = "group";
    /** Tickets created in the week. */
    public static final String TICKETS = "tickets";
    /** Public agent replies in those tickets. */
    public static final String REPLIES = "replies";
    /** Requester waits that started in the week (first and next, answered and open). */
    public static final String WAITS = "waits";
    /** Of those, waits still open at the as-of time. */
    public static final String OPEN_WAITS = "open_waits";
    /** Share of waits with an SLA target that breached it (answered late, or open past target); null when none. */
    public static final String BREACH_RATE = "breach_rate";
    /** Share of the week's tickets with a first wait whose first reply breached its target. */
    public static final String FIRST_REPLY_BREACH_RATE = "first_reply_breach_rate";
    /** Unanswered tickets / tickets with at least one customer message. */
    public static final String UNANSWERED_SHARE = "unanswered_share";
    /** One-touch tickets / solved tickets. */
    public static final String ONE_TOUCH_RATE = "one_touch_rate";
    /** Tickets reopened at least once / tickets whose status history is known. */
    public static final String REOPEN_RATE = "reopen_rate";
    /** The percentile_approx accuracy used: each percentile's rank is within 1/accuracy of the true rank. */
    public static final String PERCENTILE_ACCURACY = "percentile_accuracy";

    /** Mean, p50, p90 and p95 column names for a measure, e.g. {@code first_reply_p90_minutes}. */
    static String[] statColumns(String prefix) {
        return new String[] {prefix + "_mean_minutes", prefix + "_p50_minutes", prefix + "_p90_minutes", prefix + "_p95_minutes"};
    }

    /** First reply time (answered first waits), calendar and business. */
    public static final String[] FIRST_REPLY = statColumns("first_reply");
    public static final String[] FIRST_REPLY_BUSINESS = statColumns("first_reply_business");
    /** Every answered wait (first and next), calendar and business. */
    public static final String[] WAIT = statColumns("wait");
    public static final String[] WAIT_BUSINESS = statColumns("wait_business");

    public static final StructType SCHEMA = schema();

    private static StructType schema() {
        StructType schema = new StructType()
                .add(CHANNEL, DataTypes.StringType, false)
                .add(GROUP, DataTypes.StringType, true)
                .add(TICKETS, DataTypes.LongType, false)
                .add(REPLIES, DataTypes.LongType, false);
        for (String[] stats : new String[][] {FIRST_REPLY, FIRST_REPLY_BUSINESS, WAIT, WAIT_BUSINESS}) {
            for (String column : stats) {
                schema = schema.add(column, DataTypes.DoubleType, true);
            }
        }
        return schema
                .add(WAITS, DataTypes.LongType, false)
                .add(OPEN_WAITS, DataTypes.LongType, false)
                .add(BREACH_RATE, DataTypes.DoubleType, true)
                .add(FIRST_REPLY_BREACH_RATE, DataTypes.DoubleType, true)
                .add(UNANSWERED_SHARE, DataTypes.DoubleType, true)
                .add(ONE_TOUCH_RATE, DataTypes.DoubleType, true)
                .add(REOPEN_RATE, DataTypes.DoubleType, true)
                .add(PERCENTILE_ACCURACY, DataTypes.IntegerType, false)
                .add(WEEK, DataTypes.StringType, false);
    }

    private WeeklyLatency() {
    }
}
