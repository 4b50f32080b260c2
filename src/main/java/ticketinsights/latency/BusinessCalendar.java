package ticketinsights.latency;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Open hours of the support team: a weekly schedule (several intervals per day allowed) in a time
 * zone, a dated list of such schedules (each in force from its date until the next one starts),
 * and holidays (whole local days closed). Business minutes between two instants are the minutes
 * that fall inside open hours.
 *
 * <p>Intervals are laid out per local day and turned into instants with the zone's rules of that
 * day, so a daylight-saving change inside a wait is counted as the clock on the wall says (the
 * spring-forward Sunday of a 24-hour schedule has 23 open hours). Small and serializable: Spark
 * ships it to the executors inside the business-minutes UDF.
 */
public final class BusinessCalendar implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int END_OF_DAY = 24 * 3600;
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final ZoneId zone;
    /** First local day of each schedule, ascending; the first schedule also covers earlier days. */
    private final LocalDate[] starts;
    /** [schedule][day of week, Monday = 0] = open/close seconds of day, alternating, ascending. */
    private final int[][][] weeks;
    private final HashSet<LocalDate> holidays;

    /** One weekly schedule and the local day from which it applies. */
    public record Schedule(LocalDate from, int[][] week) implements Serializable {
    }

    public BusinessCalendar(ZoneId zone, List<Schedule> schedules, Set<LocalDate> holidays) {
        if (schedules.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one schedule");
        }
        List<Schedule> sorted = schedules.stream()
                .sorted((a, b) -> a.from().compareTo(b.from())).toList();
        this.zone = zone;
        this.starts = sorted.stream().map(Schedule::from).toArray(LocalDate[]::new);
        this.weeks = sorted.stream().map(Schedule::week).toArray(int[][][]::new);
        this.holidays = new HashSet<>(holidays);
    }

    /** Business minutes from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public double minutes(Instant from, Instant to) {
        return minutesMicros(toMicros(from), toMicros(to));
    }

    /** The same over epoch microseconds (Spark's timestamp representation). */
    public double minutesMicros(long fromMicros, long toMicros) {
        if (toMicros < fromMicros) {
            return -minutesMicros(toMicros, fromMicros);
        }
        long open = 0;
        LocalDate day = localDay(fromMicros);
        LocalDate last = localDay(toMicros);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            int[] intervals = weekOf(day)[day.getDayOfWeek().getValue() - 1];
            for (int i = 0; i + 1 < intervals.length; i += 2) {
                long start = Math.max(fromMicros, instantMicros(day, intervals[i]));
                long end = Math.min(toMicros, instantMicros(day, intervals[i + 1]));
                if (end > start) {
                    open += end - start;
                }
            }
        }
        return open / 60_000_000.0;
    }

    private int[][] weekOf(LocalDate day) {
        int index = Arrays.binarySearch(starts, day);
        if (index < 0) {
            index = Math.max(0, -index - 2);
        }
        return weeks[index];
    }

    private LocalDate localDay(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND)).atZone(zone).toLocalDate();
    }

    /** A local wall-clock second of {@code day} as an instant (gaps move forward, overlaps take the earlier offset). */
    private long instantMicros(LocalDate day, int secondOfDay) {
        ZonedDateTime at = secondOfDay >= END_OF_DAY
                ? day.plusDays(1).atStartOfDay(zone)
                : ZonedDateTime.of(day, LocalTime.ofSecondOfDay(secondOfDay), zone);
        return at.toEpochSecond() * MICROS_PER_SECOND;
    }

    private static long toMicros(Instant instant) {
        return instant.getEpochSecond() * MICROS_PER_SECOND + instant.getNano() / 1000;
    }

    /** Parses {@code "09:00-12:00"} into open/close seconds of day; {@code 24:00} closes at midnight. */
    public static int[] interval(String text) {
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("business interval '" + text + "' is not HH:MM-HH:MM");
        }
        int open = secondOfDay(parts[0], text);
        int close = secondOfDay(parts[1], text);
        if (close <= open) {
            throw new IllegalArgumentException("business interval '" + text
                    + "' must close after it opens (split intervals that cross midnight at 24:00)");
        }
        return new int[] {open, close};
    }

    private static int secondOfDay(String clock, String interval) {
        if (clock.equals("24:00")) {
            return END_OF_DAY;
        }
        try {
            return LocalTime.parse(clock.length() == 4 ? "0" + clock : clock).toSecondOfDay();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("business interval '" + interval + "': bad time '" + clock + "'", e);
        }
    }

    /** Day names as the config spells them: monday … sunday (case-insensitive, 3-letter forms too). */
    public static DayOfWeek day(String name) {
        String lower = name.trim().toLowerCase(java.util.Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.name().toLowerCase(java.util.Locale.ROOT);
            if (full.equals(lower) || full.substring(0, 3).equals(lower)) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown day '" + name + "' (expected monday … sunday)");
    }
}
