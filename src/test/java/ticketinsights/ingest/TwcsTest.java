package ticketinsights.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwcsTest {
    static final String HEADER = ",tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n";

    @TempDir
    Path dir;

    /*
     * Thread 1 <- 2 <- 3 (3 answers 2, which answers the customer's root 1), 4 answers 1 too;
     * tweet 10 answers 99, which is not in the export (an orphan: its own ticket);
     * tweets 20 and 21 answer each other (a loop: quarantined).
     */
    @Test
    void rebuildsThreadsFromRealQuirks() throws Exception {
        Fixtures.write(dir, "twcs.csv", HEADER
                + "0,1,115712,True,Tue Oct 31 21:45:10 +0000 2017,@brand my phone is broken,\"2,4\",\n"
                + "1,2,BrandCare,False,Tue Oct 31 21:46:24 +0000 2017,@115712 sorry to hear,3,1.0\n"
                + "2,3,115712,True,Tue Oct 31 21:49:35 +0000 2017,@BrandCare first\r\rsecond line,,2.0\n"
                + "3,4,OtherCare,False,Tue Oct 31 21:50:00 +0000 2017,@115712 we can help too,,1.0\n"
                + "4,10,BrandCare,False,Tue Oct 31 22:00:00 +0000 2017,@555 following up,,99.0\n"
                + "5,20,555,True,Tue Oct 31 22:05:00 +0000 2017,loop a,21,21.0\n"
                + "6,21,BrandCare,False,Tue Oct 31 22:06:00 +0000 2017,loop b,20,20.0\n"
                + "7,22,555,Maybe,Tue Oct 31 22:06:00 +0000 2017,what,,\n");

        Ingestion ingestion = Fixtures.ingest(dir);
        Map<String, Row> messages = Fixtures.byKey(ingestion.messages, "message_id");
        assertEquals(List.of("1", "10", "2", "3", "4"), List.copyOf(messages.keySet()));
        assertEquals("1", messages.get("3").getAs("ticket_id"), "3 -> 2 -> 1");
        assertEquals("1", messages.get("4").getAs("ticket_id"));
        assertEquals("10", messages.get("10").getAs("ticket_id"), "an orphan reply roots its own ticket");
        assertEquals("@BrandCare first\r\rsecond line", messages.get("3").getAs("body"), "bare CRs stay inside the text");
        assertEquals("customer", messages.get("1").getAs("author_role"));
        assertEquals("agent", messages.get("2").getAs("author_role"));
        assertEquals("social", messages.get("2").getAs("channel"));

        Map<String, Row> tickets = Fixtures.byKey(ingestion.tickets, "ticket_id");
        assertEquals(List.of("1", "10"), List.copyOf(tickets.keySet()));
        assertEquals("BrandCare", tickets.get("1").getAs("group"), "the brand that answered first");
        assertEquals("115712", tickets.get("1").getAs("requester_id"));

        assertEquals(List.of(
                "reply chain of tweet 20 loops back on itself (no root tweet)",
                "reply chain of tweet 21 loops back on itself (no root tweet)",
                "inbound 'Maybe' is not True or False"), Fixtures.reasons(ingestion));
        IngestCounts counts = ingestion.count();
        assertEquals(8, counts.read());
        assertEquals(1, counts.orphans());
        assertEquals(2, counts.threadTickets());
        counts.check();
    }

    @Test
    void floatFormattedIdsAreNormalised() throws Exception {
        assertEquals("3", TwcsReader.tweetId("x", "3.0"));
        assertEquals("119237", TwcsReader.tweetId("x", "1.19237e5"));
        assertEquals(null, TwcsReader.tweetId("x", ""));
    }
}
