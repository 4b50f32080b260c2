package ticketinsights.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void shortSupportMessagesAreIdentified() {
        assertEquals(Languages.ENGLISH, Languages.detect("any update on my refund?"));
        assertEquals(Languages.JAPANESE, Languages.detect("パスワードのリセットメールが届きません"));
        assertEquals("es", Languages.detect("Mi pedido no ha llegado todavía"));
        assertEquals("de", Languages.detect("Die Rechnung wurde doppelt abgebucht"));
    }

    @Test
    void textWithoutLettersIsUnknownNotGuessed() {
        assertEquals(Languages.UNKNOWN, Languages.detect("?? 123 :)"));
        assertEquals(Languages.UNKNOWN, Languages.detect(""));
        assertEquals(Languages.UNKNOWN, Languages.detect(null));
    }
}
