package ticketinsights.sentiment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * CoreNLP sentence sentiment with the shift-reduce parser, one pipeline per JVM.
 *
 * <p>The pipelines are built on first use and shared by every task of the executor JVM (CoreNLP
 * pipelines are thread-safe; building one per record or per partition would load ~700 MB of
 * models each time). Text is tokenised and split first; then at most {@link Caps#maxSentences()}
 * sentences, each cut to {@link Caps#maxTokens()} tokens, go through pos, parse and sentiment,
 * so one pasted log file cannot stall a task.
 */
public final class SentenceScorer {
    /** The shift-reduce constituency model in CoreNLP's {@code models-english} jar. */
    public static final String SHIFT_REDUCE_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";

    /** Work limits per message. */
    public record Caps(int maxSentences, int maxTokens) implements java.io.Serializable {
        public static final Caps DEFAULT = new Caps(20, 60);

        public Caps {
            if (maxSentences < 1 || maxTokens < 1) {
                throw new IllegalArgumentException("caps must be at least 1: " + maxSentences + ", " + maxTokens);
            }
        }
    }

    /**
     * The sentences of one text that were scored, plus how often the caps bit: sentences beyond
     * the sentence cap (not scored) and sentences cut at the token cap (scored on their start).
     */
    public record ScoredText(List<SentenceSentiment> sentences, int sentencesDropped, int sentencesTruncated) {
    }

    private static volatile StanfordCoreNLP splitter;
    private static volatile StanfordCoreNLP analyser;

    /** Scores the sentences of {@code text} (already cleaned, English). */
    public static ScoredText score(String text, Caps caps) {
        Annotation document = new Annotation(text);
        splitter().annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> kept = new ArrayList<>(sentences.subList(0, Math.min(sentences.size(), caps.maxSentences())));
        int truncated = 0;
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap sentence : kept) {
            List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (words.size() > caps.maxTokens()) {
                words = new ArrayList<>(words.subList(0, caps.maxTokens()));
                sentence.set(CoreAnnotations.TokensAnnotation.class, words);
                truncated++;
            }
            tokens.addAll(words);
        }
        document.set(CoreAnnotations.SentencesAnnotation.class, kept);
        document.set(CoreAnnotations.TokensAnnotation.class, tokens);
        analyser().annotate(document);
        List<SentenceSentiment> scored = new ArrayList<>(kept.size());
        for (CoreMap sentence : kept) {
            Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            if (tree != null) {
                scored.add(sentenceOf(tree, sentence.get(CoreAnnotations.TokensAnnotation.class).size()));
            }
        }
        return new ScoredText(scored, sentences.size() - kept.size(), truncated);
    }

    /** Root probabilities and the phrase extremes of a sentiment-annotated tree. */
    static SentenceSentiment sentenceOf(Tree tree, int tokens) {
        double min = SentenceSentiment.expected(probabilities(tree));
        double max = min;
        for (Tree node : tree) {
            if (!node.isLeaf() && !node.isPreTerminal() && RNNCoreAnnotations.getPredictions(node) != null) {
                double score = SentenceSentiment.expected(probabilities(node));
                min = Math.min(min, score);
                max = Math.max(max, score);
            }
        }
        return new SentenceSentiment(probabilities(tree), tokens, min, max);
    }

    /** The class probabilities at the root of a sentiment-annotated tree. */
    public static double[] probabilities(Tree tree) {
        SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
        double[] p = new double[predictions.getNumElements()];
        for (int i = 0; i < p.length; i++) {
            p[i] = predictions.get(i);
        }
        return p;
    }

    /** Loads the models now (so timings and tests can exclude the load). */
    public static void warmUp() {
        splitter();
        analyser();
    }

    private static StanfordCoreNLP splitter() {
        if (splitter == null) {
            synchronized (SentenceScorer.class) {
                if (splitter == null) {
                    Properties props = new Properties();
                    props.setProperty("annotators", "tokenize,ssplit");
                    props.setProperty("tokenize.options", "untokenizable=noneKeep");
                    splitter = new StanfordCoreNLP(props);
                }
            }
        }
        return splitter;
    }

    private static StanfordCoreNLP analyser() {
        if (analyser == null) {
            synchronized (SentenceScorer.class) {
                if (analyser == null) {
                    Properties props = new Properties();
                    props.setProperty("annotators", "pos,parse,sentiment");
                    // Tokens and sentences come from the splitter, already capped.
                    props.setProperty("enforceRequirements", "false");
                    props.setProperty("parse.model", SHIFT_REDUCE_MODEL);
                    props.setProperty("parse.binaryTrees", "true");
                    // Sentiment reads the binarised tree only; dependency graphs would be wasted work.
                    props.setProperty("parse.buildgraphs", "false");
                    analyser = new StanfordCoreNLP(props);
                }
            }
        }
        return analyser;
    }

    private SentenceScorer() {
    }
}
