package ticketinsights.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class LearnedCombinationTest {
    private static final int MIN_SCORE = MessageFeatures.NAMES.indexOf("min_score");
    private static final int MAX_SCORE = MessageFeatures.NAMES.indexOf("max_score");

    /** z(negative) = -2 · min_score, z(neutral) = ln 3, z(positive) = 2 · max_score. */
    static LearnedCombination handModel() {
        double[][] w = new double[3][MessageFeatures.NAMES.size()];
        w[0][MIN_SCORE] = -2;
        w[2][MAX_SCORE] = 2;
        return new LearnedCombination(new double[] {0, Math.log(3), 0}, w, "hand-made\nfor a test");
    }

    @Test
    void softmaxByHand() {
        // One sentence scoring -0.75: z = (1.5, ln 3, -1.5); e^z = (4.48169, 3, 0.22313), sum 7.70482
        Combination.MessageScore angry = handModel().combine(List.of(MessageFeaturesTest.ANGRY));
        double[] p = handModel().probabilities(MessageFeatures.of(List.of(MessageFeaturesTest.ANGRY)));
        assertArrayEquals(new double[] {0.581673, 0.389367, 0.028960}, p, 1e-6);
        assertEquals(0.028960 - 0.581673, angry.score(), 1e-6);
        assertEquals(SentimentClass.VERY_NEGATIVE, angry.sentimentClass(), "negative wins and P(pos) - P(neg) <= -0.5");
        // One sentence scoring 0.6: z = (-1.2, ln 3, 1.2); e^z = (0.30119, 3, 3.32012), sum 6.62131
        Combination.MessageScore thanks = handModel().combine(List.of(MessageFeaturesTest.THANKS));
        assertEquals(0.501429 - 0.045489, thanks.score(), 1e-6);
        assertEquals(SentimentClass.POSITIVE, thanks.sentimentClass(), "positive wins (0.501 > 0.453) but by less than 0.5");
        assertEquals(1, thanks.sentences());
        assertNull(handModel().combine(List.of()));
    }

    @Test
    void theFileRoundTripsExactly() {
        LearnedCombination model = handModel();
        LearnedCombination read = LearnedCombination.parse(model.toText());
        assertArrayEquals(model.intercepts(), read.intercepts());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(model.coefficients()[c], read.coefficients()[c]);
        }
        assertEquals("hand-made\nfor a test", read.description());
    }

    @Test
    void aFileForOtherFeaturesIsRefused() {
        String stale = handModel().toText().replace("log_tokens", "tokens");
        assertThrows(IllegalArgumentException.class, () -> LearnedCombination.parse(stale));
    }

    @Test
    void theShippedModelLoads() {
        LearnedCombination shipped = LearnedCombination.shipped();
        assertFalse(shipped.description().isBlank(), "the file says how it was trained");
    }
}
