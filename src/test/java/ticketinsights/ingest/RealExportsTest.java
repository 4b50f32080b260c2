package ticketinsights.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The adapters on the real exports in {@code ../shared/data/}, checked against counts this test
 * computes itself from the raw files (plain Commons CSV and Jackson, no project code).
 */
class RealExportsTest {
    static final Path DATA = Path.of("..", "shared", "data");

    @Test
    void twitterSampleEveryTweetInOneThread() throws Exception {
        Path file = DATA.resolve("twcs-sample/twcs_head_5000.csv");
        assertTrue(Files.exists(file), "missing " + file.toAbsolutePath());
        // Independent count: bare CRs (not before LF) are text, parents are float-formatted ids.
        String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("\r(?!\n)", " ");
        Map<String, String> parents = new HashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get().parse(new StringReader(text))) {
            String parent = r.get("in_response_to_tweet_id");
            parents.put(r.get("tweet_id"), parent.isEmpty() ? null : parent.replaceAll("\\.0$", ""));
        }
        long roots = parents.values().stream().filter(p -> p == null).count();
        long orphans = parents.values().stream().filter(p -> p != null && !parents.containsKey(p)).count();

        Ingestion ingestion = Fixtures.ingest(file);
        IngestCounts counts = ingestion.count();
        counts.check();
        assertEquals(parents.size(), counts.read(), "every row read once");
        assertEquals(parents.size(), counts.messages());
        assertEquals(0, counts.quarantined());
        assertEquals(roots + orphans, counts.tickets(), "one ticket per tree");
        assertEquals(orphans, counts.orphans());
        assertEquals(0, ingestion.tickets.join(ingestion.messages.select("ticket_id").distinct(), new String[] {"ticket_id"}, "left_anti").count(),
                "no ticket without messages");
    }

    @Test
    void githubSampleIssuesAreTicketsPullRequestsSkipped() throws Exception {
        Path dir = DATA.resolve("github-issues-uniswap");
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Boolean> isPull = new HashMap<>();
        for (JsonNode page : mapper.readTree(dir.resolve("issues.json").toFile())) {
            for (JsonNode list : page) {
                for (JsonNode item : list) {
                    isPull.put(item.get("number").asText(), !item.get("pull_request").isNull());
                }
            }
        }
        long issues = isPull.values().stream().filter(p -> !p).count();
        long pulls = isPull.size() - issues;
        long issueComments = 0;
        long pullComments = 0;
        for (JsonNode list : mapper.readTree(dir.resolve("comments.json").toFile())) {
            for (JsonNode comment : list) {
                String url = comment.get("issue_url").asText();
                if (isPull.get(url.substring(url.lastIndexOf('/') + 1))) {
                    pullComments++;
                } else {
                    issueComments++;
                }
            }
        }

        Ingestion ingestion = Fixtures.ingest(dir);
        IngestCounts counts = ingestion.count();
        counts.check();
        assertEquals(issues, counts.tickets());
        assertEquals(issues + issueComments, counts.messages(), "opening posts and comments");
        assertEquals(0, counts.quarantined());
        assertEquals(List.of(new IngestCounts.Reason(GithubReader.PULL_REQUEST, pulls),
                new IngestCounts.Reason(GithubReader.PULL_REQUEST_COMMENT, pullComments)), counts.skipped());
        assertEquals(2 * issues + issueComments + pulls + pullComments, counts.read());
        assertEquals(0, ingestion.tickets.join(ingestion.messages.select("ticket_id").distinct(), new String[] {"ticket_id"}, "left_anti").count(),
                "no ticket without messages");
    }
}
