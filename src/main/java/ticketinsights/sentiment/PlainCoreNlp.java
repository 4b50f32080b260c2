package ticketinsights.sentiment;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's default sentiment pipeline as a user of its command line gets it (PCFG parser, no
 * part-of-speech step, no caps): the peer that the project's scorer is measured against, for
 * accuracy in {@code jobs/evaluate-sentiment} and for speed there and in {@code jobs/benchmark}.
 */
public final class PlainCoreNlp {

    /** A new default pipeline: tokenize, ssplit, parse, sentiment. */
    public static StanfordCoreNLP pipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,parse,sentiment");
        return new StanfordCoreNLP(props);
    }

    private PlainCoreNlp() {
    }
}
