package ticketinsights.report;

import java.util.List;

/**
 * Everything the weekly report shows, ready for the templates and the CSV writer. Built by
 * {@link WeeklyReportBuilder}; contains no generation time, so reruns render identical files.
 *
 * @param weeks the trend window, oldest first, ending with {@code week}
 * @param drillDowns per-ticket tables behind the numbers (CSV only)
 * @param missingTables the input tables that were absent, each with the job that writes it
 */
public record WeeklyReport(String week, String previousWeek, String weekStart, String weekEnd, List<String> weeks,
                           List<Kpi> kpis, List<Chart> charts, List<ReportTable> managerTables,
                           List<ReportTable> productTables, List<ReportTable> engineeringTables,
                           List<ReportTable> drillDowns, List<String> missingTables, boolean piiMasked) {

    public Kpi kpi(Metric metric) {
        return kpis.stream().filter(k -> k.metric() == metric).findFirst().orElseThrow();
    }

    /** The KPI tiles as a table (for Markdown and {@code kpis.csv}). */
    public ReportTable kpiTable() {
        List<ReportTable.Column> columns = List.of(
                new ReportTable.Column("metric", "What is measured; the definition column quotes METRICS.md."),
                new ReportTable.Column(week, "Value in the report week."),
                new ReportTable.Column(previousWeek, "Value in the week before."),
                new ReportTable.Column("change", "Report week minus the week before: percentage points for rates, minutes (and relative change) for durations."),
                new ReportTable.Column("sample", "How many items the report week's value rests on."),
                new ReportTable.Column("definition", "METRICS.md's definition."));
        List<List<ReportTable.Cell>> rows = kpis.stream().map(k -> List.of(
                ReportTable.Cell.of(k.label()), ReportTable.Cell.of(k.value()), ReportTable.Cell.of(k.previousValue()),
                ReportTable.Cell.of(k.change()), ReportTable.Cell.of(k.sampleText()),
                ReportTable.Cell.of(k.missing() == null ? k.definition() : k.definition() + " Unavailable: " + k.missing() + "."))).toList();
        return new ReportTable("kpis", "KPIs, week over week", columns, rows, null, List.of());
    }

    /** Every table of the report, in page order, the KPI table first. */
    public List<ReportTable> tables() {
        return java.util.stream.Stream.of(List.of(kpiTable()), managerTables, productTables, engineeringTables)
                .flatMap(List::stream).toList();
    }

    public ReportTable table(String name) {
        return tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    public String firstWeek() {
        return weeks.get(0);
    }
}
