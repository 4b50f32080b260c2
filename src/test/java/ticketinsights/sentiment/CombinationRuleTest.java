package ticketinsights.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class CombinationRuleTest {
    // Expected scores (class values -1, -0.5, 0, 0.5, 1):
    private static final SentenceSentiment ANGRY = sentence(4, 0.6, 0.3, 0.1, 0, 0);   // -0.6 - 0.15 = -0.75
    private static final SentenceSentiment THANKS = sentence(2, 0, 0, 0.2, 0.4, 0.4);  // 0.2 + 0.4 = 0.6
    private static final SentenceSentiment FLAT = sentence(6, 0, 0, 1, 0, 0);          // 0

    private static SentenceSentiment sentence(int tokens, double... p) {
        return new SentenceSentiment(p, tokens);
    }

    @Test
    void expectedScoreIsTheProbabilityWeightedClassValue() {
        assertEquals(-0.75, ANGRY.expectedScore(), 1e-9);
        assertEquals(0.6, THANKS.expectedScore(), 1e-9);
        assertEquals(SentimentClass.VERY_NEGATIVE, ANGRY.argmax());
    }

    @Test
    void lengthWeightedMeanWithTheWorstSentenceCountedExtra() {
        CombinationRule rule = new CombinationRule(1.0, 1.0, 0, -0.1, 0.1);
        // weights: angry 4 tokens × (1 + 1) = 8, thanks 2 → (8·-0.75 + 2·0.6) / 10 = -0.48
        CombinationRule.MessageScore score = rule.combine(List.of(ANGRY, THANKS));
        assertEquals(-0.48, score.score(), 1e-9);
        assertEquals(SentimentClass.NEGATIVE, score.sentimentClass());
        assertEquals(2, score.sentences());
    }

    @Test
    void anAngrySentenceFollowedByThanksStaysNegativeOnlyWithTheExtraWeight() {
        SentenceSentiment shortAngry = sentence(2, 0.6, 0.3, 0.1, 0, 0);
        SentenceSentiment longThanks = sentence(6, 0, 0, 0.2, 0.4, 0.4);
        // plain length-weighted mean: (2·-0.75 + 6·0.6) / 8 = 0.2625 → positive
        assertEquals(0.2625, new CombinationRule(1, 0, 0, -0.1, 0.1).combine(List.of(shortAngry, longThanks)).score(), 1e-9);
        // worst counted 1 + 3 = 4 times: (8·-0.75 + 6·0.6) / 14 = -2.4 / 14
        CombinationRule.MessageScore weighted = new CombinationRule(1, 3, 0, -0.1, 0.1).combine(List.of(shortAngry, longThanks));
        assertEquals(-2.4 / 14, weighted.score(), 1e-9);
        assertEquals(-1, weighted.sentimentClass().polarity());
    }

    @Test
    void exponentZeroWeighsSentencesEqually() {
        // (2·-0.75 + 1·0) / 3 = -0.5 → at the "very" boundary
        CombinationRule.MessageScore score = new CombinationRule(0, 1, 0, -0.1, 0.1).combine(List.of(FLAT, ANGRY));
        assertEquals(-0.5, score.score(), 1e-9);
        assertEquals(SentimentClass.VERY_NEGATIVE, score.sentimentClass());
    }

    @Test
    void thresholdsSplitThreeClassesAndTheOuterOnesSplitAgainAtHalf() {
        CombinationRule rule = new CombinationRule(1, 0, 0, -0.2, 0.3);
        assertEquals(SentimentClass.VERY_NEGATIVE, rule.classify(-0.5));
        assertEquals(SentimentClass.NEGATIVE, rule.classify(-0.21));
        assertEquals(SentimentClass.NEUTRAL, rule.classify(-0.2));
        assertEquals(SentimentClass.NEUTRAL, rule.classify(0.3));
        assertEquals(SentimentClass.POSITIVE, rule.classify(0.31));
        assertEquals(SentimentClass.VERY_POSITIVE, rule.classify(0.5));
    }

    @Test
    void phraseWeightMovesASentenceTowardItsStrongestPhrases() {
        // root neutral (0), but a phrase at -0.8 and the most positive phrase at 0.2: (-0.8 + 0.2) / 2 = -0.3
        SentenceSentiment complaint = new SentenceSentiment(new double[] {0, 0, 1, 0, 0}, 8, -0.8, 0.2,
                new int[] {0, 2, 13, 0, 0}, 0.9, 0.3, new double[SentenceSentiment.ROOT_VECTOR_SIZE],
                new int[] {0, 1, 7, 0, 0}, -0.5, 0.1, SentenceSentiment.Punctuation.NONE);
        assertEquals(0.0, new CombinationRule(1, 0, 0, -0.1, 0.1).combine(List.of(complaint)).score(), 1e-9);
        // half way: 0.5 · 0 + 0.5 · -0.3 = -0.15
        CombinationRule.MessageScore half = new CombinationRule(1, 0, 0.5, -0.1, 0.1).combine(List.of(complaint));
        assertEquals(-0.15, half.score(), 1e-9);
        assertEquals(SentimentClass.NEGATIVE, half.sentimentClass());
    }

    @Test
    void noSentencesNoScore() {
        assertNull(CombinationRule.DEFAULT.combine(List.of()));
    }

    @Test
    void thresholdsMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new CombinationRule(1, 0, 0, 0.3, 0.2));
    }

    @Test
    void plainCoreNlpBaselineTakesTheMajorityThenTheLongestSentence() {
        // two neutral sentences beat one negative
        assertEquals(0, SentimentEvaluation.majority(java.util.Map.of(-1, 1, 0, 2), java.util.Map.of(-1, 30, 0, 3)));
        // one each: the longer sentence's label wins
        assertEquals(-1, SentimentEvaluation.majority(java.util.Map.of(-1, 1, 1, 1), java.util.Map.of(-1, 12, 1, 3)));
        assertEquals(0, SentimentEvaluation.majority(java.util.Map.of(), java.util.Map.of()));
    }
}
