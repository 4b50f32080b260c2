package ticketinsights.closure;

import java.io.Serializable;
import java.util.List;
import ticketinsights.text.EnglishLemmas;

/**
 * Splits English text into tokens with lower-cased lemmas and character offsets. The jobs use
 * CoreNLP ({@link #CORENLP}); tests of the cue rules inject a plain one so they run without
 * loading CoreNLP models.
 */
@FunctionalInterface
public interface Lemmatiser extends Serializable {
    List<EnglishLemmas.Token> tokens(String text);

    /** CoreNLP tokenisation, part-of-speech tags and lemmas, one pipeline per JVM. */
    Lemmatiser CORENLP = EnglishLemmas::tokens;
}
