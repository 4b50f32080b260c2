package ticketinsights.closure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a hand-labels file beside the closure tests: {@code source,id,labels}, with
 * {@code #} comment lines and the header skipped.
 */
final class LabelsFile {
    private LabelsFile() {
    }

    /** Each data row as {source, id, labels}; labels stay as written (";"-separated). */
    static List<String[]> rows(String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = LabelsFile.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("source,")) {
                    continue;
                }
                out.add(line.strip().split(","));
            }
        }
        return out;
    }
}
