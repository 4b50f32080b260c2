package ticketinsights.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubTest {
    @TempDir
    Path dir;

    static String issue(int number, String association, String pullRequest, String closedAt, String labels) {
        return "{\"url\":\"https://api.github.com/repos/acme/widget/issues/" + number + "\","
                + "\"repository_url\":\"https://api.github.com/repos/acme/widget\",\"number\":" + number + ","
                + "\"title\":\"Crash on start " + number + "\",\"user\":{\"login\":\"alice\",\"type\":\"User\"},"
                + "\"labels\":[" + labels + "],\"state\":\"" + (closedAt == null ? "open" : "closed") + "\","
                + "\"assignee\":null,\"created_at\":\"2025-07-21 04:00:37+00:00\",\"updated_at\":\"2025-07-22 04:00:37+00:00\","
                + "\"closed_at\":" + (closedAt == null ? "null" : "\"" + closedAt + "\"") + ",\"author_association\":\"" + association + "\","
                + "\"body\":\"It crashes\",\"pull_request\":" + pullRequest + "}";
    }

    static String comment(long id, int number, String login, String association, String kind) {
        return "{\"url\":\"x\",\"html_url\":\"https://github.com/acme/widget/" + kind + "/" + number + "#issuecomment-" + id + "\","
                + "\"issue_url\":\"https://api.github.com/repos/acme/widget/issues/" + number + "\",\"id\":" + id + ","
                + "\"user\":{\"login\":\"" + login + "\",\"type\":\"User\"},\"created_at\":\"2025-07-21T05:00:00Z\","
                + "\"updated_at\":\"2025-07-21T05:00:00Z\",\"author_association\":\"" + association + "\",\"body\":\"reply\"}";
    }

    @Test
    void issuesAreTicketsPullRequestsAreSkippedAndCounted() throws Exception {
        Fixtures.write(dir, "issues.json", "{\"100\":{\"1\":[" + issue(1, "NONE", "null", "2025-07-23 00:00:00+00:00",
                "{\"name\":\"bug\"}") + "," + issue(2, "MEMBER", "{\"url\":\"pr\"}", null, "") + "]}}");
        Fixtures.writeGzip(dir, "comments.json.gz", "{\"1\":[" + comment(11, 1, "bob", "MEMBER", "issues") + ","
                + comment(12, 1, "helper[bot]", "NONE", "issues") + "," + comment(13, 1, "carol", "CONTRIBUTOR", "issues")
                + "],\"2\":[" + comment(21, 2, "bob", "MEMBER", "pull") + "],\"3\":[" + comment(31, 3, "dan", "NONE", "issues") + "]}");

        Ingestion ingestion = Fixtures.ingest(dir);
        Map<String, Row> tickets = Fixtures.byKey(ingestion.tickets, "ticket_id");
        assertEquals(List.of("acme/widget#1"), List.copyOf(tickets.keySet()));
        Row ticket = tickets.get("acme/widget#1");
        assertEquals(List.of("bug"), ticket.getList(ticket.fieldIndex("tags")));
        assertEquals("solved", ticket.getAs("status"));
        assertEquals("web", ticket.getAs("channel"));
        Map<String, Row> messages = Fixtures.byKey(ingestion.messages, "message_id");
        assertEquals("customer", messages.get("acme/widget#1").getAs("author_role"), "the opening post");
        assertEquals("agent", messages.get("acme/widget#1/11").getAs("author_role"));
        assertEquals("system", messages.get("acme/widget#1/12").getAs("author_role"));
        assertEquals("customer", messages.get("acme/widget#1/13").getAs("author_role"));
        assertEquals(List.of("message for ticket 'acme/widget#3' which is not in the export (no tickets file, ticket line or issue holds it)"),
                Fixtures.reasons(ingestion));
        IngestCounts counts = ingestion.count();
        // read: issue 1 (ticket + opening post) + PR + 5 comments = 8 = used 5 + quarantined 1 + skipped 2
        assertEquals(8, counts.read());
        assertEquals(List.of(new IngestCounts.Reason(GithubReader.PULL_REQUEST_COMMENT, 1),
                new IngestCounts.Reason(GithubReader.PULL_REQUEST, 1)), counts.skipped());
        counts.check();
    }
}
