package ticketinsights.ingest;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.SourceFormat;
import ticketinsights.model.TicketStatus;

/**
 * The steps that put the records of every file together, each a plain {@code Dataset ->
 * Dataset} function over {@link IngestRecord} rows: de-duplication across overlapping exports,
 * author roles and group names from lookup files, solve times from status events, and the
 * referential checks (a message needs its ticket, a ticket needs a message) whose failures go to
 * quarantine.
 */
final class Assembly {
    static final String DUPLICATE = "duplicate";
    static final String COLLISION = "id_collision";
    /** Tickets, messages and events meet on the ticket id within one source format: ids of different sources may collide. */
    static final String[] TICKET_KEY = {IngestRecord.TICKET_ID, IngestRecord.SOURCE_FORMAT};

    private Assembly() {
    }

    /**
     * Marks all but one copy of each key as {@link #DUPLICATE}: overlapping exports repeat records,
     * and the latest version wins ({@code version_at}, e.g. the ticket's {@code updated_at}); ties
     * go to the later file name (exports are usually named by date), then the later record.
     * A copy from another source format than the winner's is not an older version of the same
     * record but another record with a colliding id (tweet 5 and Zendesk comment 5): it is marked
     * {@link #COLLISION} instead, for quarantine, so nothing is merged silently.
     */
    static Dataset<Row> markDuplicates(Dataset<Row> records, String... key) {
        Column[] keys = java.util.Arrays.stream(key).map(name -> col(name)).toArray(Column[]::new);
        WindowSpec latestFirst = Window.partitionBy(keys).orderBy(
                col(IngestRecord.VERSION_AT).desc_nulls_last(),
                col(IngestRecord.SOURCE_FILE).desc(), col(IngestRecord.SOURCE_RECORD).desc());
        Column notFirst = row_number().over(latestFirst).gt(1);
        Column winnerFormat = first(col(IngestRecord.SOURCE_FORMAT)).over(latestFirst);
        return records
                .withColumn(COLLISION, notFirst.and(col(IngestRecord.SOURCE_FORMAT).notEqual(winnerFormat)))
                .withColumn(DUPLICATE, notFirst.and(not(col(COLLISION))));
    }

    /** The records {@link #markDuplicates} kept: neither an older copy nor a colliding id. */
    static Column kept() {
        return not(col(DUPLICATE)).and(not(col(COLLISION)));
    }

    /** Group ids (Zendesk {@code group_id}) replaced by the group's name when a groups file gave one. */
    static Dataset<Row> withGroupNames(Dataset<Row> tickets, Dataset<Row> groups) {
        Dataset<Row> names = groups.groupBy(col(IngestRecord.GROUP).as("group_key"))
                .agg(max(IngestRecord.NAME).as("group_name"));
        return tickets.join(names, tickets.col(IngestRecord.GROUP).equalTo(names.col("group_key"))
                        .and(tickets.col(IngestRecord.SOURCE_FORMAT).equalTo(SourceFormat.ZENDESK.id())), "left")
                .withColumn(IngestRecord.GROUP, coalesce(col("group_name"), col(IngestRecord.GROUP)))
                .drop("group_key", "group_name");
    }

    /** Group changes of Zendesk audits name the groups, as the tickets table does. */
    static Dataset<Row> withGroupNamesInEvents(Dataset<Row> events, Dataset<Row> groups) {
        Dataset<Row> names = groups.groupBy(col(IngestRecord.GROUP).as("group_key"))
                .agg(max(IngestRecord.NAME).as("group_name"));
        Column isGroup = col(IngestRecord.EVENT_KIND).equalTo("group")
                .and(col(IngestRecord.SOURCE_FORMAT).equalTo(SourceFormat.ZENDESK.id()));
        Dataset<Row> from = names.withColumnRenamed("group_key", "from_key").withColumnRenamed("group_name", "from_name");
        Dataset<Row> to = names.withColumnRenamed("group_key", "to_key").withColumnRenamed("group_name", "to_name");
        return events.join(from, isGroup.and(col(IngestRecord.FROM).equalTo(col("from_key"))), "left")
                .join(to, isGroup.and(col(IngestRecord.TO).equalTo(col("to_key"))), "left")
                .withColumn(IngestRecord.FROM, coalesce(col("from_name"), col(IngestRecord.FROM)))
                .withColumn(IngestRecord.TO, coalesce(col("to_name"), col(IngestRecord.TO)))
                .drop("from_key", "from_name", "to_key", "to_name");
    }

    /** solved_at, when the ticket record lacks it, from the last status change to solved (or closed). */
    static Dataset<Row> withSolveTimes(Dataset<Row> tickets, Dataset<Row> events) {
        Dataset<Row> solves = events
                .filter(col(IngestRecord.EVENT_KIND).equalTo("status")
                        .and(col(IngestRecord.TO).isin(TicketStatus.SOLVED, TicketStatus.CLOSED))
                        .and(not(coalesce(col(IngestRecord.FROM), lit("")).isin(TicketStatus.SOLVED, TicketStatus.CLOSED))))
                .groupBy(TICKET_KEY[0], TICKET_KEY[1])
                .agg(max(IngestRecord.CREATED_AT).as("last_solved_at"));
        return tickets.join(solves, TICKET_KEY, "left")
                .withColumn(IngestRecord.SOLVED_AT, coalesce(col(IngestRecord.SOLVED_AT), col("last_solved_at")))
                .drop("last_solved_at");
    }

    /**
     * Messages with their ticket's channel and requester, and {@code ticket_known} false when no
     * ticket of that id was read (they are quarantined by the caller).
     */
    static Dataset<Row> withTicket(Dataset<Row> messages, Dataset<Row> tickets) {
        Dataset<Row> facts = tickets.select(col(IngestRecord.TICKET_ID).as("t_id"), col(IngestRecord.SOURCE_FORMAT).as("t_format"),
                col(IngestRecord.CHANNEL).as("t_channel"), col(IngestRecord.REQUESTER_ID).as("t_requester"));
        return messages.join(facts, messages.col(IngestRecord.TICKET_ID).equalTo(facts.col("t_id"))
                        .and(messages.col(IngestRecord.SOURCE_FORMAT).equalTo(facts.col("t_format"))), "left")
                .withColumn(IngestRecord.CHANNEL, coalesce(col("t_channel"), col(IngestRecord.CHANNEL)))
                .withColumn("ticket_known", col("t_id").isNotNull())
                .drop("t_id", "t_format", "t_channel");
    }

    /**
     * The author role where the adapter could not tell it (Zendesk comments): the users file's
     * role when the author is in it, else customer when the author is the ticket's requester and
     * agent otherwise.
     */
    static Dataset<Row> withRoles(Dataset<Row> messages, Dataset<Row> users) {
        Dataset<Row> roles = users.groupBy(col(IngestRecord.AUTHOR_ID).as("u_id"))
                .agg(max(IngestRecord.AUTHOR_ROLE).as("u_role"));
        return messages.join(roles, messages.col(IngestRecord.AUTHOR_ID).equalTo(roles.col("u_id"))
                        .and(messages.col(IngestRecord.AUTHOR_ROLE).isNull()), "left")
                .withColumn(IngestRecord.AUTHOR_ROLE, coalesce(col(IngestRecord.AUTHOR_ROLE), col("u_role"),
                        when(col(IngestRecord.AUTHOR_ID).equalTo(col("t_requester")), lit(AuthorRole.CUSTOMER))
                                .otherwise(lit(AuthorRole.AGENT))))
                .drop("u_id", "u_role", "t_requester");
    }

    /**
     * Rows that failed a check across files, as quarantine rows: the raw text is the record's own
     * fields as JSON (the source line is not at hand any more), truncated.
     */
    static Dataset<Row> asQuarantine(Dataset<Row> rows, Column reason, String... fields) {
        Column[] shown = java.util.Arrays.stream(fields).map(name -> col(name)).toArray(Column[]::new);
        Column raw = to_json(struct(shown));
        return rows.select(col(IngestRecord.SOURCE_FORMAT), col(IngestRecord.SOURCE_FILE), col(IngestRecord.SOURCE_RECORD),
                when(length(raw).gt(ticketinsights.model.Quarantine.RAW_MAX_CHARS),
                        concat(substring(raw, 1, ticketinsights.model.Quarantine.RAW_MAX_CHARS), lit("…")))
                        .otherwise(raw).as(IngestRecord.RAW),
                reason.as(IngestRecord.REASON));
    }
}
