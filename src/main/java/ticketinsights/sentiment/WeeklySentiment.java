package ticketinsights.sentiment;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code weekly_sentiment} table: per ISO week (of ticket creation) × channel × group, with
 * rolled-up rows where channel and/or group is {@code all}. Message counts are customer messages:
 * the scored share tells a manager how many messages a trend rests on.
 */
public final class WeeklySentiment {
    public static final String TABLE = "weekly_sentiment";
    /** Value of {@link #CHANNEL} / {@link #GROUP} in rolled-up rows. */
    public static final String ALL = ticketinsights.model.WeeklyBreakdown.ALL;

    public static final String WEEK = "week";
    public static final String CHANNEL = "channel";
    /** Group, {@code all}, or null for tickets without a group. */
    public static final String GROUP = "group";
    /** Tickets created in the week. */
    public static final String TICKETS = "tickets";
    /** Customer messages of those tickets. */
    public static final String MESSAGES = "messages";
    /** Of those, scored. */
    public static final String SCORED_MESSAGES = "scored_messages";
    /** Mean score over the scored customer messages; null when none. */
    public static final String MEAN_CUSTOMER_SCORE = "mean_customer_score";
    /** Tickets with a negative customer message / tickets with a scored customer message. */
    public static final String NEGATIVE_TICKET_SHARE = "negative_ticket_share";
    /** Tickets whose mood improved / tickets with at least two scored customer messages. */
    public static final String IMPROVED_TICKET_SHARE = "improved_ticket_share";
    /** scored_messages / messages. */
    public static final String SCORED_SHARE = "scored_share";
    /** Tickets with at least one scored customer message (denominator of the negative share). */
    public static final String SCORED_TICKETS = "scored_tickets";
    /** Tickets with at least two scored customer messages (denominator of the improved share). */
    public static final String TICKETS_WITH_SHIFT = "tickets_with_shift";

    public static final StructType SCHEMA = new StructType()
            .add(CHANNEL, DataTypes.StringType, false)
            .add(GROUP, DataTypes.StringType, true)
            .add(TICKETS, DataTypes.LongType, false)
            .add(MESSAGES, DataTypes.LongType, false)
            .add(SCORED_MESSAGES, DataTypes.LongType, false)
            .add(MEAN_CUSTOMER_SCORE, DataTypes.DoubleType, true)
            .add(NEGATIVE_TICKET_SHARE, DataTypes.DoubleType, true)
            .add(IMPROVED_TICKET_SHARE, DataTypes.DoubleType, true)
            .add(SCORED_SHARE, DataTypes.DoubleType, true)
            .add(SCORED_TICKETS, DataTypes.LongType, false)
            .add(TICKETS_WITH_SHIFT, DataTypes.LongType, false)
            .add(WEEK, DataTypes.StringType, false);

    private WeeklySentiment() {
    }
}
