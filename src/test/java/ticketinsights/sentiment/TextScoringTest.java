package ticketinsights.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Language gating and the empty case, with a stand-in model (nothing loads CoreNLP). */
class TextScoringTest {
    private static final Function<String, SentenceScorer.ScoredText> NEVER = text -> {
        throw new AssertionError("the model must not see: " + text);
    };

    @Test
    void japaneseIsNotScoredAndSaysWhy() {
        TextScoring.Outcome outcome = TextScoring.outcome("ログインできません。昨日からずっとエラーが出ています。", NEVER, CombinationRule.DEFAULT);
        assertFalse(outcome.scored());
        assertEquals("ja", outcome.language());
        assertEquals(MessageSentiment.REASON_LANGUAGE, outcome.reason());
        assertNull(outcome.score());
        assertNull(outcome.sentimentClass());
    }

    @Test
    void otherLanguagesAreRecordedToo() {
        TextScoring.Outcome outcome = TextScoring.outcome(
                "Bonjour, je n'arrive plus à me connecter à mon compte depuis hier soir.", NEVER, CombinationRule.DEFAULT);
        assertEquals("fr", outcome.language());
        assertEquals(MessageSentiment.REASON_LANGUAGE, outcome.reason());
    }

    @Test
    void emptyAfterCleaningIsNotScored() {
        TextScoring.Outcome outcome = TextScoring.outcome("", NEVER, CombinationRule.DEFAULT);
        assertEquals(MessageSentiment.REASON_EMPTY, outcome.reason());
        assertNull(outcome.language());
    }

    @Test
    void englishGoesToTheModelAndIsCombined() {
        SentenceSentiment angry = new SentenceSentiment(new double[] {0.6, 0.3, 0.1, 0, 0}, 5);
        TextScoring.Outcome outcome = TextScoring.outcome("I have been waiting for three days and nobody answers.",
                text -> new SentenceScorer.ScoredText(List.of(angry), 2, 1), CombinationRule.DEFAULT);
        assertTrue(outcome.scored());
        assertEquals("en", outcome.language());
        assertEquals(-0.75, outcome.score(), 1e-9);
        assertEquals(SentimentClass.VERY_NEGATIVE, outcome.sentimentClass());
        assertEquals(2, outcome.dropped());
        assertEquals(1, outcome.truncated());
    }
}
