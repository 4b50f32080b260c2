package ticketinsights.closure;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code weekly_agent_phrasing} table: per ISO week × channel × group (with {@code all}
 * roll-ups, as every weekly table) × {@link PhrasingRule}, how many agent messages broke the rule.
 */
public final class WeeklyAgentPhrasing {
    public static final String TABLE = "weekly_agent_phrasing";

    public static final String WEEK = "week";
    public static final String CHANNEL = "channel";
    public static final String GROUP = "group";
    public static final String RULE = "rule";
    /** Public agent messages written in the week (the denominator). */
    public static final String AGENT_MESSAGES = "agent_messages";
    /** Agent messages flagged with the rule. */
    public static final String MESSAGES = "messages";
    /** Tickets with at least one flagged message. */
    public static final String TICKETS = "tickets";
    /** messages × 100 / agent_messages; null without agent messages. */
    public static final String RATE_PER_100_AGENT_MESSAGES = "rate_per_100_agent_messages";

    public static final StructType SCHEMA = new StructType()
            .add(WEEK, DataTypes.StringType, false)
            .add(CHANNEL, DataTypes.StringType, true)
            .add(GROUP, DataTypes.StringType, true)
            .add(RULE, DataTypes.StringType, false)
            .add(AGENT_MESSAGES, DataTypes.LongType, false)
            .add(MESSAGES, DataTypes.LongType, false)
            .add(TICKETS, DataTypes.LongType, false)
            .add(RATE_PER_100_AGENT_MESSAGES, DataTypes.DoubleType, true);

    private WeeklyAgentPhrasing() {
    }
}
