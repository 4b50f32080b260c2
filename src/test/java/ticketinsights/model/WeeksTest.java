package ticketinsights.model;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import ticketinsights.testing.SparkTests;

class WeeksTest {

    @Test
    void weekYearIsTheYearOfTheWeeksThursday() {
        // 2020-12-31 is a Thursday of 2020-W53; 2021-01-03 (Sunday) still belongs to it;
        // 2019-12-30 (Monday) opens 2020-W01.
        StructType schema = new StructType().add("at", DataTypes.TimestampType);
        List<Row> weeks = SparkTests.rows(schema,
                        new Object[] {ts("2020-12-31T23:59:59Z")},
                        new Object[] {ts("2021-01-03T12:00:00Z")},
                        new Object[] {ts("2021-01-04T00:00:00Z")},
                        new Object[] {ts("2019-12-30T08:00:00Z")},
                        new Object[] {ts("2017-10-31T22:10:47Z")})
                .select(Weeks.isoWeek(col("at"))).collectAsList();
        assertEquals(List.of("2020-W53", "2020-W53", "2021-W01", "2020-W01", "2017-W44"),
                weeks.stream().map(r -> r.getString(0)).toList());
    }

    @Test
    void javaAndSparkAgree() {
        assertEquals("2020-W53", Weeks.isoWeek(Instant.parse("2021-01-03T12:00:00Z")));
        assertEquals("2020-W01", Weeks.isoWeek(Instant.parse("2019-12-30T08:00:00Z")));
    }

    private static Timestamp ts(String iso) {
        return Timestamp.from(Instant.parse(iso));
    }
}
