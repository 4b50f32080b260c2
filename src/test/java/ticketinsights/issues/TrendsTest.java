package ticketinsights.issues;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendsTest {
    // Last week 2026-W12: recent window W09..W12, prior window W05..W08.

    @Test
    void firstSeenInTheRecentWindowIsNew() {
        assertEquals(Trends.NEW, Trends.of(Map.of("2026-W10", 4L, "2026-W12", 9L), "2026-W12"));
    }

    @Test
    void growingNeedsHalfAgainAndThreeMoreTickets() {
        // prior 2 + 2 = 4, recent 3 + 3 = 6: 6 ≥ 1.5 × 4 and 6 − 4 = 2 < 3 → stable.
        assertEquals(Trends.STABLE, Trends.of(Map.of("2026-W05", 2L, "2026-W06", 2L, "2026-W09", 3L, "2026-W10", 3L), "2026-W12"));
        // prior 4, recent 7: 7 ≥ 6 and 3 more → growing.
        assertEquals(Trends.GROWING, Trends.of(Map.of("2026-W05", 4L, "2026-W11", 7L), "2026-W12"));
    }

    @Test
    void shrinking() {
        // prior 10, recent 2: 10 ≥ 3 and 8 fewer.
        assertEquals(Trends.SHRINKING, Trends.of(Map.of("2026-W06", 10L, "2026-W12", 2L), "2026-W12"));
    }

    @Test
    void weeksBeforeThePriorWindowDoNotCount() {
        // W01 is outside both windows; prior 0, recent 1 → stable, not new (first seen long ago).
        assertEquals(Trends.STABLE, Trends.of(Map.of("2026-W01", 50L, "2026-W12", 1L), "2026-W12"));
    }

    @Test
    void windowsCrossTheYearBoundary() {
        // Last week 2026-W02 (Mon 2026-01-05); recent from 2025-W51 (Mon 2025-12-15): W50 is prior.
        assertEquals(Trends.GROWING, Trends.of(Map.of("2025-W50", 1L, "2026-W01", 5L), "2026-W02"));
    }
}
