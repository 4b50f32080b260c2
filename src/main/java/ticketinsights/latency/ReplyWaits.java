package ticketinsights.latency;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code reply_waits} table: one row per requester wait (METRICS.md "requester wait"): a run
 * of consecutive customer messages, from the first message of the run to the next public agent
 * message. Partitioned by the ISO week the wait started.
 */
public final class ReplyWaits {
    public static final String TABLE = "reply_waits";

    /** The ticket the wait belongs to. */
    public static final String TICKET_ID = "ticket_id";
    /** ISO week of {@link #WAIT_STARTED_AT}; the partition column. */
    public static final String WEEK = "week";
    /** The ticket's channel (SLA targets are per channel). */
    public static final String CHANNEL = "channel";
    /** The ticket's group or brand; null when the source has none. */
    public static final String GROUP = "group";
    /** The first customer message of the run. */
    public static final String WAIT_STARTED_AT = "wait_started_at";
    /** The next public agent message after the run; null while the wait is open. */
    public static final String ANSWERED_AT = "answered_at";
    /** Calendar minutes waited; for an open wait its age at the as-of time. */
    public static final String WAIT_MINUTES = "wait_minutes";
    /** Business minutes waited (open hours of the configured calendar only). */
    public static final String WAIT_BUSINESS_MINUTES = "wait_business_minutes";
    /** {@code first} for the ticket's first wait (its first reply time), else {@code next}. */
    public static final String KIND = "kind";
    /** True when no agent has answered the run by the as-of time. */
    public static final String OPEN = "open";
    /** The SLA target for this channel and kind, in minutes of {@link #SLA_CLOCK}; null when none is set. */
    public static final String SLA_TARGET_MINUTES = "sla_target_minutes";
    /** {@code calendar} or {@code business}: which of the two durations the target is judged on. */
    public static final String SLA_CLOCK = "sla_clock";
    /** Waited longer than the target (open waits: older than the target at as-of); null without a target. */
    public static final String BREACHED = "breached";
    /** How many customer messages the run holds (consecutive messages form one wait). */
    public static final String CUSTOMER_MESSAGES = "customer_messages";

    public static final String KIND_FIRST = "first";
    public static final String KIND_NEXT = "next";

    public static final StructType SCHEMA = new StructType()
            .add(TICKET_ID, DataTypes.StringType, false)
            .add(CHANNEL, DataTypes.StringType, false)
            .add(GROUP, DataTypes.StringType, true)
            .add(WAIT_STARTED_AT, DataTypes.TimestampType, false)
            .add(ANSWERED_AT, DataTypes.TimestampType, true)
            .add(WAIT_MINUTES, DataTypes.DoubleType, false)
            .add(WAIT_BUSINESS_MINUTES, DataTypes.DoubleType, false)
            .add(KIND, DataTypes.StringType, false)
            .add(OPEN, DataTypes.BooleanType, false)
            .add(SLA_TARGET_MINUTES, DataTypes.DoubleType, true)
            .add(SLA_CLOCK, DataTypes.StringType, true)
            .add(BREACHED, DataTypes.BooleanType, true)
            .add(CUSTOMER_MESSAGES, DataTypes.LongType, false)
            .add(WEEK, DataTypes.StringType, false);

    private ReplyWaits() {
    }
}
