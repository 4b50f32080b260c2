package ticketinsights.closure;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code weekly_closure} table: per ISO week × channel × group, plus rolled-up rows where
 * channel and/or group is {@code all}. Rates are null when their denominator is 0.
 */
public final class WeeklyClosure {
    public static final String TABLE = "weekly_closure";
    /** The value of channel or group on rolled-up rows. */
    public static final String ALL = ticketinsights.model.WeeklyBreakdown.ALL;

    public static final String WEEK = "week";
    public static final String CHANNEL = "channel";
    public static final String GROUP = "group";
    /** Tickets created in the week. */
    public static final String TICKETS = "tickets";
    public static final String SOLVED = "solved";
    /** Solved tickets the customer confirmed (by reply or good CSAT). */
    public static final String CONFIRMED = "confirmed";
    /** Closure-confirmation rate = confirmed / solved. */
    public static final String CLOSURE_CONFIRMATION_RATE = "closure_confirmation_rate";
    /** Reopened solved tickets / solved. */
    public static final String REOPEN_RATE = "reopen_rate";
    /** Tickets with at least one status chase / tickets. */
    public static final String CHASE_RATE = "chase_rate";
    public static final String SILENT_DEPARTURES = "silent_departures";
    /** One-touch tickets / solved. */
    public static final String ONE_TOUCH_RATE = "one_touch_rate";
    public static final String CSAT_GOOD = "csat_good";
    public static final String CSAT_BAD = "csat_bad";
    /** CSAT score = good / (good + bad); unrated tickets ignored. */
    public static final String CSAT_SCORE = "csat_score";
    /** Rating rate = rated solved tickets / solved: how many customers the score speaks for. */
    public static final String RATING_RATE = "rating_rate";

    public static final StructType SCHEMA = new StructType()
            .add(WEEK, DataTypes.StringType, false)
            .add(CHANNEL, DataTypes.StringType, true)
            .add(GROUP, DataTypes.StringType, true)
            .add(TICKETS, DataTypes.LongType, false)
            .add(SOLVED, DataTypes.LongType, false)
            .add(CONFIRMED, DataTypes.LongType, false)
            .add(CLOSURE_CONFIRMATION_RATE, DataTypes.DoubleType, true)
            .add(REOPEN_RATE, DataTypes.DoubleType, true)
            .add(CHASE_RATE, DataTypes.DoubleType, true)
            .add(SILENT_DEPARTURES, DataTypes.LongType, false)
            .add(ONE_TOUCH_RATE, DataTypes.DoubleType, true)
            .add(CSAT_GOOD, DataTypes.LongType, false)
            .add(CSAT_BAD, DataTypes.LongType, false)
            .add(CSAT_SCORE, DataTypes.DoubleType, true)
            .add(RATING_RATE, DataTypes.DoubleType, true);

    private WeeklyClosure() {
    }
}
