package ticketinsights.ingest;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Exports are read as UTF-8 (with or without BOM) by a strict decoder: a Latin-1 or Shift_JIS
 * file fails with a reason a person can act on instead of turning into mojibake in the tables.
 */
final class Utf8 {
    static final String NOT_UTF8 = "bytes that are not UTF-8 (a Latin-1 or Shift_JIS export? convert it with iconv -t UTF-8)";

    static Reader strictReader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
    }

    /** The problem behind a read failure, in words: the encoding when that was it. */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return NOT_UTF8;
            }
        }
        return failure.getMessage();
    }

    private Utf8() {
    }
}
