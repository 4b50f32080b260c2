package ticketinsights.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ticketinsights.model.Weeks;

/** ISO week labels ({@code 2017-W44}) as the report steps through them. */
public final class ReportWeek {
    private static final Pattern LABEL = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** The Monday (UTC) that starts {@code week}; fails on a malformed label. */
    public static LocalDate monday(String week) {
        Matcher m = LABEL.matcher(week == null ? "" : week.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO week (expected YYYY-Www, e.g. 2017-W44): " + week);
        }
        LocalDate jan4 = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4);
        int weekNo = Integer.parseInt(m.group(2));
        if (weekNo < 1 || weekNo > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new IllegalArgumentException("no such ISO week: " + week);
        }
        return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, weekNo).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static String of(LocalDate date) {
        return Weeks.isoWeek(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static String plus(String week, int weeks) {
        return of(monday(week).plusWeeks(weeks));
    }

    /** The {@code count} weeks ending with {@code last}, oldest first. */
    public static List<String> window(String last, int count) {
        List<String> weeks = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            weeks.add(plus(last, -i));
        }
        return weeks;
    }

    /**
     * The last complete week of data whose latest timestamp is {@code latest}: a week is complete
     * when the data reaches its end (the next Monday 00:00 UTC), so it is the week before the one
     * {@code latest} falls in.
     */
    public static String lastComplete(Instant latest) {
        return of(latest.atOffset(ZoneOffset.UTC).toLocalDate().minus(1, ChronoUnit.WEEKS));
    }

    private ReportWeek() {
    }
}
