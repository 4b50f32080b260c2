package ticketinsights.sentiment;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code ticket_sentiment} table: one row per ticket, from its customer messages that were
 * scored (messages in other languages or empty after cleaning do not count; all scores are null
 * when none was scored).
 */
public final class TicketSentiment {
    public static final String TABLE = "ticket_sentiment";

    public static final String TICKET_ID = "ticket_id";
    /** ISO week of the ticket's {@code created_at}; the partition column. */
    public static final String WEEK = "week";
    public static final String CHANNEL = "channel";
    /** Support group or brand (null when the ticket has none). */
    public static final String GROUP = "group";
    /** Score of the earliest scored customer message. */
    public static final String FIRST_CUSTOMER_SCORE = "first_customer_score";
    /** Score of the latest scored customer message. */
    public static final String LAST_CUSTOMER_SCORE = "last_customer_score";
    /** last − first; 0 with a single scored customer message. */
    public static final String SHIFT = "shift";
    /** The most negative customer message's score. */
    public static final String MIN_CUSTOMER_SCORE = "min_customer_score";
    /** True when any scored customer message is negative or very negative; null when none was scored. */
    public static final String NEGATIVE = "negative";
    /** Customer messages in the ticket. */
    public static final String CUSTOMER_MESSAGES = "customer_messages";
    /** Of those, scored. */
    public static final String SCORED_CUSTOMER_MESSAGES = "scored_customer_messages";
    /** Mean score of the scored customer messages. */
    public static final String MEAN_CUSTOMER_SCORE = "mean_customer_score";
    /** Class of the first scored customer message. */
    public static final String FIRST_CUSTOMER_CLASS = "first_customer_class";
    /** Class of the last scored customer message. */
    public static final String LAST_CUSTOMER_CLASS = "last_customer_class";
    /**
     * The mood improved: the last scored customer message is on a better side (negative &lt; neutral
     * &lt; positive) than the first. Null with fewer than two scored customer messages.
     */
    public static final String IMPROVED = "improved";

    public static final StructType SCHEMA = new StructType()
            .add(TICKET_ID, DataTypes.StringType, false)
            .add(CHANNEL, DataTypes.StringType, false)
            .add(GROUP, DataTypes.StringType, true)
            .add(FIRST_CUSTOMER_SCORE, DataTypes.DoubleType, true)
            .add(LAST_CUSTOMER_SCORE, DataTypes.DoubleType, true)
            .add(SHIFT, DataTypes.DoubleType, true)
            .add(MIN_CUSTOMER_SCORE, DataTypes.DoubleType, true)
            .add(NEGATIVE, DataTypes.BooleanType, true)
            .add(CUSTOMER_MESSAGES, DataTypes.LongType, false)
            .add(SCORED_CUSTOMER_MESSAGES, DataTypes.LongType, false)
            .add(MEAN_CUSTOMER_SCORE, DataTypes.DoubleType, true)
            .add(FIRST_CUSTOMER_CLASS, DataTypes.StringType, true)
            .add(LAST_CUSTOMER_CLASS, DataTypes.StringType, true)
            .add(IMPROVED, DataTypes.BooleanType, true)
            .add(WEEK, DataTypes.StringType, false);

    private TicketSentiment() {
    }
}
