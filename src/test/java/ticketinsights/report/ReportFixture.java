package ticketinsights.report;

import static ticketinsights.testing.SparkTests.rows;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;
import ticketinsights.testing.SparkTests;

/**
 * Hand-made stage tables for the report tests, with the fixed schemas. The report week is
 * 2024-W10 (Mon 4 to Sun 10 March 2024); the latest message is on Tue 12 March (2024-W11), so
 * W10 is the last complete week. Ticket t3 is hostile: script tags, a formula-leading subject,
 * an e-mail address and a phone number.
 */
final class ReportFixture {
    static final String WEEK = "2024-W10";
    static final String PREVIOUS = "2024-W09";
    static final String HOSTILE_BODY = "<script>alert('owned')</script> Login fails since Monday, write to jane.doe@example.com "
            + "or call +1 (555) 010-7788 please";
    static final String HOSTILE_SUBJECT = "=HYPERLINK(\"http://evil.example/\",\"click\")";
    static final String HOSTILE_GROUP = "@Billing <b>team</b> 555-010-9999";
    static final String HOSTILE_LABEL = "+SUM(A1:A9) login crash <img src=x onerror=alert(1)> root@example.com";

    enum Part { TICKETS, MESSAGES, LATENCY, CLOSURE, SENTIMENT, ISSUES }

    /** Writes the chosen parts under {@code out}/tables. */
    static void write(String out, Part... parts) {
        TableStore store = new TableStore(SparkTests.spark(), out);
        tables(parts).forEach((name, data) -> store.write(name, data,
                data.schema().getFieldIndex("week").isDefined() ? new String[] {"week"} : new String[0]));
    }

    /** The chosen parts as in-memory tables, by table name (no Parquet round trip: fast). */
    static Map<String, Dataset<Row>> tables(Part... parts) {
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        for (Part part : parts) {
            switch (part) {
                case TICKETS -> tables.put(Tickets.TABLE, rows(Tickets.SCHEMA,
                        ticket("t1", "email", "2024-03-04T09:00:00Z", "Please add dark mode", "Support", "good"),
                        ticket("t2", "chat", "2024-03-05T10:00:00Z", "Dark theme request", "Support", null),
                        ticket("t3", "email", "2024-03-06T11:00:00Z", HOSTILE_SUBJECT, HOSTILE_GROUP, "bad"),
                        ticket("t0", "email", "2024-02-27T11:00:00Z", "Earlier ticket", "Support", null)));
                case MESSAGES -> tables.put(Messages.TABLE, rows(Messages.SCHEMA,
                        message("t1", "m1", "2024-03-04T09:00:00Z", "customer", "Would be great if you added dark mode.\n\nSent from my phone"),
                        message("t1", "m2", "2024-03-04T09:30:00Z", "agent", "Noted, thanks!"),
                        message("t2", "m3", "2024-03-05T10:00:00Z", "customer", "> quoted earlier\nA dark theme please, my eyes hurt at night."),
                        message("t3", "m4", "2024-03-06T11:00:00Z", "customer", HOSTILE_BODY),
                        message("t3", "m5", "2024-03-12T08:00:00Z", "customer", "any update?")));
                case LATENCY -> {
                    tables.put(StageTables.WEEKLY_LATENCY, rows(StageTables.WEEKLY_LATENCY_SCHEMA,
                            latency(PREVIOUS, "all", "all", 10, 20, 30.0, 120.0, 0.10),
                            latency(WEEK, "all", "all", 12, 24, 45.0, 90.0, 0.25),
                            latency(WEEK, "email", "all", 8, 16, 50.0, 100.0, 0.25),
                            latency(WEEK, "chat", "all", 4, 8, 1.5, 3.0, 0.5),
                            latency(WEEK, "all", HOSTILE_GROUP, 12, 24, 45.0, 90.0, 0.25),
                            latency(WEEK, "email", HOSTILE_GROUP, 8, 16, 50.0, 100.0, 0.25)));
                    tables.put(StageTables.TICKET_LATENCY, rows(StageTables.TICKET_LATENCY_SCHEMA,
                            ticketLatency("t1", "email", "Support", 30.0, false),
                            ticketLatency("t2", "chat", "Support", null, true),
                            ticketLatency("t3", "email", HOSTILE_GROUP, 1500.0, true)));
                }
                case CLOSURE -> tables.put(StageTables.WEEKLY_CLOSURE, rows(StageTables.WEEKLY_CLOSURE_SCHEMA,
                        // W09: 8 solved, 4 confirmed (0.5); ratings 3 good + 1 bad → CSAT 0.75, rated 4 / 8 solved = 0.5
                        closure(PREVIOUS, "all", "all", 10, 8, 4, 0.5, 0.125, 0.2, 3, 1, 0.75, 0.5),
                        // W10: 10 solved, 6 confirmed (0.6); ratings 4 + 4 → CSAT 0.5, rated 8 / 10 = 0.8
                        closure(WEEK, "all", "all", 12, 10, 6, 0.6, 0.1, 0.25, 4, 4, 0.5, 0.8),
                        closure(WEEK, "email", "all", 8, 7, 4, 4.0 / 7, 0.0, 0.25, 3, 3, 0.5, 6.0 / 7)));
                case SENTIMENT -> tables.put(StageTables.WEEKLY_SENTIMENT, rows(StageTables.WEEKLY_SENTIMENT_SCHEMA,
                        new Object[] {PREVIOUS, "all", "all", 10L, 40L, 30L, 0.1, 0.2, 0.3, 0.75},
                        new Object[] {WEEK, "all", "all", 12L, 50L, 45L, -0.2, 0.4, 0.1, 0.9}));
                case ISSUES -> {
                    tables.put(StageTables.ISSUE_CLUSTERS, rows(StageTables.ISSUE_CLUSTERS_SCHEMA,
                            cluster(1, "dark mode theme", "feature_request", 5, "2024-W08", "growing", 1.5, List.of("t1", "t2")),
                            cluster(2, HOSTILE_LABEL, "bug", 3, WEEK, "new", 9.5, List.of("t3")),
                            cluster(3, "invoice pdf missing", "bug", 7, "2024-W01", "stable", 2.0, List.of()),
                            cluster(4, "export csv", "feature_request", 2, "2024-W02", "shrinking", 0.5, List.of())));
                    tables.put(StageTables.TICKET_ISSUE, rows(StageTables.TICKET_ISSUE_SCHEMA,
                            new Object[] {"t1", 1, 0.1, 0.9, "feature_request"},
                            new Object[] {"t2", 1, 0.2, 0.8, "feature_request"},
                            new Object[] {"t3", 2, 0.1, 0.9, "bug"}));
                    tables.put(StageTables.WEEKLY_ISSUE_COUNTS, rows(StageTables.WEEKLY_ISSUE_COUNTS_SCHEMA,
                            new Object[] {WEEK, 1, 2L}, new Object[] {WEEK, 2, 1L}, new Object[] {PREVIOUS, 3, 4L}));
                }
                default -> throw new IllegalArgumentException(part.toString());
            }
        }
        return tables;
    }

    static Object[] ticket(String id, String channel, String created, String subject, String group, String csat) {
        Timestamp at = ts(created);
        return new Object[] {id, channel, at, at, subject, "requester-" + id, "agent-1", group, "normal", List.of(),
            csat == null ? "open" : "solved", csat == null ? null : at, csat, "canonical-csv", "tickets.csv", 1L,
            ReportWeek.of(at.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate())};
    }

    static Object[] message(String ticket, String id, String created, String role, String body) {
        Timestamp at = ts(created);
        return new Object[] {ticket, id, at, role, role + "-1", "email", true, body, "canonical-csv", "messages.csv", 1L,
            ReportWeek.of(at.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate())};
    }

    static Object[] latency(String week, String channel, String group, long tickets, long replies, double p50, double p90,
                            double breach) {
        return new Object[] {week, channel, group, tickets, replies, p50, p50, p90, p90, p50, p50, p90, p90,
            p50, p50, p90, p90, p50, p50, p90, p90, breach, 0.1, 0.5, 0.1, 1.0};
    }

    static Object[] ticketLatency(String id, String channel, String group, Double firstReply, boolean breached) {
        return new Object[] {id, WEEK, channel, group, null, firstReply, firstReply, firstReply == null, 1L, 1L,
            null, null, null, null, 0L, false, 60.0, breached};
    }

    static Object[] closure(String week, String channel, String group, long tickets, long solved, long confirmed,
                            double ccr, double reopen, double chase, long good, long bad, double csat, double rating) {
        return new Object[] {week, channel, group, tickets, solved, confirmed, ccr, reopen, chase, 1L, 0.5, good, bad, csat, rating};
    }

    static Object[] cluster(int id, String label, String kind, long tickets, String firstSeen, String trend, double pain,
                            List<String> examples) {
        return new Object[] {id, label, kind, tickets, tickets, firstSeen, WEEK, trend, -0.3, 0.1, 0.2, 42.0, pain,
            examples};
    }

    static Timestamp ts(String iso) {
        return Timestamp.from(Instant.parse(iso));
    }

    private ReportFixture() {
    }
}
