package ticketinsights.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Language gating, the empty case and the per-text outcome, with stand-in models (nothing loads CoreNLP). */
class TextSplittingTest {
    private static final SentimentModel NEVER = new SentimentModel() {
        @Override
        public SentenceScorer.SplitText split(String text, SentenceScorer.Caps caps) {
            throw new AssertionError("the model must not see: " + text);
        }

        @Override
        public SentenceSentiment score(List<String> words) {
            throw new AssertionError("the model must not see: " + words);
        }
    };

    private static TextSplitting.Split split(String text) {
        return TextSplitting.split(text, NEVER, SentenceScorer.Caps.DEFAULT);
    }

    @Test
    void japaneseIsNotScoredAndSaysWhy() {
        TextSplitting.Split split = split("ログインできません。昨日からずっとエラーが出ています。");
        assertEquals("ja", split.language());
        assertEquals(MessageSentiment.REASON_LANGUAGE, split.reason());
        MessageCombining.Outcome outcome = MessageCombining.outcome(split, List.of(), CombinationRule.DEFAULT);
        assertFalse(outcome.scored());
        assertEquals("ja", outcome.language());
        assertEquals(MessageSentiment.REASON_LANGUAGE, outcome.reason());
        assertNull(outcome.score());
        assertNull(outcome.sentimentClass());
    }

    @Test
    void otherLanguagesAreRecordedToo() {
        TextSplitting.Split split = split("Bonjour, je n'arrive plus à me connecter à mon compte depuis hier soir.");
        assertEquals("fr", split.language());
        assertEquals(MessageSentiment.REASON_LANGUAGE, split.reason());
    }

    @Test
    void emptyAfterCleaningIsNotScored() {
        TextSplitting.Split split = split("");
        assertEquals(MessageSentiment.REASON_EMPTY, split.reason());
        assertNull(split.language());
        assertEquals(List.of(), split.text().sentences());
    }

    @Test
    void englishIsSplitByTheModelAndItsSentencesCombined() {
        List<String> words = List.of("I", "have", "been", "waiting", "for", "three", "days", ".");
        SentimentModel model = new SentimentModel() {
            @Override
            public SentenceScorer.SplitText split(String text, SentenceScorer.Caps caps) {
                return new SentenceScorer.SplitText(List.of(words), 2, 1);
            }

            @Override
            public SentenceSentiment score(List<String> sentence) {
                throw new AssertionError("splitting does not score");
            }
        };
        TextSplitting.Split split = TextSplitting.split("I have been waiting for three days and nobody answers.", model,
                SentenceScorer.Caps.DEFAULT);
        assertNull(split.reason());
        assertEquals("en", split.language());
        assertEquals(List.of(words), split.text().sentences());
        SentenceSentiment angry = new SentenceSentiment(new double[] {0.6, 0.3, 0.1, 0, 0}, 5);
        MessageCombining.Outcome outcome = MessageCombining.outcome(split, List.of(angry), CombinationRule.DEFAULT);
        assertTrue(outcome.scored());
        assertEquals("en", outcome.language());
        assertEquals(-0.75, outcome.score(), 1e-9);
        assertEquals(SentimentClass.VERY_NEGATIVE, outcome.sentimentClass());
        assertEquals(2, outcome.dropped());
        assertEquals(1, outcome.truncated());
        MessageCombining.Outcome noTree = MessageCombining.outcome(split, List.of(), CombinationRule.DEFAULT);
        assertEquals(MessageSentiment.REASON_EMPTY, noTree.reason(), "English, but no sentence got a sentiment");
    }
}
