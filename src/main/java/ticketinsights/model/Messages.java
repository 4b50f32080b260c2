package ticketinsights.model;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code messages} table: one row per message, comment, tweet or chat line, whatever the
 * source. Every later stage reads messages through these column names only.
 */
public final class Messages {
    public static final String TABLE = "messages";

    /** The ticket (conversation, issue, tweet thread) this message belongs to. */
    public static final String TICKET_ID = "ticket_id";
    /** Unique within the whole data set; duplicates across overlapping exports are merged on it. */
    public static final String MESSAGE_ID = "message_id";
    /** When the message was written, as a UTC instant. */
    public static final String CREATED_AT = "created_at";
    /** {@link AuthorRole}: customer, agent or system (bots, automations). */
    public static final String AUTHOR_ROLE = "author_role";
    /** The source's id of the author (user id, handle, login). */
    public static final String AUTHOR_ID = "author_id";
    /** {@link Channel} of the ticket the message belongs to. */
    public static final String CHANNEL = "channel";
    /** False for private notes between agents; only public agent messages count as replies. */
    public static final String IS_PUBLIC = "is_public";
    /** The message text as exported (plain text; quoted history and signatures left in). */
    public static final String BODY = "body";
    /** Lineage: the adapter that read the record ({@link SourceFormat}). */
    public static final String SOURCE_FORMAT = "source_format";
    /** Lineage: the export file the record came from. */
    public static final String SOURCE_FILE = "source_file";
    /** Lineage: the record number within that file (1-based; CSV rows, JSON array items). */
    public static final String SOURCE_RECORD = "source_record";
    /** ISO week of {@link #CREATED_AT}, e.g. {@code 2017-W44}; the partition column. */
    public static final String WEEK = "week";

    public static final StructType SCHEMA = new StructType()
            .add(TICKET_ID, DataTypes.StringType, false)
            .add(MESSAGE_ID, DataTypes.StringType, false)
            .add(CREATED_AT, DataTypes.TimestampType, false)
            .add(AUTHOR_ROLE, DataTypes.StringType, false)
            .add(AUTHOR_ID, DataTypes.StringType, true)
            .add(CHANNEL, DataTypes.StringType, false)
            .add(IS_PUBLIC, DataTypes.BooleanType, false)
            .add(BODY, DataTypes.StringType, true)
            .add(SOURCE_FORMAT, DataTypes.StringType, false)
            .add(SOURCE_FILE, DataTypes.StringType, false)
            .add(SOURCE_RECORD, DataTypes.LongType, false)
            .add(WEEK, DataTypes.StringType, false);

    private Messages() {
    }
}
