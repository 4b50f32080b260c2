package ticketinsights.closure;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code ticket_closure} table: one row per ticket, whether the circle was closed.
 * Definitions: METRICS.md, "Closure confirmation"; the evidence is in {@link MessageCues}.
 */
public final class TicketClosure {
    public static final String TABLE = "ticket_closure";

    public static final String TICKET_ID = "ticket_id";
    /** ISO week of the ticket's creation; the partition column. */
    public static final String WEEK = "week";
    public static final String CHANNEL = "channel";
    public static final String GROUP = "group";
    /** The ticket reached solved or closed (a solve time or such a status). */
    public static final String SOLVED = "solved";
    /**
     * The first public agent message with a resolution-notice cue; without one, on a solved
     * ticket, the last public agent message at or before the solve (the reply that closed it).
     */
    public static final String RESOLUTION_NOTICE_AT = "resolution_notice_at";
    /** {@code cue} or {@code last_reply_before_solve}: how the notice was found. */
    public static final String RESOLUTION_NOTICE_SOURCE = "resolution_notice_source";
    /** A public agent message asked the customer to confirm ("does this solve it?"). */
    public static final String CONFIRMATION_ASKED = "confirmation_asked";
    /** An affirmative customer reply after the notice without a new problem, or a good CSAT. */
    public static final String CUSTOMER_CONFIRMED = "customer_confirmed";
    /** {@code reply} (a confirming message exists) or {@code csat} (only the rating); null otherwise. */
    public static final String CONFIRMED_BY = "confirmed_by";
    /** The confirming customer message, when confirmed by reply. */
    public static final String CONFIRMATION_MESSAGE_ID = "confirmation_message_id";
    /** Status went solved → open, or the customer reported the problem (or chased) after a solve. */
    public static final String REOPENED = "reopened";
    /** {@code status} or {@code message}: which evidence reopened it; null when not reopened. */
    public static final String REOPENED_BY = "reopened_by";
    /** Customer messages that chase (count of messages, not of cue words). */
    public static final String STATUS_CHASES = "status_chases";
    public static final String FIRST_CHASE_AT = "first_chase_at";
    /** The customer's last message was negative and no later agent message closed the circle. */
    public static final String SILENT_DEPARTURE = "silent_departure";
    /** How the last customer message was judged negative: sentiment or lexicon; null when not. */
    public static final String LAST_MESSAGE_NEGATIVE_BY = "last_message_negative_by";
    /** Solved with at most one public agent reply. */
    public static final String ONE_TOUCH = "one_touch";
    /** The ticket's satisfaction rating (good, bad or null), beside the flags it feeds. */
    public static final String CSAT = "csat";

    public static final String BY_REPLY = "reply";
    public static final String BY_CSAT = "csat";
    public static final String NOTICE_BY_CUE = "cue";
    public static final String NOTICE_BY_LAST_REPLY = "last_reply_before_solve";
    public static final String REOPENED_BY_STATUS = "status";
    public static final String REOPENED_BY_MESSAGE = "message";
    public static final String NEGATIVE_BY_SENTIMENT = "sentiment";
    public static final String NEGATIVE_BY_LEXICON = "lexicon";

    public static final StructType SCHEMA = new StructType()
            .add(TICKET_ID, DataTypes.StringType, false)
            .add(WEEK, DataTypes.StringType, false)
            .add(CHANNEL, DataTypes.StringType, false)
            .add(GROUP, DataTypes.StringType, true)
            .add(SOLVED, DataTypes.BooleanType, false)
            .add(RESOLUTION_NOTICE_AT, DataTypes.TimestampType, true)
            .add(RESOLUTION_NOTICE_SOURCE, DataTypes.StringType, true)
            .add(CONFIRMATION_ASKED, DataTypes.BooleanType, false)
            .add(CUSTOMER_CONFIRMED, DataTypes.BooleanType, false)
            .add(CONFIRMED_BY, DataTypes.StringType, true)
            .add(CONFIRMATION_MESSAGE_ID, DataTypes.StringType, true)
            .add(REOPENED, DataTypes.BooleanType, false)
            .add(REOPENED_BY, DataTypes.StringType, true)
            .add(STATUS_CHASES, DataTypes.LongType, false)
            .add(FIRST_CHASE_AT, DataTypes.TimestampType, true)
            .add(SILENT_DEPARTURE, DataTypes.BooleanType, false)
            .add(LAST_MESSAGE_NEGATIVE_BY, DataTypes.StringType, true)
            .add(ONE_TOUCH, DataTypes.BooleanType, false)
            .add(CSAT, DataTypes.StringType, true);

    private TicketClosure() {
    }
}
