package ticketinsights.sample;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Random;

/**
 * The sample's calendar: the ISO weeks it covers, when tickets arrive within a week (busy
 * weekday afternoons, quiet nights and weekends), and how long people take to answer on each
 * channel: chat in seconds to minutes, social in tens of minutes, e-mail in business hours with
 * a tail of forgotten tickets, so SLA breaches and after-hours waits occur naturally.
 */
final class Schedule {
    /** Weight of each hour of the week (Monday 00:00 UTC = 0), for ticket arrivals. */
    private static final double[] HOUR_WEIGHTS = new double[168];
    private static final double[] HOUR_CUMULATIVE = new double[169];

    static {
        double[] day = {0.15, 0.1, 0.1, 0.1, 0.15, 0.25, 0.4, 0.7, 1.0, 1.2, 1.25, 1.2, 1.0, 1.15, 1.2, 1.15, 1.0, 0.9,
            0.7, 0.55, 0.45, 0.4, 0.3, 0.2};
        for (int h = 0; h < 168; h++) {
            double weekday = h / 24 < 5 ? (h / 24 == 0 ? 1.15 : 1.0) : 0.35;
            HOUR_WEIGHTS[h] = day[h % 24] * weekday;
            HOUR_CUMULATIVE[h + 1] = HOUR_CUMULATIVE[h] + HOUR_WEIGHTS[h];
        }
    }

    final Instant start;
    final int weeks;
    /** The export was taken at the end of the last week: nothing later exists in the data. */
    final Instant exportAt;

    Schedule(String startWeek, int weeks) {
        String[] parts = startWeek.split("-W");
        LocalDate monday = LocalDate.of(Integer.parseInt(parts[0]), 6, 1)
                .with(IsoFields.WEEK_BASED_YEAR, Integer.parseInt(parts[0]))
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(parts[1]))
                .with(DayOfWeek.MONDAY);
        this.start = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        this.weeks = weeks;
        this.exportAt = start.plus(Duration.ofDays(7L * weeks));
    }

    /** The arrival time at quantile {@code u} of week {@code w}: monotone in u, so ids grow with time. */
    Instant timeInWeek(int w, double u) {
        double target = u * HOUR_CUMULATIVE[168];
        int lo = 0;
        int hi = 168;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (HOUR_CUMULATIVE[mid] <= target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double within = (target - HOUR_CUMULATIVE[lo]) / HOUR_WEIGHTS[lo];
        long seconds = (long) ((lo + Math.min(within, 0.9997)) * 3600);
        return start.plus(Duration.ofDays(7L * w)).plusSeconds(seconds);
    }

    /** Whether {@code t} is in the agents' working hours (EN: Mon–Fri 08–18 UTC; JA: Mon–Fri 00–09 UTC = 09–18 JST). */
    static boolean working(Instant t, boolean japanese) {
        ZonedDateTime z = t.atZone(ZoneOffset.UTC);
        if (z.getDayOfWeek().getValue() >= 6) {
            return false;
        }
        int h = z.getHour();
        return japanese ? h < 9 : h >= 8 && h < 18;
    }

    /** {@code t} plus {@code minutes} of the agents' working time (skipping nights and weekends). */
    static Instant addWorkingMinutes(Instant t, double minutes, boolean japanese) {
        Instant at = t;
        double left = minutes;
        int guard = 0;
        while (left > 0 && guard++ < 10_000) {
            if (!working(at, japanese)) {
                at = at.atZone(ZoneOffset.UTC).withMinute(0).withSecond(0).withNano(0).plusHours(1).toInstant();
                continue;
            }
            ZonedDateTime z = at.atZone(ZoneOffset.UTC);
            double toHourEnd = 60 - z.getMinute() - z.getSecond() / 60.0;
            double step = Math.min(left, toHourEnd);
            at = at.plusSeconds(Math.max(1, Math.round(step * 60)));
            left -= step;
        }
        return at;
    }

    /** When an agent answers a customer message sent at {@code t} (the first reply is slower than later ones). */
    static Instant agentReply(Random rng, Instant t, String channel, boolean japanese, boolean first) {
        double factor = first ? 1.0 : 0.7;
        switch (channel) {
            case "chat": {
                if (working(t, japanese) || rng.nextDouble() < 0.15) {
                    return t.plusSeconds(Math.max(5, Math.round(Text.logNormal(rng, 75 * factor, 0.95))));
                }
                break; // offline chat message: answered like e-mail
            }
            case "social": {
                int hour = t.atZone(ZoneOffset.UTC).getHour();
                double median = hour >= 7 && hour < 22 ? 22 : 140;
                return t.plusSeconds(Math.max(30, Math.round(60 * Text.logNormal(rng, median * factor, 1.0))));
            }
            case "phone":
                return t.plusSeconds(Math.max(20, Math.round(60 * Text.logNormal(rng, 2.5, 0.7))));
            default:
                break;
        }
        if (rng.nextDouble() < 0.08) {
            // weekend / evening on-call: answered in calendar time, not business time
            return t.plusSeconds(Math.round(60 * Text.logNormal(rng, 90, 0.8)));
        }
        Instant reply = addWorkingMinutes(t, Text.logNormal(rng, 170 * factor, 1.05), japanese);
        if (rng.nextDouble() < 0.06) {
            reply = reply.plus(Duration.ofHours(48 + rng.nextInt(72))); // forgotten in a queue
        }
        return reply;
    }

    /** When the customer writes back after an agent message at {@code t}. */
    static Instant customerReply(Random rng, Instant t, String channel) {
        double minutes = switch (channel) {
            case "chat" -> Text.logNormal(rng, 1.0, 0.8);
            case "social" -> Text.logNormal(rng, 25, 1.2);
            default -> Text.logNormal(rng, 240, 1.3);
        };
        return t.plusSeconds(Math.max(10, Math.round(60 * minutes)));
    }

    /** How long a customer waits before chasing ("any update?"), in minutes. */
    static double chaseAfterMinutes(String channel) {
        return switch (channel) {
            case "chat" -> 4;
            case "social" -> 90;
            default -> 26 * 60;
        };
    }

    /** ISO week label of the w-th week, e.g. {@code 2025-W14}. */
    String weekLabel(int w) {
        ZonedDateTime z = start.plus(Duration.ofDays(7L * w)).atZone(ZoneOffset.UTC);
        return String.format("%d-W%02d", z.get(IsoFields.WEEK_BASED_YEAR), z.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
