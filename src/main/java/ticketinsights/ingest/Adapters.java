package ticketinsights.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import ticketinsights.ingest.IngestRecord.Origin;
import ticketinsights.model.SourceFormat;

/** The adapter for each {@link SourceFormat}, opened on one file. */
final class Adapters {

    private Adapters() {
    }

    /** The rows of {@code file} read as {@code format}; a file that cannot be opened is one quarantine row. */
    static Iterator<Row> read(String file, SourceFormat format, Configuration conf) {
        InputStream in = null;
        try {
            in = InputFiles.open(file, conf);
            return switch (format) {
                case CANONICAL_CSV -> new CanonicalCsvReader(file, in);
                case TWCS -> new TwcsReader(file, in);
                case ZENDESK -> new ZendeskReader(file, in);
                case GITHUB -> new GithubReader(file, in);
            };
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            return List.of(IngestRecord.quarantine(new Origin(format.id(), file), 0, null,
                    "cannot read the file as " + format.id() + ": " + Utf8.describe(e))).iterator();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException ignored) {
            // the file is already reported as unreadable
        }
    }
}
