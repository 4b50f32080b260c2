package ticketinsights.closure;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code agent_phrasing} table: one row per public agent message and {@link PhrasingRule} it
 * breaks, with the sentence that fired, so a team lead can coach on the words themselves.
 */
public final class AgentPhrasing {
    public static final String TABLE = "agent_phrasing";

    public static final String MESSAGE_ID = "message_id";
    public static final String TICKET_ID = "ticket_id";
    /** ISO week of the message; the partition column. */
    public static final String WEEK = "week";
    public static final String CHANNEL = "channel";
    /** The ticket's group (null when the ticket has none). */
    public static final String GROUP = "group";
    /** The agent who wrote the message. */
    public static final String AUTHOR_ID = "author_id";
    /** {@link PhrasingRule}: bare_refusal, blames_customer, points_to_manual, repeated_apology. */
    public static final String RULE = "rule";
    /**
     * The sentence that fired, from the cleaned text ({@code MessageCleaner}: no quotes,
     * signatures, links, handles or e-mail addresses).
     */
    public static final String SENTENCE = "sentence";
    /** Start of the matched words in the message body, null when not found there verbatim. */
    public static final String SPAN_START = "span_start";
    /** End (exclusive) of the matched words in the body. */
    public static final String SPAN_END = "span_end";
    /** The words that matched the rule's lexicon. */
    public static final String MATCHED = "matched";

    public static final StructType SCHEMA = new StructType()
            .add(MESSAGE_ID, DataTypes.StringType, false)
            .add(TICKET_ID, DataTypes.StringType, false)
            .add(WEEK, DataTypes.StringType, false)
            .add(CHANNEL, DataTypes.StringType, true)
            .add(GROUP, DataTypes.StringType, true)
            .add(AUTHOR_ID, DataTypes.StringType, true)
            .add(RULE, DataTypes.StringType, false)
            .add(SENTENCE, DataTypes.StringType, false)
            .add(SPAN_START, DataTypes.IntegerType, true)
            .add(SPAN_END, DataTypes.IntegerType, true)
            .add(MATCHED, DataTypes.StringType, false);

    private AgentPhrasing() {
    }
}
