package ticketinsights.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import ticketinsights.model.SourceFormat;

/**
 * Tells the export format of a file from its first bytes, never from its name: a CSV header
 * names its columns, a JSON export names its objects. GitHub's REST API objects carry
 * {@code api.github.com} URLs; any other JSON is taken as Zendesk.
 */
final class FormatDetector {
    static final int PEEK_BYTES = 1 << 16;

    private FormatDetector() {
    }

    /** The format of {@code file}, or empty when nothing in its head looks like a known export. */
    static Optional<SourceFormat> detect(String file, Configuration conf) throws IOException {
        try (InputStream in = InputFiles.open(file, conf)) {
            return detect(new String(in.readNBytes(PEEK_BYTES), StandardCharsets.UTF_8));
        }
    }

    static Optional<SourceFormat> detect(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String start = text.stripLeading();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        if (start.charAt(0) == '{' || start.charAt(0) == '[') {
            boolean github = start.contains("api.github.com") || start.contains("\"pull_request\"")
                    || start.contains("\"author_association\"");
            return Optional.of(github ? SourceFormat.GITHUB : SourceFormat.ZENDESK);
        }
        List<String> header = header(start);
        if (header.contains("tweet_id") && header.contains("in_response_to_tweet_id")) {
            return Optional.of(SourceFormat.TWCS);
        }
        if (CanonicalCsvReader.kindOf(header) != null) {
            return Optional.of(SourceFormat.CANONICAL_CSV);
        }
        return Optional.empty();
    }

    /** The column names of a CSV's first line, lower-cased and stripped of quotes. */
    static List<String> header(String text) {
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
        return Arrays.stream(line.split(",", -1))
                .map(name -> name.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                .toList();
    }

    /** The first line of a file's head, for error messages. */
    static String firstLine(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        int end = text.indexOf('\n');
        return Timestamps.abbreviate((end < 0 ? text : text.substring(0, end)).strip());
    }
}
