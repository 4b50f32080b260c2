package ticketinsights.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the report with Pebble templates from the classpath
 * ({@code ticketinsights/report/*.peb}). Both engines escape every printed value by default:
 * HTML escaping for the page (a {@code <script>} in a ticket shows as text), and Markdown
 * escaping for {@code report.md} (no raw HTML, no table-breaking pipes or line breaks, no
 * accidental emphasis or links). Only the chart SVG is printed raw.
 */
public final class Templates {
    private static final PebbleEngine HTML = engine("html");
    private static final PebbleEngine MARKDOWN = new PebbleEngine.Builder()
            .loader(loader()).autoEscaping(true)
            .addEscapingStrategy("md", Templates::escapeMarkdown).defaultEscapingStrategy("md")
            .newLineTrimming(true).strictVariables(true).build();

    public static String html(WeeklyReport report, String ticketUrl) {
        return render(HTML, "index.html.peb", report, ticketUrl);
    }

    public static String markdown(WeeklyReport report, String ticketUrl) {
        return render(MARKDOWN, "report.md.peb", report, ticketUrl);
    }

    /**
     * Markdown-safe text for a table cell: HTML-significant characters become entities (so
     * {@code <script>} renders as text in every Markdown flavour), Markdown punctuation is
     * backslash-escaped, and line breaks become spaces (a table row is one line).
     */
    public static String escapeMarkdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r', '\n', '\t' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static PebbleEngine engine(String strategy) {
        return new PebbleEngine.Builder().loader(loader()).autoEscaping(true).defaultEscapingStrategy(strategy)
                .newLineTrimming(true).strictVariables(true).build();
    }

    private static ClasspathLoader loader() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("ticketinsights/report");
        return loader;
    }

    private static String render(PebbleEngine engine, String name, WeeklyReport report, String ticketUrl) {
        try {
            PebbleTemplate template = engine.getTemplate(name);
            StringWriter out = new StringWriter();
            template.evaluate(out, Map.of("r", report, "ticketUrlTemplate", ticketUrl == null ? "" : ticketUrl));
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + name + " failed", e);
        }
    }

    private Templates() {
    }
}
