package ticketinsights.latency;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import ticketinsights.model.WeeklyBreakdown;

/**
 * The {@code weekly_latency} table from {@code ticket_latency} and {@code reply_waits}: one
 * {@link WeeklyBreakdown} pass over each (week × channel × group and their roll-ups), joined
 * on the three keys. Means are exact; p50/p90/p95 are percentile_approx at the configured
 * accuracy, which every row records.
 */
public final class WeeklyRollup {
    private static final double[] PERCENTILES = {0.5, 0.9, 0.95};
    private static final String PERCENTILE_ARRAY = "__percentiles";
    private static final String WAIT_KEY = "w_";
    private static final String[] KEYS = {WeeklyLatency.WEEK, WeeklyLatency.CHANNEL, WeeklyLatency.GROUP};

    private WeeklyRollup() {
    }

    public static Dataset<Row> of(Dataset<Row> ticketLatency, Dataset<Row> replyWaits, int accuracy) {
        Column answered = not(col(ReplyWaits.OPEN));
        Dataset<Row> tickets = rollup(ticketLatency, new Column[] {
                count(lit(1)).as(WeeklyLatency.TICKETS),
                sum(TicketLatency.AGENT_REPLIES).as(WeeklyLatency.REPLIES),
                share(col(TicketLatency.FIRST_REPLY_BREACHED), col(TicketLatency.FIRST_REPLY_BREACHED).isNotNull())
                        .as(WeeklyLatency.FIRST_REPLY_BREACH_RATE),
                share(col(TicketLatency.UNANSWERED), col(TicketLatency.CUSTOMER_MESSAGES).gt(0)).as(WeeklyLatency.UNANSWERED_SHARE),
                share(col(TicketLatency.ONE_TOUCH), col(TicketLatency.SOLVED)).as(WeeklyLatency.ONE_TOUCH_RATE),
                share(col(TicketLatency.REOPENS).gt(0), col(TicketLatency.REOPENS).isNotNull()).as(WeeklyLatency.REOPEN_RATE)},
                stats(col(TicketLatency.FIRST_REPLY_MINUTES), WeeklyLatency.FIRST_REPLY, accuracy),
                stats(col(TicketLatency.FIRST_REPLY_BUSINESS_MINUTES), WeeklyLatency.FIRST_REPLY_BUSINESS, accuracy));
        Dataset<Row> waits = rollup(replyWaits, new Column[] {
                count(lit(1)).as(WeeklyLatency.WAITS),
                count(when(col(ReplyWaits.OPEN), lit(1))).as(WeeklyLatency.OPEN_WAITS),
                share(col(ReplyWaits.BREACHED), col(ReplyWaits.BREACHED).isNotNull()).as(WeeklyLatency.BREACH_RATE)},
                stats(when(answered, col(ReplyWaits.WAIT_MINUTES)), WeeklyLatency.WAIT, accuracy),
                stats(when(answered, col(ReplyWaits.WAIT_BUSINESS_MINUTES)), WeeklyLatency.WAIT_BUSINESS, accuracy));
        for (String key : KEYS) {
            waits = waits.withColumnRenamed(key, WAIT_KEY + key);
        }
        Column sameKeys = lit(true);
        for (String key : KEYS) {
            sameKeys = sameKeys.and(tickets.col(key).eqNullSafe(waits.col(WAIT_KEY + key)));
        }
        Dataset<Row> joined = tickets.join(waits, sameKeys, "full_outer");
        for (String key : KEYS) {
            joined = joined.withColumn(key, coalesce(col(key), col(WAIT_KEY + key))).drop(WAIT_KEY + key);
        }
        for (String count : new String[] {WeeklyLatency.TICKETS, WeeklyLatency.REPLIES, WeeklyLatency.WAITS, WeeklyLatency.OPEN_WAITS}) {
            joined = joined.withColumn(count, coalesce(col(count), lit(0L)));
        }
        return LatencyMetrics.conform(joined.withColumn(WeeklyLatency.PERCENTILE_ACCURACY, lit(accuracy)), WeeklyLatency.SCHEMA);
    }

    /** Aggregates per week × channel × group with rolled-up rows labelled {@code all}. */
    private static Dataset<Row> rollup(Dataset<Row> data, Column[] counts, Column[]... stats) {
        List<Column> aggregates = new ArrayList<>(List.of(counts));
        for (Column[] stat : stats) {
            aggregates.addAll(List.of(stat));
        }
        Dataset<Row> rolled = WeeklyBreakdown.aggregate(data, WeeklyLatency.WEEK, WeeklyLatency.CHANNEL,
                WeeklyLatency.GROUP, aggregates);
        return expandPercentiles(rolled);
    }

    /** Mean and the three percentiles of {@code minutes} (nulls ignored), named as {@code names}. */
    private static Column[] stats(Column minutes, String[] names, int accuracy) {
        Column percentiles = array(lit(PERCENTILES[0]), lit(PERCENTILES[1]), lit(PERCENTILES[2]));
        return new Column[] {
                avg(minutes).as(names[0]),
                percentile_approx(minutes, percentiles, lit(accuracy)).as(names[0] + PERCENTILE_ARRAY)};
    }

    /** Splits each {@code <mean column>__percentiles} array into its p50, p90 and p95 columns. */
    private static Dataset<Row> expandPercentiles(Dataset<Row> rolled) {
        for (String[] names : new String[][] {WeeklyLatency.FIRST_REPLY, WeeklyLatency.FIRST_REPLY_BUSINESS,
                WeeklyLatency.WAIT, WeeklyLatency.WAIT_BUSINESS}) {
            String array = names[0] + PERCENTILE_ARRAY;
            if (List.of(rolled.columns()).contains(array)) {
                for (int i = 0; i < PERCENTILES.length; i++) {
                    rolled = rolled.withColumn(names[i + 1], col(array).getItem(i));
                }
                rolled = rolled.drop(array);
            }
        }
        return rolled;
    }

    /** Share of rows where {@code condition} holds among rows where {@code among} holds; null when none. */
    private static Column share(Column condition, Column among) {
        Column denominator = count(when(among, lit(1)));
        return when(denominator.gt(0), count(when(among.and(condition), lit(1))).divide(denominator));
    }
}
