package ticketinsights.latency;

import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The latency settings file (YAML): business hours, holidays, SLA targets, percentile accuracy.
 * The built-in {@code default-config.yaml} holds METRICS.md's defaults; a file given with
 * {@code --config} is read over it, so it only needs the parts it changes (a whole
 * {@code business_hours} key is merged key by key, {@code sla} channel by channel and kind by kind;
 * lists such as schedules and holidays are replaced whole).
 */
public final class LatencyConfig {
    static final String DEFAULT_RESOURCE = "/ticketinsights/latency/default-config.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @JsonMerge
    @JsonProperty("business_hours")
    public BusinessHours businessHours = new BusinessHours();

    /** Channel ({@code email}, {@code chat}, …) → targets for the first reply and for next replies. */
    @JsonMerge
    @JsonProperty("sla")
    public Map<String, ChannelTargets> sla = new LinkedHashMap<>();

    /** Spark's percentile_approx accuracy: the rank error of a percentile is at most 1/accuracy. */
    @JsonProperty("percentile_accuracy")
    public int percentileAccuracy = 10_000;

    /** Open hours in one time zone, as a dated list of weekly schedules, with holidays. */
    public static final class BusinessHours {
        @JsonProperty("time_zone")
        public String timeZone = "UTC";
        public List<Schedule> schedules = new ArrayList<>();
        /** Closed local days, {@code YYYY-MM-DD}. */
        public List<String> holidays = new ArrayList<>();
    }

    /** A weekly schedule in force from {@code from} (a local date; omit for "always"). */
    public static final class Schedule {
        public String from;
        /** Day name → intervals {@code "HH:MM-HH:MM"}; days not listed are closed. */
        public Map<String, List<String>> week = new LinkedHashMap<>();
    }

    public static final class ChannelTargets {
        public Target first;
        public Target next;
    }

    /** A target in minutes on a clock: {@code calendar} or {@code business}. */
    public static final class Target {
        public double minutes;
        public String clock = SlaTargets.CALENDAR;
    }

    /** The built-in defaults, or {@code file} (any Hadoop path) read over them when given. */
    public static LatencyConfig load(SparkSession spark, String file) {
        LatencyConfig config = defaults();
        if (file == null || file.isBlank()) {
            return config;
        }
        Path path = new Path(file);
        try (InputStream in = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
            return YAML.readerForUpdating(config).<LatencyConfig>readValue(in).validated(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read latency config " + file + ": " + e.getMessage(), e);
        }
    }

    /** The METRICS.md defaults shipped as {@code default-config.yaml}. */
    public static LatencyConfig defaults() {
        try (InputStream in = LatencyConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return YAML.readValue(in, LatencyConfig.class).validated(DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** Parses YAML text over the defaults (for tests and examples). */
    public static LatencyConfig parse(String yaml) {
        try {
            return YAML.readerForUpdating(defaults()).<LatencyConfig>readValue(yaml).validated("inline config");
        } catch (IOException e) {
            throw new UncheckedIOException("bad latency config: " + e.getMessage(), e);
        }
    }

    /** The business calendar these settings describe. */
    public BusinessCalendar calendar() {
        List<BusinessCalendar.Schedule> schedules = new ArrayList<>();
        for (Schedule schedule : businessHours.schedules) {
            int[][] week = new int[7][];
            java.util.Arrays.fill(week, new int[0]);
            schedule.week.forEach((name, intervals) -> week[BusinessCalendar.day(name).getValue() - 1] =
                    intervalsOfDay(BusinessCalendar.day(name), intervals));
            LocalDate from = schedule.from == null ? LocalDate.MIN : LocalDate.parse(schedule.from.trim());
            schedules.add(new BusinessCalendar.Schedule(from, week));
        }
        Set<LocalDate> holidays = new TreeSet<>();
        businessHours.holidays.forEach(day -> holidays.add(LocalDate.parse(day.trim())));
        return new BusinessCalendar(ZoneId.of(businessHours.timeZone), schedules, holidays);
    }

    /** The SLA targets these settings describe. */
    public SlaTargets slaTargets() {
        return new SlaTargets(sla);
    }

    private static int[] intervalsOfDay(DayOfWeek day, List<String> intervals) {
        int[] flat = new int[intervals.size() * 2];
        for (int i = 0; i < intervals.size(); i++) {
            int[] interval = BusinessCalendar.interval(intervals.get(i));
            if (i > 0 && interval[0] < flat[2 * i - 1]) {
                throw new IllegalArgumentException(day + ": business intervals must be ascending and not overlap: " + intervals);
            }
            flat[2 * i] = interval[0];
            flat[2 * i + 1] = interval[1];
        }
        return flat;
    }

    /** Fails early, naming the file, on settings the job could only get wrong later. */
    private LatencyConfig validated(String source) {
        try {
            if (businessHours.schedules.isEmpty()) {
                throw new IllegalArgumentException("business_hours.schedules is empty");
            }
            calendar();
            slaTargets();
            if (percentileAccuracy < 1) {
                throw new IllegalArgumentException("percentile_accuracy must be a positive integer");
            }
            return this;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("latency config " + source + ": " + e.getMessage(), e);
        }
    }
}
