package ticketinsights.model;

import static org.apache.spark.sql.functions.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import org.apache.spark.sql.Column;

/**
 * ISO weeks ({@code 2017-W44}), the unit every weekly table and report is cut by. Weeks start on
 * Monday in UTC, and the week-based year is the year of the week's Thursday (ISO 8601), so the
 * last days of December can belong to week 1 of the next year.
 */
public final class Weeks {

    /** The ISO week of a timestamp column, as {@code YYYY-Www}. */
    public static Column isoWeek(Column timestamp) {
        Column monday = to_date(date_trunc("week", timestamp));
        Column weekYear = year(date_add(monday, 3));
        return when(timestamp.isNull(), lit(null))
                .otherwise(format_string("%04d-W%02d", weekYear, weekofyear(timestamp)));
    }

    /** The same week label computed in plain Java (for generators and tests). */
    public static String isoWeek(Instant instant) {
        var date = instant.atOffset(ZoneOffset.UTC).toLocalDate();
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private Weeks() {
    }
}
