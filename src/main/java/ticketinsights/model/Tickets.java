package ticketinsights.model;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code tickets} table: one row per ticket, conversation, tweet thread or issue. */
public final class Tickets {
    public static final String TABLE = "tickets";

    /** Unique ticket id; for Twitter threads the root tweet id, for GitHub the issue number. */
    public static final String TICKET_ID = "ticket_id";
    /** {@link Channel} the ticket came in through. */
    public static final String CHANNEL = "channel";
    /** When the ticket was opened (UTC). */
    public static final String CREATED_AT = "created_at";
    /** When the source last changed the ticket (UTC); decides which copy wins across exports. */
    public static final String UPDATED_AT = "updated_at";
    /** Subject line or issue title; null for sources without one (tweets). */
    public static final String SUBJECT = "subject";
    /** The customer who asked. */
    public static final String REQUESTER_ID = "requester_id";
    /** The agent the ticket is assigned to at export time. */
    public static final String ASSIGNEE_ID = "assignee_id";
    /** Support group, brand or product the ticket belongs to (Twitter: the brand account). */
    public static final String GROUP = "group";
    /** Priority as the source names it (low, normal, high, urgent), or null. */
    public static final String PRIORITY = "priority";
    /** Tags or labels. */
    public static final String TAGS = "tags";
    /** {@link TicketStatus} at export time, or null when the source has no status. */
    public static final String STATUS = "status";
    /** The last time the ticket became solved, if known. */
    public static final String SOLVED_AT = "solved_at";
    /** Satisfaction rating: {@code good}, {@code bad} or null (not rated). */
    public static final String CSAT = "csat";
    /** Lineage: the adapter that read the record. */
    public static final String SOURCE_FORMAT = "source_format";
    /** Lineage: the export file the record came from. */
    public static final String SOURCE_FILE = "source_file";
    /** Lineage: the record number within that file (1-based). */
    public static final String SOURCE_RECORD = "source_record";
    /** ISO week of {@link #CREATED_AT}; the partition column. */
    public static final String WEEK = "week";

    public static final StructType SCHEMA = new StructType()
            .add(TICKET_ID, DataTypes.StringType, false)
            .add(CHANNEL, DataTypes.StringType, false)
            .add(CREATED_AT, DataTypes.TimestampType, false)
            .add(UPDATED_AT, DataTypes.TimestampType, true)
            .add(SUBJECT, DataTypes.StringType, true)
            .add(REQUESTER_ID, DataTypes.StringType, true)
            .add(ASSIGNEE_ID, DataTypes.StringType, true)
            .add(GROUP, DataTypes.StringType, true)
            .add(PRIORITY, DataTypes.StringType, true)
            .add(TAGS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(STATUS, DataTypes.StringType, true)
            .add(SOLVED_AT, DataTypes.TimestampType, true)
            .add(CSAT, DataTypes.StringType, true)
            .add(SOURCE_FORMAT, DataTypes.StringType, false)
            .add(SOURCE_FILE, DataTypes.StringType, false)
            .add(SOURCE_RECORD, DataTypes.LongType, false)
            .add(WEEK, DataTypes.StringType, false);

    private Tickets() {
    }
}
