package ticketinsights.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * English tokens and lemmas from CoreNLP (tokenize, ssplit, pos, lemma), so "crashes",
 * "crashed" and "crashing" match one cue or one cluster term. One pipeline per JVM, built
 * lazily and shared by every task in it: CoreNLP pipelines are thread-safe, and building one
 * per record or partition is what makes naive Spark NLP jobs slow.
 */
public final class EnglishLemmas {
    /** A token as written, its lower-cased lemma, and its character offsets in the input. */
    public record Token(String word, String lemma, int begin, int end) {
    }

    private static volatile StanfordCoreNLP pipeline;

    public static List<Token> tokens(String text) {
        Annotation annotation = new Annotation(text == null ? "" : text);
        pipeline().annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).stream()
                .map(EnglishLemmas::token)
                .toList();
    }

    private static Token token(CoreLabel label) {
        return new Token(label.word(), label.lemma().toLowerCase(Locale.ROOT),
                label.beginPosition(), label.endPosition());
    }

    private static StanfordCoreNLP pipeline() {
        if (pipeline == null) {
            synchronized (EnglishLemmas.class) {
                if (pipeline == null) {
                    Properties props = new Properties();
                    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
                    props.setProperty("tokenize.options", "untokenizable=noneKeep");
                    pipeline = new StanfordCoreNLP(props);
                }
            }
        }
        return pipeline;
    }

    private EnglishLemmas() {
    }
}
