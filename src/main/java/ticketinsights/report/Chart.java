package ticketinsights.report;

/**
 * A trend chart: inline SVG (null when its table is missing) and what it plots.
 *
 * @param id stable element id, used by the page test to find every chart
 */
public record Chart(String id, String title, String svg, String caption, String missing) {
}
