package ticketinsights.model;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code quarantine} table: every input record that could not be used, with a reason a
 * person can act on. Rows read = rows used + rows quarantined, always.
 */
public final class Quarantine {
    public static final String TABLE = "quarantine";

    /** The adapter that tried to read the record. */
    public static final String SOURCE_FORMAT = "source_format";
    /** The export file. */
    public static final String SOURCE_FILE = "source_file";
    /** The record number within the file (1-based), or 0 when the whole file is unusable. */
    public static final String SOURCE_RECORD = "source_record";
    /** The record's raw text, truncated to {@link #RAW_MAX_CHARS} characters. */
    public static final String RAW = "raw";
    /** Why it was not used, e.g. {@code created_at 'yesterday' is not a timestamp}. */
    public static final String REASON = "reason";

    public static final int RAW_MAX_CHARS = 1000;

    public static final StructType SCHEMA = new StructType()
            .add(SOURCE_FORMAT, DataTypes.StringType, false)
            .add(SOURCE_FILE, DataTypes.StringType, false)
            .add(SOURCE_RECORD, DataTypes.LongType, false)
            .add(RAW, DataTypes.StringType, true)
            .add(REASON, DataTypes.StringType, false);

    /** Cuts raw text to the stored length, marking the cut. */
    public static String truncate(String raw) {
        if (raw == null || raw.length() <= RAW_MAX_CHARS) {
            return raw;
        }
        return raw.substring(0, RAW_MAX_CHARS) + "…";
    }

    private Quarantine() {
    }
}
