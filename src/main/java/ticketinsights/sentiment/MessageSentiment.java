package ticketinsights.sentiment;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code message_sentiment} table: one row per message, scored or with the reason it was not.
 * Rows are kept from run to run: a message whose cleaned text has not changed keeps its row.
 */
public final class MessageSentiment {
    public static final String TABLE = "message_sentiment";

    /** The message ({@code messages.message_id}). */
    public static final String MESSAGE_ID = "message_id";
    /** Its ticket. */
    public static final String TICKET_ID = "ticket_id";
    /** ISO week of the message's {@code created_at}; the partition column. */
    public static final String WEEK = "week";
    /** When the message was written (UTC), so first and last customer messages can be told apart. */
    public static final String CREATED_AT = "created_at";
    /** customer, agent or system. */
    public static final String AUTHOR_ROLE = "author_role";
    /** ISO 639-1 code of the cleaned text (Lingua), {@code unknown}, or null when the text was empty. */
    public static final String LANGUAGE = "language";
    /** Sentences that went through the sentiment model (after the sentence cap); 0 when not scored. */
    public static final String SENTENCES_SCORED = "sentences_scored";
    /** very_negative, negative, neutral, positive, very_positive; null when not scored. */
    public static final String SENTIMENT_CLASS = "sentiment_class";
    /** The combined score in [-1, 1] ({@link CombinationRule}); null when not scored. */
    public static final String SCORE = "score";
    /** True when the sentiment model scored the message. */
    public static final String SCORED = "scored";
    /** {@code language} (not English) or {@code empty_after_cleaning}; null when scored. */
    public static final String REASON_NOT_SCORED = "reason_not_scored";
    /** SHA-256 (hex) of the cleaned text; with the message id, the key a re-run reuses rows by. */
    public static final String TEXT_HASH = "text_hash";
    /** Sentences beyond the per-message sentence cap, not scored (the cap bit when &gt; 0). */
    public static final String SENTENCES_DROPPED = "sentences_dropped";
    /** Scored sentences that were cut at the per-sentence token cap. */
    public static final String SENTENCES_TRUNCATED = "sentences_truncated";

    /** Why a message was not scored. */
    public static final String REASON_LANGUAGE = "language";
    public static final String REASON_EMPTY = "empty_after_cleaning";

    public static final StructType SCHEMA = new StructType()
            .add(MESSAGE_ID, DataTypes.StringType, false)
            .add(TICKET_ID, DataTypes.StringType, false)
            .add(CREATED_AT, DataTypes.TimestampType, false)
            .add(AUTHOR_ROLE, DataTypes.StringType, false)
            .add(LANGUAGE, DataTypes.StringType, true)
            .add(SENTENCES_SCORED, DataTypes.IntegerType, false)
            .add(SENTIMENT_CLASS, DataTypes.StringType, true)
            .add(SCORE, DataTypes.DoubleType, true)
            .add(SCORED, DataTypes.BooleanType, false)
            .add(REASON_NOT_SCORED, DataTypes.StringType, true)
            .add(TEXT_HASH, DataTypes.StringType, false)
            .add(SENTENCES_DROPPED, DataTypes.IntegerType, false)
            .add(SENTENCES_TRUNCATED, DataTypes.IntegerType, false)
            .add(WEEK, DataTypes.StringType, false);

    private MessageSentiment() {
    }
}
