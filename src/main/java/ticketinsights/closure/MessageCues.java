package ticketinsights.closure;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code message_cues} table: one row per cue a detector found in a message, vetoed ones
 * included, so a manager who doubts a ticket's flag can read the words behind it.
 */
public final class MessageCues {
    public static final String TABLE = "message_cues";

    /** The message the cue is in. */
    public static final String MESSAGE_ID = "message_id";
    /** The message's ticket. */
    public static final String TICKET_ID = "ticket_id";
    /** ISO week of the message; the partition column. */
    public static final String WEEK = "week";
    /** When the message was written (UTC). */
    public static final String CREATED_AT = "created_at";
    /** customer or agent. */
    public static final String AUTHOR_ROLE = "author_role";
    /** {@link Cue}: resolution_notice, confirmation_asked, confirmation, chase, reported_problem, negative. */
    public static final String CUE = "cue";
    /** The lexicon that matched: en or ja ({@code rule} for cues found from timing, not words). */
    public static final String LANGUAGE = "language";
    /** Start of the matched words in the message body (character offset), null when not found there. */
    public static final String SPAN_START = "span_start";
    /** End (exclusive) of the matched words in the body, null when not found there. */
    public static final String SPAN_END = "span_end";
    /** The matched words as written, or the rule that fired in parentheses. */
    public static final String MATCHED = "matched";
    /** True when a veto cancelled the cue: it is kept as evidence but counts for nothing. */
    public static final String VETOED = "vetoed";
    /** Why: negation, not_yet, reported_problem, new_question, contrary_phrase, confirmation. */
    public static final String VETO_REASON = "veto_reason";

    public static final StructType SCHEMA = new StructType()
            .add(MESSAGE_ID, DataTypes.StringType, false)
            .add(TICKET_ID, DataTypes.StringType, false)
            .add(WEEK, DataTypes.StringType, false)
            .add(CREATED_AT, DataTypes.TimestampType, false)
            .add(AUTHOR_ROLE, DataTypes.StringType, false)
            .add(CUE, DataTypes.StringType, false)
            .add(LANGUAGE, DataTypes.StringType, false)
            .add(SPAN_START, DataTypes.IntegerType, true)
            .add(SPAN_END, DataTypes.IntegerType, true)
            .add(MATCHED, DataTypes.StringType, false)
            .add(VETOED, DataTypes.BooleanType, false)
            .add(VETO_REASON, DataTypes.StringType, true);

    private MessageCues() {
    }
}
