package ticketinsights.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ticketinsights.model.AuthorRole;

/** The cue rules on hand-written messages, with a plain lemmatiser (no CoreNLP models). */
class CueDetectorTest {
    private static final CueDetector DETECTOR = new CueDetector(new PlainLemmatiser());

    private static List<CueHit> customer(String text) {
        return DETECTOR.detect(text, AuthorRole.CUSTOMER);
    }

    private static List<CueHit> agent(String text) {
        return DETECTOR.detect(text, AuthorRole.AGENT);
    }

    private static CueHit only(List<CueHit> hits, String cue) {
        List<CueHit> of = hits.stream().filter(h -> h.cue().equals(cue)).toList();
        assertEquals(1, of.size(), cue + " hits in " + hits);
        return of.get(0);
    }

    @Test
    void anAffirmativeReplyConfirmsWhateverTheInflection() {
        assertTrue(CueDetector.fires(customer("Works now, thanks!"), Cue.CONFIRMATION));
        assertTrue(CueDetector.fires(customer("It's working now"), Cue.CONFIRMATION));
        assertTrue(CueDetector.fires(customer("Great, that fixed it."), Cue.CONFIRMATION));
    }

    @Test
    void aRemainingProblemVetoesTheThanks() {
        CueHit thanks = only(customer("Still not working, thanks"), Cue.CONFIRMATION);
        assertTrue(thanks.vetoed());
        assertEquals(Cue.VETO_REPORTED_PROBLEM, thanks.vetoReason());
        assertEquals("thanks", thanks.matched());
        assertTrue(CueDetector.fires(customer("Still not working, thanks"), Cue.REPORTED_PROBLEM));
    }

    @Test
    void negationFlipsACue() {
        CueHit works = only(customer("It does not work now"), Cue.REPORTED_PROBLEM);
        assertFalse(works.vetoed(), "not work is the problem itself");
        assertFalse(CueDetector.fires(customer("It doesn't work now"), Cue.CONFIRMATION));
        CueHit arrived = only(customer("The parcel never arrived"), Cue.CONFIRMATION);
        assertEquals(Cue.VETO_NEGATION, arrived.vetoReason());
    }

    @Test
    void thanksThatSignOffARequestDoNotConfirm() {
        CueHit signOff = only(customer("The order number and the screenshots are in my last message. Thanks for your help!"),
                Cue.CONFIRMATION);
        assertEquals(Cue.VETO_SIGN_OFF, signOff.vetoReason());
        assertTrue(CueDetector.fires(customer("Thanks for your help, I've decided to use the other plan instead."),
                Cue.CONFIRMATION));
        assertTrue(CueDetector.fires(customer("Thanks for your help!"), Cue.CONFIRMATION));
    }

    @Test
    void aWishedForOutcomeDoesNotConfirm() {
        CueHit wished = only(customer("Otherwise my account would be up and running"), Cue.CONFIRMATION);
        assertEquals(Cue.VETO_HYPOTHETICAL, wished.vetoReason());
        assertTrue(CueDetector.fires(customer("My account is up and running again"), Cue.CONFIRMATION));
    }

    @Test
    void indirectChases() {
        assertTrue(CueDetector.fires(customer("so.. when are they available?"), Cue.CHASE));
        assertTrue(CueDetector.fires(customer("Ordered on the 3rd and I still haven't received it"), Cue.CHASE));
        assertTrue(CueDetector.fires(customer("Where is my package??"), Cue.CHASE));
        assertTrue(CueDetector.fires(customer("? hello"), Cue.CHASE));
        assertFalse(CueDetector.fires(customer("I heard back from your team, all fine now"), Cue.CHASE));
        assertFalse(CueDetector.fires(customer("no i havent got refund"), Cue.CONFIRMATION), "negation without apostrophe");
    }

    @Test
    void noUpdateNeededIsNotAChase() {
        assertFalse(CueDetector.fires(customer("No update needed, I will call the branch."), Cue.CHASE));
        assertTrue(CueDetector.fires(customer("Any update on my refund?"), Cue.CHASE));
        assertTrue(CueDetector.fires(customer("I have been waiting for a reply for three days"), Cue.CHASE));
    }

    @Test
    void aNewQuestionIsNotAConfirmation() {
        assertEquals(Cue.VETO_NEW_QUESTION, only(customer("Thanks! How do I change my address?"), Cue.CONFIRMATION).vetoReason());
    }

    @Test
    void aBareThanksConfirmsOnlyAsAShortAnswer() {
        assertTrue(CueDetector.fires(customer("Thank you!"), Cue.CONFIRMATION));
        assertEquals(Cue.VETO_LONG_MESSAGE, only(customer(
                "Thanks, I also want to know whether the store on Main Street opens on Sunday morning"), Cue.CONFIRMATION).vetoReason());
        assertEquals(Cue.VETO_NOT_AN_ANSWER,
                only(DETECTOR.detect("Thanks for the free burrito", AuthorRole.CUSTOMER, null), Cue.CONFIRMATION).vetoReason());
        assertEquals(Cue.VETO_CONTRARY_PHRASE, only(customer("Sent it, thanks"), Cue.CONFIRMATION).vetoReason());
    }

    @Test
    void aBareThanksForARequestOrAPromiseDoesNotConfirm() {
        String promise = "Thank you for your patience. We'll call you shortly.";
        assertEquals(Cue.VETO_NOTHING_RESOLVED,
                only(DETECTOR.detect("Thanks", AuthorRole.CUSTOMER, promise), Cue.CONFIRMATION).vetoReason());
        assertEquals(Cue.VETO_NOTHING_RESOLVED, only(DETECTOR.detect("Ok thanks!", AuthorRole.CUSTOMER,
                "Which store did you buy these from?"), Cue.CONFIRMATION).vetoReason());
        assertTrue(CueDetector.fires(DETECTOR.detect("Thanks!", AuthorRole.CUSTOMER,
                "The duplicate charge has been refunded. Did that help?"), Cue.CONFIRMATION), "a notice closes the step");
        assertTrue(CueDetector.fires(DETECTOR.detect("It's working now, thanks", AuthorRole.CUSTOMER, promise),
                Cue.CONFIRMATION), "a strong cue confirms whatever it answers");
    }

    @Test
    void agentsNoticeAndAsk() {
        assertTrue(CueDetector.fires(agent("The duplicate charge has been refunded."), Cue.RESOLUTION_NOTICE));
        assertTrue(CueDetector.fires(agent("Please let us know if this helps."), Cue.CONFIRMATION_ASKED));
        assertEquals(Cue.VETO_NOT_YET, only(agent("We will get this fixed by Friday."), Cue.RESOLUTION_NOTICE).vetoReason());
        assertFalse(CueDetector.fires(agent("Thanks, works now"), Cue.CONFIRMATION), "agents do not confirm");
        assertTrue(DETECTOR.detect("Any update?", AuthorRole.SYSTEM).isEmpty(), "system messages carry no cues");
    }

    @Test
    void japaneseIsMatchedBySubstringWithNegationAfterIt() {
        assertTrue(CueDetector.fires(customer("解決しました。ありがとうございました。"), Cue.CONFIRMATION));
        assertEquals("ja", only(customer("解決しました"), Cue.CONFIRMATION).language());
        assertFalse(CueDetector.fires(customer("まだ直りません。ありがとうございました。"), Cue.CONFIRMATION));
        assertTrue(CueDetector.fires(customer("先週の件、どうなっていますか"), Cue.CHASE));
        assertTrue(CueDetector.fires(agent("解決しましたでしょうか。"), Cue.CONFIRMATION_ASKED));
    }

    @Test
    void offsetsPointAtTheMatchedWords() {
        String text = "So it works now";
        CueHit hit = only(customer(text), Cue.CONFIRMATION);
        assertEquals("it works now", hit.matched());
        assertEquals(hit.matched(), text.substring(hit.start(), hit.end()));
        assertEquals(3, hit.start());
        int[] span = CueDetection.spanInBody("> quoted\nSo it  works\nnow", hit.matched());
        assertEquals(12, span[0], "found again in the body across line breaks");
    }

    @Test
    void everyLexiconSectionIsOneTheDetectorsRead() {
        for (String language : List.of("en", "ja")) {
            for (String section : CueLexicon.load(language).sectionNames()) {
                String base = section.replace(Cue.VETO_SUFFIX, "").replace(Cue.WEAK_SUFFIX, "")
                        .replace(Cue.CLOSING_SUFFIX, "");
                assertTrue(Cue.SECTIONS.contains(base), language + " lexicon has unknown section [" + section + "]");
            }
        }
    }
}
