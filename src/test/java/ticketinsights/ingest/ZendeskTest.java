package ticketinsights.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZendeskTest {
    @TempDir
    Path dir;

    static String ticketLine(int id, String updated, String comments) {
        return "{\"id\":" + id + ",\"created_at\":\"2024-03-04T10:00:00Z\",\"updated_at\":\"" + updated + "\","
                + "\"subject\":\"Login fails\",\"status\":\"solved\",\"requester_id\":100,\"assignee_id\":200,"
                + "\"group_id\":7,\"brand_id\":1,\"priority\":\"high\",\"tags\":[\"login\",\"web\"],"
                + "\"via\":{\"channel\":\"chat_transcript\"},\"satisfaction_rating\":{\"score\":\"offered\"},"
                + "\"comments\":[" + comments + "]}\n";
    }

    static final String COMMENTS = "{\"id\":1,\"author_id\":100,\"public\":true,\"body\":\"It fails\",\"created_at\":\"2024-03-04T10:00:00Z\"},"
            + "{\"id\":2,\"author_id\":300,\"public\":false,\"body\":\"note\",\"created_at\":\"2024-03-04T10:05:00Z\"},"
            + "{\"id\":3,\"author_id\":-1,\"public\":true,\"body\":\"Auto\",\"created_at\":\"2024-03-04T10:06:00Z\",\"via\":{\"channel\":\"rule\"}}";

    @Test
    void jsonLinesWithEmbeddedCommentsUsersGroupsAndAudits() throws Exception {
        Fixtures.write(dir, "tickets.json", ticketLine(5, "2024-03-05T10:00:00Z", COMMENTS
                        + ",{\"id\":4,\"author_id\":100,\"public\":true,\"created_at\":\"2024-03-04T10:07:00Z\"}")
                + "{\"id\":6,\"created_at\":\"not a time\",\"via\":{\"channel\":\"email\"},\"subject\":\"x\",\"comments\":[]}\n"
                + "{broken\n");
        Fixtures.write(dir, "users.json", "{\"users\":[{\"id\":100,\"name\":\"C\",\"email\":\"c@x\",\"role\":\"end-user\"},"
                + "{\"id\":300,\"name\":\"A\",\"email\":\"a@x\",\"role\":\"admin\"},"
                + "{\"id\":400,\"name\":\"K\",\"email\":\"k@x\",\"role\":\"contractor\"}]}");
        Fixtures.write(dir, "groups.json", "{\"groups\":[{\"id\":7,\"name\":\"Accounts\"}]}");
        Fixtures.write(dir, "audits.json", "{\"audits\":[{\"ticket_id\":5,\"created_at\":\"2024-03-05T09:00:00Z\",\"author_id\":200,"
                + "\"events\":[{\"type\":\"Change\",\"field_name\":\"status\",\"value\":\"solved\",\"previous_value\":\"open\"},"
                + "{\"type\":\"Comment\",\"body\":\"x\"}]},"
                + "{\"ticket_id\":5,\"created_at\":\"2024-03-04T09:00:00Z\",\"events\":[{\"type\":\"Notification\"}]}]}");

        Ingestion ingestion = Fixtures.ingest(dir);
        Map<String, Row> messages = Fixtures.byKey(ingestion.messages, "message_id");
        assertEquals("customer", messages.get("1").getAs("author_role"));
        assertEquals("agent", messages.get("2").getAs("author_role"), "admin in users.json");
        assertEquals("system", messages.get("3").getAs("author_role"), "automations");
        assertEquals("chat", messages.get("1").getAs("channel"));
        Row ticket = Fixtures.byKey(ingestion.tickets, "ticket_id").get("5");
        assertEquals("Accounts", ticket.getAs("group"));
        assertNull(ticket.getAs("csat"), "offered is not a rating");
        assertEquals(Timestamp.from(Instant.parse("2024-03-05T09:00:00Z")), ticket.getAs("solved_at"), "from the audit");
        List<Row> events = ingestion.events.collectAsList();
        assertEquals(1, events.size());
        assertEquals("open", events.get(0).getAs("from"));
        assertEquals(List.of("comment of ticket 5: comment 4 has no body and no plain_body",
                "created_at 'not a time' is not a timestamp",
                "line 3 is not valid JSON (Unexpected character ('b' (code 98)): was expecting double-quote to start field name)"),
                Fixtures.reasons(ingestion).subList(0, 3));
        assertEquals("user 400 has role 'contractor' (not end-user, agent or admin); their comments fall back to the"
                + " requester rule", Fixtures.reasons(ingestion).get(3));
        IngestCounts counts = ingestion.count();
        // read: 2 ticket lines + 4 comments + broken line + 1 status change + 1 audit without changes
        // + the user with an unknown role (quarantined; the good users and the group are lookups) = 10
        assertEquals(10, counts.read());
        assertEquals(3, counts.lookups());
        counts.check();
    }

    @Test
    void incrementalPagesWithCommentFilesAndNoUsersFile() throws Exception {
        Fixtures.write(dir, "export/tickets-page-1.json", "{\"tickets\":[" + ticketLine(8, "2024-03-05T10:00:00Z", "").strip()
                + "],\"next_page\":null,\"count\":1,\"end_of_stream\":true}");
        Fixtures.write(dir, "export/comments/8.json", "{\"comments\":[{\"id\":81,\"author_id\":100,\"public\":true,"
                + "\"plain_body\":\"Help\",\"created_at\":\"2024-03-04T10:00:00Z\"},"
                + "{\"id\":82,\"author_id\":222,\"public\":true,\"body\":\"On it\",\"created_at\":\"2024-03-04T10:30:00Z\"}]}");
        Fixtures.write(dir, "export/more/comments-of-ticket.json", "{\"comments\":[{\"id\":83,\"ticket_id\":8,\"author_id\":100,"
                + "\"body\":\"Thanks\",\"created_at\":\"2024-03-04T11:00:00Z\"}]}");

        Ingestion ingestion = Fixtures.ingest(dir);
        Map<String, Row> messages = Fixtures.byKey(ingestion.messages, "message_id");
        assertEquals(List.of("81", "82", "83"), List.copyOf(messages.keySet()));
        assertEquals("8", messages.get("81").getAs("ticket_id"), "ticket id from the file name");
        assertEquals("customer", messages.get("81").getAs("author_role"), "the requester");
        assertEquals("agent", messages.get("82").getAs("author_role"), "not the requester");
        assertEquals("Help", messages.get("81").getAs("body"));
        assertEquals("7", Fixtures.byKey(ingestion.tickets, "ticket_id").get("8").getAs("group"), "no groups file: the id");
        ingestion.count().check();
    }

    @Test
    void viaChannelsMapToChannels() {
        assertEquals("web", ZendeskReader.channel("api"));
        assertEquals("social", ZendeskReader.channel("any_channel"));
        assertEquals("phone", ZendeskReader.channel("voice"));
        assertEquals("other", ZendeskReader.channel("sms"));
    }
}
