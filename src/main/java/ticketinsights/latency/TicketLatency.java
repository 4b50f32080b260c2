package ticketinsights.latency;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code ticket_latency} table: one row per ticket with its first reply, reply counts,
 * resolution times and reopens (METRICS.md "Response latency"). Partitioned by the ISO week of
 * the ticket's creation.
 */
public final class TicketLatency {
    public static final String TABLE = "ticket_latency";

    /** The ticket. */
    public static final String TICKET_ID = "ticket_id";
    /** ISO week of {@link #CREATED_AT}; the partition column. */
    public static final String WEEK = "week";
    /** The ticket's channel. */
    public static final String CHANNEL = "channel";
    /** The ticket's group or brand; null when the source has none. */
    public static final String GROUP = "group";
    /** When the ticket was opened (its first message when the tickets table does not know it). */
    public static final String CREATED_AT = "created_at";
    /** The public agent message that answered the ticket's first customer message; null if none. */
    public static final String FIRST_REPLY_AT = "first_reply_at";
    /** First reply time in calendar minutes: first customer message → next public agent message. */
    public static final String FIRST_REPLY_MINUTES = "first_reply_minutes";
    /** First reply time in business minutes. */
    public static final String FIRST_REPLY_BUSINESS_MINUTES = "first_reply_business_minutes";
    /** A customer wrote and no public agent message followed by the as-of time. */
    public static final String UNANSWERED = "unanswered";
    /** Public agent messages (replies) in the ticket. */
    public static final String AGENT_REPLIES = "agent_replies";
    /** Customer messages in the ticket. */
    public static final String CUSTOMER_MESSAGES = "customer_messages";
    /** True when the ticket is solved (or closed) at the as-of time. */
    public static final String SOLVED = "solved";
    /** Calendar minutes from creation to the first solve; null when never solved. */
    public static final String FIRST_RESOLUTION_MINUTES = "first_resolution_minutes";
    /** Business minutes from creation to the first solve. */
    public static final String FIRST_RESOLUTION_BUSINESS_MINUTES = "first_resolution_business_minutes";
    /** Calendar minutes from creation to the last solve; null for tickets not solved now. */
    public static final String FULL_RESOLUTION_MINUTES = "full_resolution_minutes";
    /** Business minutes from creation to the last solve. */
    public static final String FULL_RESOLUTION_BUSINESS_MINUTES = "full_resolution_business_minutes";
    /** Status changes from solved/closed back to another status; null when the status history is unknown. */
    public static final String REOPENS = "reopens";
    /** Where resolution and reopens come from: {@code events} (ticket_events), {@code status} (status and solved_at) or null. */
    public static final String RESOLUTION_SOURCE = "resolution_source";
    /** Solved with at most one public agent reply. */
    public static final String ONE_TOUCH = "one_touch";
    /** The first reply's SLA target in minutes of {@link #FIRST_REPLY_SLA_CLOCK}; null without a first wait or target. */
    public static final String FIRST_REPLY_SLA_TARGET_MINUTES = "first_reply_sla_target_minutes";
    /** {@code calendar} or {@code business}. */
    public static final String FIRST_REPLY_SLA_CLOCK = "first_reply_sla_clock";
    /** The first reply came after its target, or has not come and the target has passed at as-of. */
    public static final String FIRST_REPLY_BREACHED = "first_reply_breached";

    public static final StructType SCHEMA = new StructType()
            .add(TICKET_ID, DataTypes.StringType, false)
            .add(CHANNEL, DataTypes.StringType, false)
            .add(GROUP, DataTypes.StringType, true)
            .add(CREATED_AT, DataTypes.TimestampType, false)
            .add(FIRST_REPLY_AT, DataTypes.TimestampType, true)
            .add(FIRST_REPLY_MINUTES, DataTypes.DoubleType, true)
            .add(FIRST_REPLY_BUSINESS_MINUTES, DataTypes.DoubleType, true)
            .add(UNANSWERED, DataTypes.BooleanType, false)
            .add(AGENT_REPLIES, DataTypes.LongType, false)
            .add(CUSTOMER_MESSAGES, DataTypes.LongType, false)
            .add(SOLVED, DataTypes.BooleanType, false)
            .add(FIRST_RESOLUTION_MINUTES, DataTypes.DoubleType, true)
            .add(FIRST_RESOLUTION_BUSINESS_MINUTES, DataTypes.DoubleType, true)
            .add(FULL_RESOLUTION_MINUTES, DataTypes.DoubleType, true)
            .add(FULL_RESOLUTION_BUSINESS_MINUTES, DataTypes.DoubleType, true)
            .add(REOPENS, DataTypes.LongType, true)
            .add(RESOLUTION_SOURCE, DataTypes.StringType, true)
            .add(ONE_TOUCH, DataTypes.BooleanType, false)
            .add(FIRST_REPLY_SLA_TARGET_MINUTES, DataTypes.DoubleType, true)
            .add(FIRST_REPLY_SLA_CLOCK, DataTypes.StringType, true)
            .add(FIRST_REPLY_BREACHED, DataTypes.BooleanType, true)
            .add(WEEK, DataTypes.StringType, false);

    private TicketLatency() {
    }
}
