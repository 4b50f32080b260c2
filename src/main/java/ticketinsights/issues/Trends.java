package ticketinsights.issues;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A cluster's trend from its weekly ticket counts, judged at the last week of the data: the
 * recent window is the last {@link #WINDOW_WEEKS} weeks, the prior window the same span before.
 * {@code new}: first seen inside the recent window. {@code growing}: recent ≥ 1.5 × prior and at
 * least {@link #MIN_CHANGE} tickets more; {@code shrinking}: the mirror image; else {@code stable}.
 * The minimum change keeps 1 → 2 tickets from counting as doubling.
 */
public final class Trends {
    public static final String NEW = "new";
    public static final String GROWING = "growing";
    public static final String STABLE = "stable";
    public static final String SHRINKING = "shrinking";
    static final int WINDOW_WEEKS = 4;
    static final double RATIO = 1.5;
    static final long MIN_CHANGE = 3;

    /** @param weekly tickets per ISO week ({@code 2026-W07}); @param lastWeek the data's last week */
    public static String of(Map<String, Long> weekly, String lastWeek) {
        LocalDate last = monday(lastWeek);
        LocalDate recentStart = last.minusWeeks(WINDOW_WEEKS - 1L);
        LocalDate priorStart = recentStart.minusWeeks(WINDOW_WEEKS);
        long recent = 0;
        long prior = 0;
        LocalDate first = null;
        for (var e : weekly.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            LocalDate week = monday(e.getKey());
            first = first == null || week.isBefore(first) ? week : first;
            if (!week.isBefore(recentStart) && !week.isAfter(last)) {
                recent += e.getValue();
            } else if (!week.isBefore(priorStart) && week.isBefore(recentStart)) {
                prior += e.getValue();
            }
        }
        if (first != null && !first.isBefore(recentStart)) {
            return NEW;
        }
        if (recent >= RATIO * prior && recent - prior >= MIN_CHANGE) {
            return GROWING;
        }
        if (prior >= RATIO * recent && prior - recent >= MIN_CHANGE) {
            return SHRINKING;
        }
        return STABLE;
    }

    static LocalDate monday(String isoWeek) {
        return LocalDate.parse(isoWeek + "-1", DateTimeFormatter.ISO_WEEK_DATE);
    }

    private Trends() {
    }
}
