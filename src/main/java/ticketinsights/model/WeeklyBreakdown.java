package ticketinsights.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.grouping;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The row set of every weekly table: one row per (week, channel, group), plus the roll-ups a
 * manager slices by, where {@code channel} and/or {@code group} is {@link #ALL}: per week and
 * channel, per week and group, and per week overall (a cube; the rows without a week are
 * dropped). A ticket without a group stays in a {@code null} group, apart from {@code all}.
 */
public final class WeeklyBreakdown {
    public static final String ALL = "all";

    private static final String WEEK_ROLLED = "__week_rolled_up";
    private static final String CHANNEL_ROLLED = "__channel_rolled_up";
    private static final String GROUP_ROLLED = "__group_rolled_up";

    /** {@code aggregates} per week × channel × group and their roll-ups, keys keeping their names. */
    public static Dataset<Row> aggregate(Dataset<Row> data, String week, String channel, String group,
            List<Column> aggregates) {
        List<Column> all = new ArrayList<>(aggregates);
        all.add(grouping(week).as(WEEK_ROLLED));
        all.add(grouping(channel).as(CHANNEL_ROLLED));
        all.add(grouping(group).as(GROUP_ROLLED));
        return data.cube(col(week), col(channel), col(group))
                .agg(all.get(0), all.subList(1, all.size()).toArray(Column[]::new))
                .where(col(WEEK_ROLLED).equalTo(0))
                .withColumn(channel, when(col(CHANNEL_ROLLED).equalTo(1), lit(ALL)).otherwise(col(channel)))
                .withColumn(group, when(col(GROUP_ROLLED).equalTo(1), lit(ALL)).otherwise(col(group)))
                .drop(WEEK_ROLLED, CHANNEL_ROLLED, GROUP_ROLLED);
    }

    private WeeklyBreakdown() {
    }
}
