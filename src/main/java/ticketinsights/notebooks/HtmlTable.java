package ticketinsights.notebooks;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;

/**
 * Rows as an HTML table for a notebook's output. Every cell is HTML-escaped (ticket text is
 * shown as text, never as markup), long text is cut at {@link #MAX_CELL} characters, doubles
 * show 3 decimals and timestamps are ISO-8601 instants (UTC).
 */
public final class HtmlTable {
    public static final int MAX_CELL = 160;

    public static String of(List<Row> rows, String... columns) {
        StringBuilder html = new StringBuilder("<table><thead><tr>");
        for (String column : columns) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Row row : rows) {
            html.append("<tr>");
            for (String column : columns) {
                html.append("<td>").append(escape(cell(row.getAs(column)))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d)
                : value instanceof Timestamp t ? t.toInstant().toString()
                : value instanceof scala.collection.Seq<?> seq ? seq.mkString(", ")
                : value.toString();
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }

    /** {@code text} with the HTML special characters escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private HtmlTable() {
    }
}
