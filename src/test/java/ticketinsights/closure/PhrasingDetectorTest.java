package ticketinsights.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every phrasing rule on hand-written agent messages, with the plain lemmatiser (no CoreNLP models). */
class PhrasingDetectorTest {
    private static final PhrasingDetector DETECTOR = new PhrasingDetector(new PlainLemmatiser());

    private static boolean breaks(String text, String rule) {
        return DETECTOR.detect(text).stream().anyMatch(h -> h.cue().equals(rule));
    }

    @Test
    void aRefusalWithNothingElseIsBare() {
        assertTrue(breaks("Unfortunately we can't change the seat.", PhrasingRule.BARE_REFUSAL));
        assertTrue(breaks("Sorry, that is not possible.", PhrasingRule.BARE_REFUSAL));
        assertTrue(breaks("We are unable to assist with this request.", PhrasingRule.BARE_REFUSAL));
    }

    @Test
    void aRefusalWithAnAlternativeIsNotBare() {
        assertFalse(breaks("We can't change the seat, but you can upgrade at the gate.", PhrasingRule.BARE_REFUSAL));
        assertFalse(breaks("That is not possible here; please contact us by phone.", PhrasingRule.BARE_REFUSAL));
        assertFalse(breaks("We can't wait to see you on board!", PhrasingRule.BARE_REFUSAL), "an idiom, not a refusal");
    }

    @Test
    void blamingTheCustomer() {
        assertTrue(breaks("You should have called us before the flight.", PhrasingRule.BLAMES_CUSTOMER));
        assertTrue(breaks("For future reference, check the fees first.", PhrasingRule.BLAMES_CUSTOMER));
        assertFalse(breaks("You should have that option under Settings.", PhrasingRule.BLAMES_CUSTOMER), "have = possess");
        assertFalse(breaks("This is not your fault.", PhrasingRule.BLAMES_CUSTOMER));
    }

    @Test
    void aManualPointerCountsOnlyAsTheWholeAnswer() {
        assertTrue(breaks("Hi! Please see our FAQ.", PhrasingRule.POINTS_TO_MANUAL));
        assertFalse(breaks("Open Settings, choose Account, then tap Reset password and enter the code we send you. "
                + "The FAQ has screenshots.", PhrasingRule.POINTS_TO_MANUAL));
    }

    @Test
    void everyApologyIsCountedWithItsSentence() {
        String text = "Sorry for the wait. We apologise for the trouble, and I'm sorry again!";
        List<CueHit> apologies = DETECTOR.detect(text).stream().filter(h -> h.cue().equals(PhrasingRule.APOLOGY)).toList();
        assertEquals(3, apologies.size());
        int[] sentence = PhrasingDetector.sentenceAround(text, apologies.get(1));
        assertEquals("We apologise for the trouble, and I'm sorry again!", text.substring(sentence[0], sentence[1]));
    }

    @Test
    void japaneseRules() {
        assertTrue(breaks("ご返金はいたしかねます。", PhrasingRule.BARE_REFUSAL));
        assertFalse(breaks("ご返金はいたしかねますが、代わりにクーポンをお送りします。", PhrasingRule.BARE_REFUSAL));
        assertTrue(breaks("よくある質問をご覧ください。", PhrasingRule.POINTS_TO_MANUAL));
        assertTrue(breaks("申し訳ございません。", PhrasingRule.APOLOGY));
    }
}
