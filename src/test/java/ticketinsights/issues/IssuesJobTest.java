package ticketinsights.issues;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ticketinsights.jobs.PipelineOptions;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.storage.TableStore;
import ticketinsights.testing.SparkTests;

/** The whole stage on 24 hand-written tickets about two problems; heavy because it loads CoreNLP's tagger and trains Word2Vec. */
@Tag("heavy")
class IssuesJobTest {
    private static final String[] CRASH = {
            "App crashes when I upload a photo", "The app crashed while uploading a photo", "Photo upload crashes the app",
            "Uploading photos makes the app crash", "Crash on photo upload", "App keeps crashing when uploading my photo",
            "Every photo upload crashes", "The app crashes on upload of a photo", "photo upload crash again",
            "Crashes after choosing a photo to upload", "App crash uploading photo from gallery", "Upload photo -> app crashes"};
    private static final String[] DARK_MODE = {
            "Please add a dark mode", "It would be great if you had dark mode", "Dark mode would be nice",
            "Can you add dark mode to the app?", "Feature request: dark mode", "Any plans for a dark mode theme?",
            "I would love a dark mode", "Please support dark mode at night", "Dark theme / dark mode please",
            "Would be nice to have dark mode", "dark mode request", "Could you add a dark mode option"};

    @Test
    void plantedProblemsBecomeTwoLabelledClustersWithStableIds() throws Exception {
        Path out = Files.createTempDirectory("issues-job");
        writeInputs(out.toString());
        PipelineOptions options = new PipelineOptions();
        options.out = out.toString();
        new IssuesJob().run(SparkTests.spark(), options);
        TableStore store = new TableStore(SparkTests.spark(), out.toString());

        Map<String, Integer> clusterOf = new HashMap<>();
        store.require(TicketIssue.TABLE, "issues").collectAsList()
                .forEach(r -> clusterOf.put(r.getString(0), r.getInt(1)));
        assertEquals(24, clusterOf.size(), "every ticket has a row in ticket_issue");
        int crash = clusterOf.get("c0");
        int dark = clusterOf.get("d0");
        assertNotEquals(crash, dark);
        assertTrue(count(clusterOf, "c", crash) >= 10, "crash tickets together: " + clusterOf);
        assertTrue(count(clusterOf, "d", dark) >= 10, "dark-mode tickets together: " + clusterOf);

        Map<Integer, Row> clusters = new HashMap<>();
        store.require(IssueClusters.TABLE, "issues").collectAsList().forEach(r -> clusters.put(r.getInt(0), r));
        assertTrue(clusters.get(crash).getString(1).contains("crash"), clusters.get(crash).getString(1));
        assertEquals(IssueKinds.BUG, clusters.get(crash).getString(2));
        assertTrue(clusters.get(dark).getString(1).contains("dark"), clusters.get(dark).getString(1));
        assertEquals(IssueKinds.FEATURE_REQUEST, clusters.get(dark).getString(2));
        List<String> examples = clusters.get(crash).getList(clusters.get(crash).fieldIndex(IssueClusters.EXAMPLE_TICKET_IDS));
        assertTrue(examples.size() >= 3 && examples.size() <= 5, examples.toString());
        assertEquals(1, store.require(WeeklyIssueCounts.TABLE, "issues").filter(col("cluster_id").equalTo(crash)).count());

        // A second run over the same tickets keeps the ids.
        new IssuesJob().run(SparkTests.spark(), options);
        Map<String, Integer> again = new HashMap<>();
        store.require(TicketIssue.TABLE, "issues").collectAsList().forEach(r -> again.put(r.getString(0), r.getInt(1)));
        assertEquals(crash, again.get("c0"));
        assertEquals(dark, again.get("d0"));
    }

    private static long count(Map<String, Integer> clusterOf, String prefix, int cluster) {
        return clusterOf.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && e.getValue() == cluster).count();
    }

    private static void writeInputs(String out) {
        List<Object[]> tickets = new ArrayList<>();
        List<Object[]> messages = new ArrayList<>();
        Timestamp at = Timestamp.valueOf("2026-03-02 09:00:00");
        for (String[] group : List.of(CRASH, DARK_MODE)) {
            String prefix = group == CRASH ? "c" : "d";
            for (int i = 0; i < group.length; i++) {
                String id = prefix + i;
                tickets.add(new Object[] {id, "email", at, at, null, "u" + i, null, "app", null, new String[0], "open", null, null,
                        "canonical-csv", "t.csv", (long) i, "2026-W10"});
                messages.add(new Object[] {id, id + "-m1", at, "customer", "u" + i, "email", true,
                        "Hi team,\n" + group[i] + "\nThanks", "canonical-csv", "m.csv", (long) i, "2026-W10"});
            }
        }
        TableStore store = new TableStore(SparkTests.spark(), out);
        store.write(Tickets.TABLE, SparkTests.rows(Tickets.SCHEMA, tickets.toArray(Object[][]::new)), new String[0], Tickets.TICKET_ID);
        store.write(Messages.TABLE, SparkTests.rows(Messages.SCHEMA, messages.toArray(Object[][]::new)), new String[0], Messages.MESSAGE_ID);
    }
}
