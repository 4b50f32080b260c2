package ticketinsights.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real CoreNLP shift-reduce pipeline (loads ~700 MB of models once for this JVM). */
@Tag("heavy")
class SentenceScorerTest {

    @Test
    void angryComplaintIsNegativeAndThanksIsPositive() {
        SentenceScorer.Caps caps = SentenceScorer.Caps.DEFAULT;
        var angry = SentenceScorer.score("This is the worst service ever. I am furious and I want my money back.", caps);
        assertEquals(2, angry.sentences().size());
        CombinationRule.MessageScore negative = CombinationRule.DEFAULT.combine(angry.sentences());
        assertEquals(-1, negative.sentimentClass().polarity(), "score " + negative.score());
        var thanks = SentenceScorer.score("Thank you so much, the crew was wonderful and the flight was great!", caps);
        CombinationRule.MessageScore positive = CombinationRule.DEFAULT.combine(thanks.sentences());
        assertEquals(1, positive.sentimentClass().polarity(), "score " + positive.score());
        for (SentenceSentiment s : angry.sentences()) {
            double sum = java.util.Arrays.stream(s.probabilities()).sum();
            assertEquals(1.0, sum, 1e-6, "root probabilities are a distribution");
            assertTrue(s.minPhrase() <= s.expectedScore() && s.expectedScore() <= s.maxPhrase(), s.toString());
        }
    }

    @Test
    void capsLimitSentencesAndTokensAndSayHowOftenTheyBit() {
        String text = "The app crashes every single time I open the settings page on my phone. Still broken. Please help.";
        var capped = SentenceScorer.score(text, new SentenceScorer.Caps(2, 5));
        assertEquals(2, capped.sentences().size());
        assertEquals(1, capped.sentencesDropped(), "the third sentence is beyond the cap");
        assertEquals(1, capped.sentencesTruncated(), "only the first sentence has more than 5 tokens");
        assertEquals(List.of(5, 3), capped.sentences().stream().map(SentenceSentiment::tokens).toList());
    }
}
