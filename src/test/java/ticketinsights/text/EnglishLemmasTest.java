package ticketinsights.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("heavy")
class EnglishLemmasTest {

    @Test
    void inflectionsShareALemmaAndOffsetsPointIntoTheText() {
        String text = "The app crashed. It keeps crashing!";
        List<EnglishLemmas.Token> tokens = EnglishLemmas.tokens(text);
        assertEquals("crash", tokens.get(2).lemma());
        EnglishLemmas.Token crashing = tokens.stream().filter(t -> t.word().equals("crashing")).findFirst().orElseThrow();
        assertEquals("crash", crashing.lemma());
        assertEquals("crashing", text.substring(crashing.begin(), crashing.end()));
    }
}
