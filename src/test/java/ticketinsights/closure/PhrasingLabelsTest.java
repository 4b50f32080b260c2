package ticketinsights.closure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ticketinsights.model.AuthorRole;
import ticketinsights.text.MessageCleaner;

/**
 * Precision and recall of each agent-phrasing rule on hand-labelled real agent messages (brand
 * tweets of the twcs sample, maintainer comments of the GitHub sample), named by id in {@code
 * phrasing-labels.csv}; the text is read from ../shared/data. Odd ids are held out: the lexicon
 * was tuned looking only at errors on even ids. The ticket rule (three apologies) is scored through
 * its building block, one message's apology.
 */
@Tag("heavy")
class PhrasingLabelsTest {
    /**
     * Where a rule does not reach the target, its precision measured on 2026-12-02 over the 487
     * labelled agent messages (rounded down) is the floor instead, so a change can only keep or
     * improve it; each such split prints "target not met". Every brand tweet of the sample with a
     * refusal or blame word is labelled: blame has 3 positives, all held out, too few to tune.
     */
    private static final Map<String, double[]> FLOORS_BELOW_TARGET = Map.of(
            "bare_refusal held-out", new double[] {0.70, 0.0}, "bare_refusal all", new double[] {0.84, 0.0},
            "blames_customer held-out", new double[] {0.66, 0.0}, "blames_customer all", new double[] {0.66, 0.0});
    private static final List<String> RULES = List.of(PhrasingRule.BARE_REFUSAL, PhrasingRule.BLAMES_CUSTOMER,
            PhrasingRule.POINTS_TO_MANUAL, PhrasingRule.APOLOGY);

    record Labelled(String source, long id, Set<String> labels, String text) {
    }

    @Test
    void everyRuleIsPreciseOnLabelledAgentMessages() throws IOException {
        List<Labelled> labelled = load();
        PhrasingDetector detector = new PhrasingDetector(Lemmatiser.CORENLP);
        Map<Labelled, Set<String>> fired = new java.util.HashMap<>();
        for (Labelled m : labelled) {
            Set<String> rules = new java.util.HashSet<>();
            detector.detect(MessageCleaner.clean(m.text()).text()).forEach(h -> rules.add(h.cue()));
            fired.put(m, rules);
        }
        System.out.println("agent phrasing rules on " + labelled.size() + " hand-labelled agent messages");
        List<String> failures = new ArrayList<>();
        for (String rule : RULES) {
            for (LabelledScores.Split split : LabelledScores.Split.values()) {
                LabelledScores.Score score = LabelledScores.score(rule, split, labelled, Labelled::id,
                        m -> m.labels().contains(rule), m -> fired.get(m).contains(rule),
                        m -> m.source() + ":" + m.id() + " | " + MessageCleaner.clean(m.text()).text().replace('\n', ' '));
                if (split != LabelledScores.Split.TUNED) {
                    LabelledScores.gate(rule, split, score, false, FLOORS_BELOW_TARGET, failures);
                }
            }
        }
        assertTrue(failures.isEmpty(), "below precision " + LabelledScores.MIN_PRECISION + ": " + failures);
    }

    private static List<Labelled> load() throws IOException {
        Map<Long, String[]> tweets = CueLabelsTest.tweets();
        Map<Long, String[]> comments = CueLabelsTest.comments();
        List<Labelled> out = new ArrayList<>();
        for (String[] f : LabelsFile.rows("phrasing-labels.csv")) {
            long id = Long.parseLong(f[1]);
            String[] message = (f[0].equals("twcs") ? tweets : comments).get(id);
            if (message == null || !message[0].equals(AuthorRole.AGENT)) {
                throw new IllegalStateException("labelled " + f[0] + " agent message " + id + " not found in ../shared/data");
            }
            out.add(new Labelled(f[0], id, Set.of(f[2].toLowerCase(Locale.ROOT).split(";")), message[1]));
        }
        return out;
    }
}
