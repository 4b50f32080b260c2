package ticketinsights.closure;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import ticketinsights.model.WeeklyBreakdown;

/** {@link WeeklyClosure} from {@link TicketClosure}: one aggregation pass, rolled up. */
public final class WeeklyRates {

    public static Dataset<Row> apply(Dataset<Row> ticketClosure) {
        Column solved = col(TicketClosure.SOLVED);
        Column rated = solved.and(col(TicketClosure.CSAT).isin("good", "bad"));
        Dataset<Row> sums = WeeklyBreakdown.aggregate(ticketClosure, TicketClosure.WEEK, TicketClosure.CHANNEL,
                TicketClosure.GROUP, List.of(
                        count(lit(1)).alias(WeeklyClosure.TICKETS),
                        countIf(solved).alias(WeeklyClosure.SOLVED),
                        countIf(solved.and(col(TicketClosure.CUSTOMER_CONFIRMED))).alias(WeeklyClosure.CONFIRMED),
                        countIf(solved.and(col(TicketClosure.REOPENED))).alias("reopened"),
                        countIf(col(TicketClosure.STATUS_CHASES).gt(0)).alias("chased"),
                        countIf(col(TicketClosure.SILENT_DEPARTURE)).alias(WeeklyClosure.SILENT_DEPARTURES),
                        countIf(col(TicketClosure.ONE_TOUCH)).alias("one_touch"),
                        countIf(rated.and(col(TicketClosure.CSAT).equalTo("good"))).alias(WeeklyClosure.CSAT_GOOD),
                        countIf(rated.and(col(TicketClosure.CSAT).equalTo("bad"))).alias(WeeklyClosure.CSAT_BAD)));
        return sums.select(
                col(TicketClosure.WEEK).alias(WeeklyClosure.WEEK),
                col(TicketClosure.CHANNEL).alias(WeeklyClosure.CHANNEL),
                col(TicketClosure.GROUP).alias(WeeklyClosure.GROUP),
                col(WeeklyClosure.TICKETS),
                col(WeeklyClosure.SOLVED),
                col(WeeklyClosure.CONFIRMED),
                rate(col(WeeklyClosure.CONFIRMED), col(WeeklyClosure.SOLVED)).alias(WeeklyClosure.CLOSURE_CONFIRMATION_RATE),
                rate(col("reopened"), col(WeeklyClosure.SOLVED)).alias(WeeklyClosure.REOPEN_RATE),
                rate(col("chased"), col(WeeklyClosure.TICKETS)).alias(WeeklyClosure.CHASE_RATE),
                col(WeeklyClosure.SILENT_DEPARTURES),
                rate(col("one_touch"), col(WeeklyClosure.SOLVED)).alias(WeeklyClosure.ONE_TOUCH_RATE),
                col(WeeklyClosure.CSAT_GOOD),
                col(WeeklyClosure.CSAT_BAD),
                rate(col(WeeklyClosure.CSAT_GOOD), col(WeeklyClosure.CSAT_GOOD).plus(col(WeeklyClosure.CSAT_BAD)))
                        .alias(WeeklyClosure.CSAT_SCORE),
                rate(col(WeeklyClosure.CSAT_GOOD).plus(col(WeeklyClosure.CSAT_BAD)), col(WeeklyClosure.SOLVED))
                        .alias(WeeklyClosure.RATING_RATE));
    }

    private static Column countIf(Column condition) {
        return sum(when(condition, 1L).otherwise(0L));
    }

    /** numerator / denominator, null when the denominator is 0. */
    private static Column rate(Column numerator, Column denominator) {
        return when(denominator.gt(0), numerator.cast("double").divide(denominator));
    }

    private WeeklyRates() {
    }
}
