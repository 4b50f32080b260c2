package ticketinsights.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageFeaturesTest {
    /** Root vector 0, 0.1, 0.2, … */
    static final double[] ANGRY_VECTOR = IntStream.range(0, SentenceSentiment.ROOT_VECTOR_SIZE).mapToDouble(i -> i / 10.0).toArray();
    /**
     * Expected score -0.6 - 0.15 = -0.75; 4 tokens, so 7 nodes (4 words, 3 phrases), the words
     * labelled very negative, negative twice, neutral; one question mark, two exclamation marks, one shouted word.
     */
    static final SentenceSentiment ANGRY = new SentenceSentiment(new double[] {0.6, 0.3, 0.1, 0, 0}, 4, -0.8, -0.2,
            new int[] {2, 3, 2, 0, 0}, 0.95, 0.1, ANGRY_VECTOR, new int[] {1, 2, 1, 0, 0}, -0.9, 0.0,
            new SentenceSentiment.Punctuation(1, 2, 1));
    /**
     * Expected score 0.2 + 0.4 = 0.6; a one-node tree labelled positive (the first of the tied
     * classes), no word nodes, word scores those of the root (0.6); root vector 0, no punctuation.
     */
    static final SentenceSentiment THANKS = new SentenceSentiment(new double[] {0, 0, 0.2, 0.4, 0.4}, 2);

    @Test
    void featuresOfTwoSentencesByHand() {
        double[] f = MessageFeatures.of(List.of(ANGRY, THANKS));
        assertEquals(29 + 2 * SentenceSentiment.ROOT_VECTOR_SIZE, f.length);
        assertEquals(MessageFeatures.NAMES.size(), f.length);
        double[] summaries = {
                0.3, 0.15, 0.15, 0.2, 0.2,            // mean root probabilities
                -0.075, -0.75, 0.6, -0.75, 0.6,       // mean (-0.75 + 0.6) / 2, min, max, first, last score
                2 / 8.0, 3 / 8.0, 2 / 8.0, 1 / 8.0, 0, // node labels over all 7 + 1 nodes
                0.95, 0.8,                            // strongest negative (ANGRY's node), positive (THANKS's root 0.4 + 0.4)
                -0.8, 0.6,                            // lowest phrase (ANGRY), highest (THANKS's root)
                Math.log(3), Math.log(7),             // log(1 + 2 sentences), log(1 + 6 tokens)
                3 / 4.0, 0,                           // words negative or very negative, positive: of ANGRY's 4
                -0.9, 0.6,                            // lowest word (ANGRY), highest (THANKS's root)
                Math.log(2), Math.log(3), Math.log(2), // log(1 + marks): 1 question, 2 exclamation, 1 shouted
                1 / 2.0};                             // one of two sentences asks
        assertArrayEquals(summaries, Arrays.copyOfRange(f, 0, 29), 1e-12);
        int size = SentenceSentiment.ROOT_VECTOR_SIZE;
        double[] meanVector = Arrays.stream(ANGRY_VECTOR).map(v -> v / 2).toArray();
        assertArrayEquals(meanVector, Arrays.copyOfRange(f, 29, 29 + size), 1e-12, "mean of ANGRY's vector and 0");
        assertArrayEquals(ANGRY_VECTOR, Arrays.copyOfRange(f, 29 + size, 29 + 2 * size), 1e-12, "the most negative sentence's");
        assertEquals("worst_root_vector_24", MessageFeatures.NAMES.get(f.length - 1));
    }

    @Test
    void punctuationOfWordsByHand() {
        assertEquals(new SentenceSentiment.Punctuation(3, 1, 3),
                SentenceSentiment.Punctuation.of(List.of("WHY", "is", "my", "BAG", "LOST", "AGAIN", "?!", "??", "Pls", "HELP")),
                "?! and ?? give 3 question marks and 1 exclamation mark; LOST, AGAIN, HELP shouted; WHY, BAG too short, Pls not all capitals");
    }

    @Test
    void aMessageWithoutSentencesHasNoFeatures() {
        assertThrows(IllegalArgumentException.class, () -> MessageFeatures.of(List.of()));
    }
}
