package ticketinsights.closure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phrases of one language, read from {@code ticketinsights/closure/cues-<language>.txt} on
 * the classpath: {@code [section]} headers ({@link Cue} kinds, {@code <kind>.veto}, {@code
 * negation}, {@code not_yet}), one phrase per line, {@code #} comments. Kept out of code so a
 * support team can add the phrasings its customers use without a release of the logic.
 */
public final class CueLexicon {
    private final String language;
    private final Map<String, List<String>> sections;

    CueLexicon(String language, Map<String, List<String>> sections) {
        this.language = language;
        this.sections = sections;
    }

    public static CueLexicon load(String language) {
        return load("cues", language);
    }

    /** The lexicon {@code ticketinsights/closure/<name>-<language>.txt} ({@code cues} or {@code phrasing}). */
    public static CueLexicon load(String name, String language) {
        String resource = "ticketinsights/closure/" + name + "-" + language + ".txt";
        try (InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cue lexicon " + resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(language, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }

    static CueLexicon parse(String language, List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new ArrayList<>());
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("cue lexicon " + language + ": phrase before any [section]: " + line);
            }
            current.add(line.toLowerCase(Locale.ROOT));
        }
        return new CueLexicon(language, sections);
    }

    public String language() {
        return language;
    }

    /** The phrases of a section, empty when the lexicon has none. */
    public List<String> phrases(String section) {
        return sections.getOrDefault(section, List.of());
    }

    public Iterable<String> sectionNames() {
        return sections.keySet();
    }
}
