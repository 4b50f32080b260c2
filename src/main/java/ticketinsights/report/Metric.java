package ticketinsights.report;

import java.util.Locale;

/**
 * The numbers of the managers' KPI tiles and tables: where each comes from (weekly table and
 * column, on the rolled-up {@code all}/{@code all} row for tiles), what its sample is, and its
 * definition in METRICS.md's words, shown beside every figure.
 */
public enum Metric {
    TICKETS("Tickets", StageTables.WEEKLY_LATENCY, "tickets", Unit.COUNT, null, "tickets",
            "Tickets created in the week (tickets are assigned to the week of their created_at)."),
    FIRST_REPLY_P50("First reply p50", StageTables.WEEKLY_LATENCY, "first_reply_p50_minutes", Unit.MINUTES,
            "tickets", "tickets",
            "Median first reply time: from the ticket's first customer message to the first public agent message (calendar minutes)."),
    FIRST_REPLY_P90("First reply p90", StageTables.WEEKLY_LATENCY, "first_reply_p90_minutes", Unit.MINUTES,
            "tickets", "tickets",
            "90th percentile of first reply time: from the ticket's first customer message to the first public agent message (calendar minutes)."),
    BREACH_RATE("SLA breach rate", StageTables.WEEKLY_LATENCY, "breach_rate", Unit.RATE, "replies", "replies",
            "Share of replies that breached their SLA: a reply is a breach when it came after its target, or no reply came and the target has passed at export time."),
    CLOSURE_CONFIRMATION_RATE("Closure-confirmation rate", StageTables.WEEKLY_CLOSURE, "closure_confirmation_rate",
            Unit.RATE, "solved", "solved tickets",
            "Confirmed / solved: after the resolution notice the customer wrote an affirmative reply (thanks / works now / solved) without a new problem, or left a good CSAT rating."),
    REOPEN_RATE("Reopen rate", StageTables.WEEKLY_CLOSURE, "reopen_rate", Unit.RATE, "solved", "solved tickets",
            "Share of tickets reopened: the customer wrote again with the problem after a solve, or the status went solved → open."),
    CHASE_RATE("Chase rate", StageTables.WEEKLY_CLOSURE, "chase_rate", Unit.RATE, "tickets", "tickets",
            "Tickets with ≥1 status chase / tickets; a status chase is a customer message asking where things stand (\"any update?\", \"still waiting\")."),
    CSAT_SCORE("CSAT score", StageTables.WEEKLY_CLOSURE, "csat_score", Unit.RATE, null, "ratings",
            "Good / (good + bad) ratings, unrated tickets ignored."),
    RATING_RATE("Rating rate", StageTables.WEEKLY_CLOSURE, "rating_rate", Unit.RATE, "solved", "solved tickets",
            "Rated / solved: how many customers the CSAT score speaks for."),
    MEAN_SENTIMENT("Mean customer sentiment", StageTables.WEEKLY_SENTIMENT, "mean_customer_score", Unit.SCORE,
            "scored_messages", "scored messages",
            "Mean customer sentiment: Stanford CoreNLP's sentiment model, per sentence, combined per message into a score in [-1, 1]; customer messages only."),
    SCORED_SHARE("Scored share", StageTables.WEEKLY_SENTIMENT, "scored_share", Unit.RATE, "messages", "messages",
            "Share of messages scored: only messages in a language the model supports are scored; a trend resting on few messages shows here.");

    /** How a metric's value and its week-over-week change are written. */
    public enum Unit { COUNT, MINUTES, RATE, SCORE }

    public final String label;
    public final String table;
    public final String column;
    public final Unit unit;
    /** Column of the same row holding the sample size, or null when it is computed (CSAT: good + bad). */
    public final String sampleColumn;
    public final String sampleNoun;
    public final String definition;

    Metric(String label, String table, String column, Unit unit, String sampleColumn, String sampleNoun, String definition) {
        this.label = label;
        this.table = table;
        this.column = column;
        this.unit = unit;
        this.sampleColumn = sampleColumn;
        this.sampleNoun = sampleNoun;
        this.definition = definition;
    }

    /** The value as the report writes it; "—" for null. */
    public String format(Double value) {
        if (value == null || value.isNaN()) {
            return "—";
        }
        return switch (unit) {
            case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(value));
            case MINUTES -> minutes(value);
            case RATE -> String.format(Locale.ROOT, "%.1f%%", value * 100);
            case SCORE -> String.format(Locale.ROOT, "%.2f", value);
        };
    }

    /**
     * The week-over-week change {@code current - previous}: percentage points for rates, minutes
     * (with the relative change) for durations, plain difference otherwise; "—" when either is null.
     * Decreases are written with the minus sign U+2212, which reads better and which no
     * spreadsheet takes for the start of a formula.
     */
    public String formatChange(Double current, Double previous) {
        if (current == null || previous == null || current.isNaN() || previous.isNaN()) {
            return "—";
        }
        return signedChange(current - previous, previous).replace('-', '−');
    }

    private String signedChange(double delta, double previous) {
        return switch (unit) {
            case COUNT -> String.format(Locale.ROOT, "%+,d", Math.round(delta)) + relative(delta, previous);
            case MINUTES -> (delta >= 0 ? "+" : "-") + minutes(Math.abs(delta)) + relative(delta, previous);
            case RATE -> String.format(Locale.ROOT, "%+.1f pp", delta * 100);
            case SCORE -> String.format(Locale.ROOT, "%+.2f", delta);
        };
    }

    private static String relative(double delta, double previous) {
        return previous == 0 ? "" : String.format(Locale.ROOT, " (%+.0f%%)", 100 * delta / previous);
    }

    static String minutes(double minutes) {
        if (minutes < 90) {
            return String.format(Locale.ROOT, "%.1f min", minutes);
        }
        if (minutes < 48 * 60) {
            return String.format(Locale.ROOT, "%.1f h", minutes / 60);
        }
        return String.format(Locale.ROOT, "%.1f d", minutes / 1440);
    }
}
