package ticketinsights.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    private static double minutes(LatencyConfig config, String from, String to) {
        return config.calendar().minutes(Instant.parse(from), Instant.parse(to));
    }

    @Test
    void defaultsAreWeekdaysNineToSixUtc() {
        LatencyConfig defaults = LatencyConfig.defaults();
        // Mon 2024-01-08 08:00 → 10:30: open from 09:00, so 90 minutes.
        assertEquals(90.0, minutes(defaults, "2024-01-08T08:00:00Z", "2024-01-08T10:30:00Z"));
        // Mon 17:00 → Tue 10:00: 60 (Mon 17–18) + 60 (Tue 09–10).
        assertEquals(120.0, minutes(defaults, "2024-01-08T17:00:00Z", "2024-01-09T10:00:00Z"));
        // Reversed arguments give the negative.
        assertEquals(-120.0, minutes(defaults, "2024-01-09T10:00:00Z", "2024-01-08T17:00:00Z"));
    }

    @Test
    void aFridayEveningToMondayMorningWaitCountsOnlyTheOpenHoursBetween() {
        LatencyConfig defaults = LatencyConfig.defaults();
        // Fri 2024-01-12 17:30 → Mon 2024-01-15 09:45: 30 (Fri 17:30–18:00) + 45 (Mon 09:00–09:45).
        assertEquals(75.0, minutes(defaults, "2024-01-12T17:30:00Z", "2024-01-15T09:45:00Z"));
        // Entirely over the weekend: nothing.
        assertEquals(0.0, minutes(defaults, "2024-01-12T19:00:00Z", "2024-01-15T08:59:00Z"));
    }

    @Test
    void severalIntervalsPerDayCountOnlyTheirOpenParts() {
        LatencyConfig split = LatencyConfig.parse("""
                business_hours:
                  schedules:
                    - week:
                        monday: ["08:00-12:00", "13:00-17:30"]
                """);
        // Mon 11:00 → 14:00: 60 (11–12) + 0 (lunch) + 60 (13–14).
        assertEquals(120.0, minutes(split, "2024-01-08T11:00:00Z", "2024-01-08T14:00:00Z"));
        // Whole Monday: 240 + 270; Tuesday is not listed, so closed.
        assertEquals(510.0, minutes(split, "2024-01-08T00:00:00Z", "2024-01-10T00:00:00Z"));
    }

    @Test
    void holidaysAreClosedAllDay() {
        LatencyConfig withHoliday = LatencyConfig.parse("""
                business_hours:
                  holidays: [2024-01-09]
                """);
        // Mon 17:00 → Wed 10:00 with Tue a holiday: 60 (Mon 17–18) + 60 (Wed 09–10).
        assertEquals(120.0, minutes(withHoliday, "2024-01-08T17:00:00Z", "2024-01-10T10:00:00Z"));
    }

    @Test
    void theTimeZoneAndItsDaylightSavingChangeInsideAWaitAreRespected() {
        LatencyConfig newYork = LatencyConfig.parse("""
                business_hours:
                  time_zone: America/New_York
                  schedules:
                    - week:
                        friday: ["09:00-18:00"]
                        sunday: ["00:00-24:00"]
                        monday: ["09:00-18:00"]
                """);
        // Clocks went forward on Sunday 2024-03-10 02:00 EST → 03:00 EDT.
        // Fri 2024-03-08 17:00 EST (22:00Z) → Mon 2024-03-11 10:00 EDT (14:00Z):
        // Fri 17–18 = 60, Sunday = 23 hours = 1380 (the missing hour is not open time), Mon 09–10 EDT = 60.
        assertEquals(1500.0, minutes(newYork, "2024-03-08T22:00:00Z", "2024-03-11T14:00:00Z"));
        // A fixed offset of -05:00 would put Monday 09:00 at 14:00Z and count Monday as 0; the zone rules count 60.
        assertEquals(60.0, minutes(newYork, "2024-03-11T12:00:00Z", "2024-03-11T14:00:00Z"));
        // Autumn: Sunday 2024-11-03 has 25 hours (01:00–02:00 happens twice).
        assertEquals(1500.0, minutes(newYork, "2024-11-03T04:00:00Z", "2024-11-04T05:00:00Z"));
    }

    @Test
    void eachMomentIsMeasuredAgainstTheScheduleInForceThen() {
        LatencyConfig changing = LatencyConfig.parse("""
                business_hours:
                  schedules:
                    - from: 2024-01-01
                      week: { monday: ["09:00-18:00"], tuesday: ["09:00-18:00"] }
                    - from: 2024-01-09
                      week: { monday: ["08:00-20:00"], tuesday: ["10:00-12:00"] }
                """);
        // Mon 2024-01-08 (old schedule) 09–18 = 540; Tue 2024-01-09 (new schedule) 10–12 = 120.
        assertEquals(660.0, minutes(changing, "2024-01-08T00:00:00Z", "2024-01-10T00:00:00Z"));
        // Mon 2024-01-15 under the new schedule: 08–20 = 720. Before the first schedule, the first applies.
        assertEquals(720.0, minutes(changing, "2024-01-15T00:00:00Z", "2024-01-16T00:00:00Z"));
        assertEquals(540.0, minutes(changing, "2023-12-25T00:00:00Z", "2023-12-26T00:00:00Z"));
    }

    @Test
    void badIntervalsAreRejectedWithTheirText() {
        var error = assertThrows(IllegalArgumentException.class, () -> LatencyConfig.parse("""
                business_hours:
                  schedules:
                    - week: { monday: ["18:00-09:00"] }
                """));
        assertEquals(true, error.getMessage().contains("18:00-09:00"), error.getMessage());
    }
}
