package ticketinsights.report;

/**
 * One KPI tile: the report week's value, the previous week's, and the change between them.
 *
 * @param current the report week's value, null when unknown (table missing, empty denominator)
 * @param previous the previous ISO week's value, or null
 * @param sample how many items the value rests on this week, or null when unknown
 * @param missing why the value is unavailable (e.g. the table is absent), or null
 */
public record Kpi(Metric metric, Double current, Double previous, Long sample, String missing) {

    public String label() {
        return metric.label;
    }

    public String value() {
        return metric.format(current);
    }

    public String previousValue() {
        return metric.format(previous);
    }

    public String change() {
        return metric.formatChange(current, previous);
    }

    /** {@code current - previous}, or null when either is unknown. */
    public Double delta() {
        return current == null || previous == null ? null : current - previous;
    }

    /** "up", "down" or "flat", for styling only (whether up is good depends on the metric). */
    public String direction() {
        Double d = delta();
        return d == null || Math.abs(d) < 1e-9 ? "flat" : d > 0 ? "up" : "down";
    }

    public String sampleText() {
        return sample == null ? "n unknown" : "n = " + String.format(java.util.Locale.ROOT, "%,d", sample) + " " + metric.sampleNoun;
    }

    public String definition() {
        return metric.definition;
    }
}
