package ticketinsights.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The benchmark's peer for the latency stage: DuckDB computes first reply time per ticket and
 * weekly p50/p90 from the same canonical CSV the pipeline ingests, in one process, so the
 * pipeline's figures can be read as a ratio to a fast single-node engine.
 *
 * <p>Usage: {@code DuckDbLatencyPeer <canonical-csv-dir>}; prints one line
 * {@code duckdb-first-reply: messages N, tickets N, weeks N, S s}. Rows DuckDB cannot parse (the
 * generator's deliberately broken records, which the pipeline quarantines) are skipped, and values
 * that are not timestamps count as missing, so both sides leave out the same records.
 */
public final class DuckDbLatencyPeer {

    public static void main(String[] args) throws SQLException {
        String dir = args[0];
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = db.createStatement()) {
            sql.execute("SET TimeZone = 'UTC'");
            sql.execute("CREATE TABLE messages AS SELECT * FROM read_csv('" + dir + "/messages*.csv', header = true,"
                    + " quote = '\"', escape = '\"', all_varchar = true, ignore_errors = true)");
            sql.execute("CREATE TABLE tickets AS SELECT * FROM read_csv('" + dir + "/tickets*.csv', header = true,"
                    + " quote = '\"', escape = '\"', all_varchar = true, ignore_errors = true)");
            sql.execute("""
                    CREATE TABLE first_reply AS
                    WITH typed AS (
                      SELECT ticket_id, message_id, TRY_CAST(created_at AS TIMESTAMPTZ) AS sent_at, author_role,
                             is_public = 'true' AS is_public
                      FROM messages),
                    first_customer AS (
                      SELECT ticket_id, min(sent_at) AS asked_at FROM typed WHERE author_role = 'customer'
                      AND sent_at IS NOT NULL GROUP BY ticket_id)
                    SELECT f.ticket_id, f.asked_at,
                           (SELECT min(a.sent_at) FROM typed a
                             WHERE a.ticket_id = f.ticket_id AND a.author_role = 'agent' AND a.is_public
                               AND a.sent_at > f.asked_at) AS replied_at
                    FROM first_customer f""");
            long messages = count(sql, "SELECT count(*) FROM messages");
            long tickets = count(sql, "SELECT count(*) FROM first_reply");
            long weeks = count(sql, """
                    SELECT count(*) FROM (
                      SELECT isoyear(TRY_CAST(t.created_at AS TIMESTAMPTZ)) || '-W'
                               || lpad(CAST(week(TRY_CAST(t.created_at AS TIMESTAMPTZ)) AS VARCHAR), 2, '0') AS week,
                             quantile_cont(epoch(r.replied_at - r.asked_at) / 60.0, 0.5) AS p50,
                             quantile_cont(epoch(r.replied_at - r.asked_at) / 60.0, 0.9) AS p90
                      FROM first_reply r JOIN tickets t USING (ticket_id)
                      WHERE r.replied_at IS NOT NULL GROUP BY week)""");
            System.out.printf(Locale.ROOT, "duckdb-first-reply: messages %d, tickets %d, weeks %d, %.1f s%n",
                    messages, tickets, weeks, (System.nanoTime() - start) / 1e9);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private DuckDbLatencyPeer() {
    }
}
