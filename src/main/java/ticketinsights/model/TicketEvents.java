package ticketinsights.model;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code ticket_events} table: status, assignee and group changes, when the source records
 * them (Zendesk audits). Resolution and reopens are read from here when it has rows for a ticket.
 */
public final class TicketEvents {
    public static final String TABLE = "ticket_events";

    /** The ticket that changed. */
    public static final String TICKET_ID = "ticket_id";
    /** When the change happened (UTC). */
    public static final String AT = "at";
    /** What changed: {@code status}, {@code assignee} or {@code group}. */
    public static final String KIND = "kind";
    /** Value before the change (null when the field was empty). */
    public static final String FROM = "from";
    /** Value after the change. */
    public static final String TO = "to";
    /** Lineage: the adapter that read the record. */
    public static final String SOURCE_FORMAT = "source_format";
    /** Lineage: the export file the record came from. */
    public static final String SOURCE_FILE = "source_file";
    /** Lineage: the record number within that file (1-based). */
    public static final String SOURCE_RECORD = "source_record";
    /** ISO week of {@link #AT}; the partition column. */
    public static final String WEEK = "week";

    public static final String KIND_STATUS = "status";
    public static final String KIND_ASSIGNEE = "assignee";
    public static final String KIND_GROUP = "group";

    public static final StructType SCHEMA = new StructType()
            .add(TICKET_ID, DataTypes.StringType, false)
            .add(AT, DataTypes.TimestampType, false)
            .add(KIND, DataTypes.StringType, false)
            .add(FROM, DataTypes.StringType, true)
            .add(TO, DataTypes.StringType, true)
            .add(SOURCE_FORMAT, DataTypes.StringType, false)
            .add(SOURCE_FILE, DataTypes.StringType, false)
            .add(SOURCE_RECORD, DataTypes.LongType, false)
            .add(WEEK, DataTypes.StringType, false);

    private TicketEvents() {
    }
}
