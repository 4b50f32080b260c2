package ticketinsights.issues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Precision of the text cues for {@code feature_request} and {@code bug} on a GitHub issues
 * export (the raw API pages as in the shared sample), taking the issues' own labels as truth:
 * {@code bug} → bug, {@code feature}/{@code enhancement} → feature request. The labels are not
 * shown to the cues (otherwise the kind would simply copy them). Evaluation only: reads a local
 * file with java.nio.
 */
public final class KindPrecision {

    /** One issue: its statement, the kind its labels give (or null) and the kind the cues give. */
    public record Judged(String number, String truth, String predicted) {
    }

    public static List<Judged> judge(String issuesJson) {
        List<Judged> judged = new ArrayList<>();
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(Path.of(issuesJson)));
            collect(root, judged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + issuesJson, e);
        }
        return judged;
    }

    private static void collect(JsonNode node, List<Judged> out) {
        if (node.isObject() && node.has("number") && node.has("title")) {
            if (node.path("pull_request").isNull() || node.path("pull_request").isMissingNode()) {
                List<String> labels = new ArrayList<>();
                node.path("labels").forEach(l -> labels.add(l.path("name").asText()));
                String statement = StatementTokens.statement(node.path("title").asText(), node.path("body").asText(""));
                String truth = IssueKinds.fromTags(labels);
                out.add(new Judged(node.path("number").asText(), truth, IssueKinds.fromText(statement)));
            }
            return;
        }
        node.forEach(child -> collect(child, out));
    }

    public static void print(String issuesJson) {
        List<Judged> judged = judge(issuesJson);
        long labelled = judged.stream().filter(j -> j.truth() != null && !j.truth().equals(IssueKinds.QUESTION)).count();
        System.out.printf(Locale.ROOT, "GitHub kinds %s: %d issues, %d labelled bug or feature/enhancement (truth)%n",
                issuesJson, judged.size(), labelled);
        for (String kind : List.of(IssueKinds.FEATURE_REQUEST, IssueKinds.BUG)) {
            List<Judged> scored = judged.stream().filter(j -> j.truth() != null && !j.truth().equals(IssueKinds.QUESTION)).toList();
            long predicted = scored.stream().filter(j -> j.predicted().equals(kind)).count();
            long correct = scored.stream().filter(j -> j.predicted().equals(kind) && j.truth().equals(kind)).count();
            long actual = scored.stream().filter(j -> j.truth().equals(kind)).count();
            System.out.printf(Locale.ROOT, "  %-16s precision %s (%d of %d predicted), recall %d of %d labelled%n", kind,
                    predicted == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", correct / (double) predicted),
                    correct, predicted, correct, actual);
        }
    }

    private KindPrecision() {
    }
}
