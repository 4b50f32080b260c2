package ticketinsights.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageFeaturesTest {
    /** Root vector 0, 0.1, 0.2, … */
    static final double[] ANGRY_VECTOR = IntStream.range(0, SentenceSentiment.ROOT_VECTOR_SIZE).mapToDouble(i -> i / 10.0).toArray();
    /** Expected score -0.6 - 0.15 = -0.75; 4 tokens, so 7 nodes (4 words, 3 phrases). */
    static final SentenceSentiment ANGRY = new SentenceSentiment(new double[] {0.6, 0.3, 0.1, 0, 0}, 4, -0.8, -0.2,
            new int[] {2, 3, 2, 0, 0}, 0.95, 0.1, ANGRY_VECTOR);
    /** Expected score 0.2 + 0.4 = 0.6; a one-node tree labelled positive (the first of the tied classes); root vector 0. */
    static final SentenceSentiment THANKS = new SentenceSentiment(new double[] {0, 0, 0.2, 0.4, 0.4}, 2);

    @Test
    void featuresOfTwoSentencesByHand() {
        double[] f = MessageFeatures.of(List.of(ANGRY, THANKS));
        assertEquals(21 + 2 * SentenceSentiment.ROOT_VECTOR_SIZE, f.length);
        assertEquals(MessageFeatures.NAMES.size(), f.length);
        double[] summaries = {
                0.3, 0.15, 0.15, 0.2, 0.2,            // mean root probabilities
                -0.075, -0.75, 0.6, -0.75, 0.6,       // mean (-0.75 + 0.6) / 2, min, max, first, last score
                2 / 8.0, 3 / 8.0, 2 / 8.0, 1 / 8.0, 0, // node labels over all 7 + 1 nodes
                0.95, 0.8,                            // strongest negative (ANGRY's node), positive (THANKS's root 0.4 + 0.4)
                -0.8, 0.6,                            // lowest phrase (ANGRY), highest (THANKS's root)
                Math.log(3), Math.log(7)};            // log(1 + 2 sentences), log(1 + 6 tokens)
        assertArrayEquals(summaries, Arrays.copyOfRange(f, 0, 21), 1e-12);
        int size = SentenceSentiment.ROOT_VECTOR_SIZE;
        double[] meanVector = Arrays.stream(ANGRY_VECTOR).map(v -> v / 2).toArray();
        assertArrayEquals(meanVector, Arrays.copyOfRange(f, 21, 21 + size), 1e-12, "mean of ANGRY's vector and 0");
        assertArrayEquals(ANGRY_VECTOR, Arrays.copyOfRange(f, 21 + size, 21 + 2 * size), 1e-12, "the most negative sentence's");
        assertEquals("worst_root_vector_24", MessageFeatures.NAMES.get(f.length - 1));
    }

    @Test
    void aMessageWithoutSentencesHasNoFeatures() {
        assertThrows(IllegalArgumentException.class, () -> MessageFeatures.of(List.of()));
    }
}
