package ticketinsights.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Something the generator streams tickets into, one at a time, in ticket order. */
interface SampleSink extends Closeable {
    /** Receives ticket number {@code index} (0-based). */
    void accept(SampleTicket ticket, long index) throws IOException;

    /** A deliberately broken record, for the truth file (form, file, record, line, ids, what is broken). */
    record Broken(String form, String file, long record, long line, String ticketId, String messageId, String problem) {
    }

    /** Opens {@code file} for UTF-8 writing with a large buffer, creating its directory. */
    static Writer open(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Japanese tickets carry Japan's offset in the canonical CSV (same instant), as a Tokyo help desk exports them. */
    static String timestamp(Instant at, String language) {
        if ("ja".equals(language)) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.ofHours(9)));
        }
        return at.toString();
    }

    /** Where broken record k of {@code count} goes: after the ticket with this index (spread over the file). */
    static long brokenPosition(int k, int count, long tickets) {
        return Math.max(0, tickets * (k + 1) / (count + 1) - 1);
    }

    /** Index of the broken record planted after ticket {@code index}, or -1. */
    static int brokenAt(long index, int count, long tickets) {
        for (int k = 0; k < count; k++) {
            if (brokenPosition(k, count, tickets) == index) {
                return k;
            }
        }
        return -1;
    }
}
