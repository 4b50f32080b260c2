package ticketinsights.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What an adapter makes of one source record, before the records of all files are put together:
 * a message, a ticket, a ticket event, a lookup row (user role, group name), a quarantined record
 * or a record skipped for a stated reason. One wide row type for every kind lets every adapter
 * stream into one Spark dataset that the job then splits by {@link #KIND}.
 */
final class IngestRecord {
    static final String KIND = "kind";
    static final String MESSAGE = "message";
    static final String TICKET = "ticket";
    static final String EVENT = "event";
    /** A Zendesk user: {@link #AUTHOR_ID} = user id, {@link #AUTHOR_ROLE} = the mapped role. */
    static final String USER = "user";
    /** A Zendesk group: {@link #GROUP} = group id, {@link #NAME} = its name. */
    static final String GROUP_NAME = "group_name";
    static final String QUARANTINE = "quarantine";
    static final String SKIPPED = "skipped";

    static final String TICKET_ID = "ticket_id";
    static final String MESSAGE_ID = "message_id";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    /** When this copy of the record was current; across overlapping exports the latest wins. */
    static final String VERSION_AT = "version_at";
    static final String AUTHOR_ROLE = "author_role";
    static final String AUTHOR_ID = "author_id";
    static final String IS_PUBLIC = "is_public";
    static final String BODY = "body";
    static final String CHANNEL = "channel";
    static final String SUBJECT = "subject";
    static final String REQUESTER_ID = "requester_id";
    static final String ASSIGNEE_ID = "assignee_id";
    static final String GROUP = "group";
    static final String PRIORITY = "priority";
    static final String TAGS = "tags";
    static final String TAG_SEPARATOR = "\u001F";
    static final String STATUS = "status";
    static final String SOLVED_AT = "solved_at";
    static final String CSAT = "csat";
    static final String EVENT_KIND = "event_kind";
    static final String FROM = "from";
    static final String TO = "to";
    /** Twitter: the tweet this one answers (thread building). */
    static final String PARENT_ID = "parent_id";
    static final String NAME = "name";
    static final String SOURCE_FORMAT = "source_format";
    static final String SOURCE_FILE = "source_file";
    static final String SOURCE_RECORD = "source_record";
    static final String RAW = "raw";
    static final String REASON = "reason";

    static final StructType SCHEMA = new StructType()
            .add(KIND, DataTypes.StringType, false)
            .add(TICKET_ID, DataTypes.StringType)
            .add(MESSAGE_ID, DataTypes.StringType)
            .add(CREATED_AT, DataTypes.TimestampType)
            .add(UPDATED_AT, DataTypes.TimestampType)
            .add(VERSION_AT, DataTypes.TimestampType)
            .add(AUTHOR_ROLE, DataTypes.StringType)
            .add(AUTHOR_ID, DataTypes.StringType)
            .add(IS_PUBLIC, DataTypes.BooleanType)
            .add(BODY, DataTypes.StringType)
            .add(CHANNEL, DataTypes.StringType)
            .add(SUBJECT, DataTypes.StringType)
            .add(REQUESTER_ID, DataTypes.StringType)
            .add(ASSIGNEE_ID, DataTypes.StringType)
            .add(GROUP, DataTypes.StringType)
            .add(PRIORITY, DataTypes.StringType)
            .add(TAGS, DataTypes.StringType)
            .add(STATUS, DataTypes.StringType)
            .add(SOLVED_AT, DataTypes.TimestampType)
            .add(CSAT, DataTypes.StringType)
            .add(EVENT_KIND, DataTypes.StringType)
            .add(FROM, DataTypes.StringType)
            .add(TO, DataTypes.StringType)
            .add(PARENT_ID, DataTypes.StringType)
            .add(NAME, DataTypes.StringType)
            .add(SOURCE_FORMAT, DataTypes.StringType, false)
            .add(SOURCE_FILE, DataTypes.StringType, false)
            .add(SOURCE_RECORD, DataTypes.LongType, false)
            .add(RAW, DataTypes.StringType)
            .add(REASON, DataTypes.StringType);

    private final Object[] values = new Object[SCHEMA.size()];

    private IngestRecord(String kind, Origin origin, long record) {
        set(KIND, kind);
        set(SOURCE_FORMAT, origin.format());
        set(SOURCE_FILE, origin.file());
        set(SOURCE_RECORD, record);
    }

    /** Where records come from: the adapter's format id and the file. */
    record Origin(String format, String file) implements java.io.Serializable {
    }

    static IngestRecord of(String kind, Origin origin, long record) {
        return new IngestRecord(kind, origin, record);
    }

    /** A record that cannot be used, with a reason a person can act on. */
    static Row quarantine(Origin origin, long record, String raw, String reason) {
        return of(QUARANTINE, origin, record).set(RAW, ticketinsights.model.Quarantine.truncate(raw)).set(REASON, reason).row();
    }

    /** A record that is not a ticket or message by design (a pull request), counted as skipped. */
    static Row skipped(Origin origin, long record, String reason) {
        return of(SKIPPED, origin, record).set(REASON, reason).row();
    }

    IngestRecord set(String column, Object value) {
        values[SCHEMA.fieldIndex(column)] = value;
        return this;
    }

    IngestRecord time(String column, Instant value) {
        return set(column, value == null ? null : Timestamp.from(value));
    }

    /** Tags travel as one string joined by {@link #TAG_SEPARATOR} and become an array in {@link #tagArray()}. */
    IngestRecord tags(List<String> tags) {
        return set(TAGS, String.join(TAG_SEPARATOR, tags));
    }

    /** The tags column as the array the tickets table holds. */
    static org.apache.spark.sql.Column tagArray() {
        org.apache.spark.sql.Column text = org.apache.spark.sql.functions.col(TAGS);
        return org.apache.spark.sql.functions.when(text.isNull().or(text.equalTo("")),
                        org.apache.spark.sql.functions.array().cast(DataTypes.createArrayType(DataTypes.StringType, false)))
                .otherwise(org.apache.spark.sql.functions.split(text, TAG_SEPARATOR));
    }

    Row row() {
        return RowFactory.create(values.clone());
    }
}
