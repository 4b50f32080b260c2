package ticketinsights.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import ticketinsights.report.ReportTable.Cell;

/**
 * The managers' "Agent phrasing by group" table, read from {@code weekly_agent_phrasing}: per
 * support group (all channels together, the {@code all} group first) and coaching rule, how many
 * of the report week's public agent messages broke the rule, per 100 agent messages, beside the
 * week before and the change between them.
 */
final class AgentPhrasingTable {
    static final String NAME = "agent_phrasing_by_group";
    static final String TITLE = "Agent phrasing by group";

    private AgentPhrasingTable() {
    }

    /** @param text how a text cell (a group name) is written: masked for PII by the report */
    static ReportTable build(ReportInputs in, String week, String previous, Function<String, Cell> text) {
        List<ReportTable.Column> columns = List.of(
                new ReportTable.Column("group", "Support group, brand or product; \"all\" is every group together."),
                new ReportTable.Column("rule", "Coaching rule: bare_refusal (a refusal with no alternative), blames_customer "
                        + "(tells the customer they caused it), points_to_manual (a help-page link is the whole answer), "
                        + "repeated_apology (an apology in a ticket whose agents apologise three or more times)."),
                new ReportTable.Column("agent messages", "Public agent messages of the group in " + week + ": the sample."),
                new ReportTable.Column("flagged", "Agent messages of " + week + " that broke the rule."),
                new ReportTable.Column(week, "Flagged agent messages per 100 agent messages in the report week."),
                new ReportTable.Column(previous, "Flagged agent messages per 100 agent messages in the week before."),
                new ReportTable.Column("change", "Report week minus the week before, in flagged messages per 100 agent messages."));
        List<String> notes = List.of("Week " + week + ", all channels together. Rates are per 100 public agent messages "
                + "of the group; \"—\" where the group wrote no agent message that week.");
        String missing = in.missingNote(StageTables.WEEKLY_AGENT_PHRASING);
        if (missing != null) {
            return new ReportTable(NAME, TITLE, columns, List.of(), missing, notes);
        }
        Map<String, Map<String, Row>> byWeek = new HashMap<>();
        in.table(StageTables.WEEKLY_AGENT_PHRASING).get()
                .filter(col("channel").equalTo(lit(StageTables.ALL)).and(col("week").isin(week, previous)))
                .select("week", "group", "rule", "agent_messages", "messages", "rate_per_100_agent_messages")
                .collectAsList()
                .forEach(r -> byWeek.computeIfAbsent(r.getString(0), k -> new HashMap<>()).put(key(r.getString(1), r.getString(2)), r));
        Map<String, Row> now = byWeek.getOrDefault(week, Map.of());
        Map<String, Row> before = byWeek.getOrDefault(previous, Map.of());
        TreeSet<Row> ordered = new TreeSet<>(Comparator.comparing((Row r) -> !StageTables.ALL.equals(r.getString(1)))
                .thenComparing((Row r) -> r.getString(1), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.getString(2)));
        ordered.addAll(now.values());
        List<List<Cell>> rows = new ArrayList<>();
        for (Row r : ordered) {
            Double rate = rate(r);
            Row earlier = before.get(key(r.getString(1), r.getString(2)));
            Double previousRate = earlier == null ? null : rate(earlier);
            rows.add(List.of(text.apply(r.getString(1)), Cell.of(r.getString(2)), Cell.of(String.format(Locale.ROOT, "%,d", r.getLong(3))),
                    Cell.of(String.format(Locale.ROOT, "%,d", r.getLong(4))), Cell.of(format(rate)), Cell.of(format(previousRate)),
                    Cell.of(change(rate, previousRate))));
        }
        return new ReportTable(NAME, TITLE, columns, rows, null, notes);
    }

    private static String key(String group, String rule) {
        return group + "\u0000" + rule;
    }

    private static Double rate(Row r) {
        return r.isNullAt(5) || Double.isNaN(r.getDouble(5)) ? null : r.getDouble(5);
    }

    private static String format(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f", rate);
    }

    /**
     * As the KPI changes: signed, with the minus sign U+2212 that no spreadsheet reads as a
     * formula; no change is a plain 0.0 (not "+0.0" or "−0.0").
     */
    private static String change(Double now, Double before) {
        if (now == null || before == null) {
            return "—";
        }
        String signed = String.format(Locale.ROOT, "%+.1f", now - before);
        return signed.substring(1).equals("0.0") ? "0.0" : signed.replace('-', '−');
    }
}
