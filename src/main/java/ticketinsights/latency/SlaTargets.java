package ticketinsights.latency;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * SLA targets per channel and reply kind (METRICS.md "SLA"): how many minutes a customer may
 * wait, on the calendar clock or the business clock. A wait is breached when its minutes on the
 * target's clock exceed the target; an open wait is judged by its age at the as-of time.
 */
public final class SlaTargets {
    public static final String CALENDAR = "calendar";
    public static final String BUSINESS = "business";

    private final Map<String, LatencyConfig.ChannelTargets> byChannel;

    SlaTargets(Map<String, LatencyConfig.ChannelTargets> byChannel) {
        byChannel.forEach((channel, targets) -> {
            check(channel, "first", targets.first);
            check(channel, "next", targets.next);
        });
        this.byChannel = byChannel;
    }

    /** Target minutes for a wait of {@code kind} on {@code channel}; null when the channel has no target. */
    public Column minutes(Column channel, Column kind) {
        Column target = lit(null).cast(DataTypes.DoubleType);
        for (var entry : byChannel.entrySet()) {
            target = when(channel.equalTo(entry.getKey()).and(kind.equalTo(ReplyWaits.KIND_FIRST)), entry.getValue().first.minutes)
                    .when(channel.equalTo(entry.getKey()).and(kind.equalTo(ReplyWaits.KIND_NEXT)), entry.getValue().next.minutes)
                    .otherwise(target);
        }
        return target;
    }

    /** The clock ({@code calendar} or {@code business}) the target of such a wait is measured on. */
    public Column clock(Column channel, Column kind) {
        Column clock = lit(null).cast(DataTypes.StringType);
        for (var entry : byChannel.entrySet()) {
            clock = when(channel.equalTo(entry.getKey()).and(kind.equalTo(ReplyWaits.KIND_FIRST)), entry.getValue().first.clock)
                    .when(channel.equalTo(entry.getKey()).and(kind.equalTo(ReplyWaits.KIND_NEXT)), entry.getValue().next.clock)
                    .otherwise(clock);
        }
        return clock;
    }

    private static void check(String channel, String kind, LatencyConfig.Target target) {
        if (target == null) {
            throw new IllegalArgumentException("sla." + channel + "." + kind + " is missing");
        }
        target.clock = target.clock == null ? CALENDAR : target.clock.trim().toLowerCase(Locale.ROOT);
        if (!target.clock.equals(CALENDAR) && !target.clock.equals(BUSINESS)) {
            throw new IllegalArgumentException("sla." + channel + "." + kind + ".clock must be calendar or business, not " + target.clock);
        }
        if (!(target.minutes >= 0)) {
            throw new IllegalArgumentException("sla." + channel + "." + kind + ".minutes must be >= 0");
        }
    }
}
