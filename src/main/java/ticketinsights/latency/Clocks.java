package ticketinsights.latency;

import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_micros;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/** The two clocks every duration is given on: calendar minutes and business minutes. */
final class Clocks {
    private final UserDefinedFunction businessMinutes;

    Clocks(BusinessCalendar calendar) {
        // The calendar is a few hundred bytes; Spark serializes it into the UDF once per task.
        UDF2<Long, Long, Double> minutes = (from, to) ->
                from == null || to == null ? null : calendar.minutesMicros(from, to);
        this.businessMinutes = udf(minutes, DataTypes.DoubleType).withName("business_minutes");
    }

    /** Wall-clock minutes from {@code from} to {@code to} (exact to the microsecond). */
    static Column calendarMinutes(Column from, Column to) {
        return unix_micros(to).minus(unix_micros(from)).divide(60_000_000.0);
    }

    /** Minutes inside business hours from {@code from} to {@code to}. */
    Column businessMinutes(Column from, Column to) {
        return businessMinutes.apply(unix_micros(from), unix_micros(to));
    }
}
