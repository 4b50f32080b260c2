package ticketinsights.report;

import java.util.List;

/**
 * A table of the report, rendered the same way in HTML, Markdown and CSV ({@code <name>.csv}).
 * Cells hold text that is already masked (PII) and formatted; escaping is the renderers' job.
 *
 * @param name file name stem of its CSV, also the HTML anchor
 * @param missing why the table is empty because an input is absent, or null
 * @param notes footnotes (definitions, sample sizes) printed under the table
 */
public record ReportTable(String name, String title, List<Column> columns, List<List<Cell>> rows,
                          String missing, List<String> notes) {

    /** A column header with its definition (tooltip in HTML, footnote in Markdown). */
    public record Column(String header, String definition) {
    }

    /**
     * A cell: text, an optional link, or a list of items (example tickets). CSV writes the text,
     * or the items' texts joined by {@code " | "}.
     */
    public record Cell(String text, String href, List<Cell> items) {
        public static Cell of(String text) {
            return new Cell(text == null ? "" : text, null, List.of());
        }

        public static Cell link(String text, String href) {
            return new Cell(text, href, List.of());
        }

        public static Cell list(List<Cell> items) {
            return new Cell(String.join(" | ", items.stream().map(Cell::text).toList()), null, items);
        }

        /** True for a list cell ("has…" would shadow {@code items} in Pebble's property lookup). */
        public boolean listed() {
            return !items.isEmpty();
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
