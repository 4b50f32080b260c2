package ticketinsights.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageCleanerTest {

    @Test
    void quotedHistoryAfterTheAttributionLineIsRemoved() {
        CleanedText cleaned = MessageCleaner.clean("""
                Still broken after the update.

                On Mon, 3 Mar 2025 at 10:02, Acme Support <help@acme.example> wrote:
                > Please try reinstalling.
                > Thanks""");
        assertEquals("Still broken after the update.", cleaned.text());
        assertTrue(cleaned.quoteRemoved());
    }

    @Test
    void interleavedQuoteLinesAreRemovedButTheAnswersStay() {
        CleanedText cleaned = MessageCleaner.clean("> Did the reset email arrive?\nNo, nothing yet.\n> Which browser?\nFirefox");
        assertEquals("No, nothing yet.\nFirefox", cleaned.text());
        assertTrue(cleaned.quoteRemoved());
    }

    @Test
    void japaneseAttributionLineStartsTheQuote() {
        CleanedText cleaned = MessageCleaner.clean("まだ届いていません。\n\n2025年3月3日(月) 10:02 Acme Support <help@acme.example> が書きました:\n以前の内容");
        assertEquals("まだ届いていません。", cleaned.text());
    }

    @Test
    void signatureAfterTheDashDashSeparatorIsRemoved() {
        CleanedText cleaned = MessageCleaner.clean("The invoice shows two charges.\n-- \nJane Doe\nAcme Corp\n+1 555 0100");
        assertEquals("The invoice shows two charges.", cleaned.text());
        assertTrue(cleaned.signatureRemoved());
    }

    @Test
    void signOffWithAShortTailIsRemovedButThanksInsideASentenceStays() {
        assertEquals("Works now.", MessageCleaner.clean("Works now.\n\nBest regards,\nJane\nAcme").text());
        CleanedText thanks = MessageCleaner.clean("Works now, thanks!");
        assertEquals("Works now, thanks!", thanks.text());
        assertFalse(thanks.signatureRemoved());
    }

    @Test
    void japaneseClosingWithALeadInAndTheSignatureUnderItAreRemoved() {
        assertEquals("メールが届きません。", MessageCleaner.clean(
                "メールが届きません。\n\nご確認のほど、よろしくお願いいたします。\n株式会社サクラ商事 鈴木 健").text());
    }

    @Test
    void aMessageThatIsOnlyASignOffIsKept() {
        assertEquals("Thanks!", MessageCleaner.clean("Thanks!").text());
    }

    @Test
    void urlsHandlesAndEmailAddressesAreRemoved() {
        CleanedText cleaned = MessageCleaner.clean("@AcmeHelp see https://acme.example/status or write to jane.doe+x@mail.example now");
        assertEquals("see or write to now", cleaned.text());
        assertTrue(cleaned.linksRemoved());
        assertTrue(cleaned.addressesRemoved());
    }

    @Test
    void emptyAndNullBodiesGiveEmptyText() {
        assertTrue(MessageCleaner.clean(null).isEmpty());
        assertTrue(MessageCleaner.clean("> only a quote").isEmpty());
    }

    @Test
    void aPastedTenMegabyteLogIsCutToWhatTheTextStagesRead() {
        String log = "2025-04-01 09:00:00 ERROR ExportService - export failed: buffer closed\n".repeat(150_000);
        CleanedText cleaned = MessageCleaner.clean("The export crashes every time. Here is the log:\n" + log);
        assertTrue(cleaned.truncated());
        assertTrue(cleaned.text().length() <= MessageCleaner.MAX_ANALYSED_CHARS);
        assertTrue(cleaned.text().startsWith("The export crashes every time."));
        // Cut at a line end, not inside a log line: 20,000 characters hold whole lines only.
        assertTrue(cleaned.text().endsWith("buffer closed"));
        assertFalse(MessageCleaner.clean("Works now, thanks!").truncated());
    }
}
