package ticketinsights.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LatencyConfigTest {
    @Test
    void theBuiltInDefaultsAreThoseOfMetricsMd() {
        LatencyConfig defaults = LatencyConfig.defaults();
        assertEquals("UTC", defaults.businessHours.timeZone);
        assertEquals(10.0, defaults.sla.get("social").first.minutes);
        assertEquals("calendar", defaults.sla.get("social").first.clock);
        assertEquals(1.0, defaults.sla.get("chat").first.minutes);
        assertEquals(2.0, defaults.sla.get("phone").first.minutes);
        for (String channel : new String[] {"email", "web"}) {
            assertEquals(24 * 60.0, defaults.sla.get(channel).first.minutes, channel);
            assertEquals("business", defaults.sla.get(channel).first.clock, channel);
        }
        assertEquals(10_000, defaults.percentileAccuracy);
        // A whole Saturday is closed, a whole Monday 09–18 open.
        assertEquals(0.0, defaults.calendar().minutes(Instant.parse("2024-01-13T00:00:00Z"), Instant.parse("2024-01-14T00:00:00Z")));
        assertEquals(540.0, defaults.calendar().minutes(Instant.parse("2024-01-08T00:00:00Z"), Instant.parse("2024-01-09T00:00:00Z")));
    }

    @Test
    void aFileChangesOnlyWhatItNames() {
        LatencyConfig config = LatencyConfig.parse("""
                business_hours:
                  time_zone: Asia/Tokyo
                sla:
                  email: { first: { minutes: 240, clock: business }, next: { minutes: 120, clock: business } }
                percentile_accuracy: 500
                """);
        assertEquals("Asia/Tokyo", config.businessHours.timeZone);
        assertEquals(1, config.businessHours.schedules.size(), "the default schedule is kept");
        assertEquals(240.0, config.sla.get("email").first.minutes);
        assertEquals(10.0, config.sla.get("social").first.minutes, "channels not named keep their defaults");
        LatencyConfig firstOnly = LatencyConfig.parse("sla: { chat: { first: { minutes: 3 } } }");
        assertEquals(3.0, firstOnly.sla.get("chat").first.minutes);
        assertEquals(1.0, firstOnly.sla.get("chat").next.minutes, "a kind not named keeps its default");
        assertEquals(500, config.percentileAccuracy);
        // Monday 09:00–18:00 in Tokyo is 00:00–09:00 UTC.
        assertEquals(540.0, config.calendar().minutes(Instant.parse("2024-01-08T00:00:00Z"), Instant.parse("2024-01-08T09:00:00Z")));
    }

    @Test
    void mistakesAreReportedBeforeTheJobRuns() {
        assertThrows(RuntimeException.class, () -> LatencyConfig.parse("sla_targets: {}"), "unknown key");
        var missingNext = assertThrows(IllegalArgumentException.class,
                () -> LatencyConfig.parse("sla: { vip: { first: { minutes: 1 } } }"));
        assertTrue(missingNext.getMessage().contains("sla.vip.next"), missingNext.getMessage());
        var badClock = assertThrows(IllegalArgumentException.class,
                () -> LatencyConfig.parse("sla: { chat: { first: { minutes: 1, clock: wall }, next: { minutes: 1 } } }"));
        assertTrue(badClock.getMessage().contains("calendar or business"), badClock.getMessage());
        assertThrows(RuntimeException.class, () -> LatencyConfig.parse("business_hours: { time_zone: Mars/Olympus }"));
        assertThrows(RuntimeException.class, () -> LatencyConfig.parse("business_hours: { holidays: [2024-13-01] }"));
    }
}
