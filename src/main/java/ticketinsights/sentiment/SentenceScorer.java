package ticketinsights.sentiment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * CoreNLP sentence sentiment with the shift-reduce parser, one pipeline per JVM.
 *
 * <p>The pipelines are built on first use and shared by every task of the executor JVM (CoreNLP
 * pipelines are thread-safe; building one per record or per partition would load ~700 MB of
 * models each time). Text is tokenised and split first ({@link #split}); then at most
 * {@link Caps#maxSentences()} sentences, each cut to {@link Caps#maxTokens()} tokens, go through
 * pos, parse and sentiment one sentence at a time ({@link #score(List)}), so one pasted log file
 * cannot stall a task and the job can score each distinct sentence once.
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

    /**
     * A text split into sentences under the caps: each kept sentence as CoreNLP's tokens (their
     * words, already cut at the token cap), plus how often the caps bit. The words are all that
     * pos, parse and sentiment read, so two equal word lists get equal sentiment.
     */
    public record SplitText(List<List<String>> sentences, int sentencesDropped, int sentencesTruncated) {
    }

    private static volatile StanfordCoreNLP splitter;
    private static volatile StanfordCoreNLP analyser;

    /** Splits {@code text} (already cleaned, English) with tokenize and ssplit only, under {@code caps}. */
    public static SplitText split(String text, Caps caps) {
        Annotation document = new Annotation(text);
        splitter().annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        int kept = Math.min(sentences.size(), caps.maxSentences());
        List<List<String>> words = new ArrayList<>(kept);
        int truncated = 0;
        for (CoreMap sentence : sentences.subList(0, kept)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() > caps.maxTokens()) {
                tokens = tokens.subList(0, caps.maxTokens());
                truncated++;
            }
            words.add(tokens.stream().map(CoreLabel::word).toList());
        }
        return new SplitText(words, sentences.size() - kept, truncated);
    }

    /** The sentiment of one split sentence (pos, parse, sentiment); null when CoreNLP gives it no tree. */
    public static SentenceSentiment score(List<String> words) {
        List<CoreLabel> tokens = new ArrayList<>(words.size());
        for (String word : words) {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setValue(word);
            token.setOriginalText(word);
            token.setIndex(tokens.size() + 1);
            tokens.add(token);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Annotation document = new Annotation(String.join(" ", words));
        document.set(CoreAnnotations.TokensAnnotation.class, tokens);
        document.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        analyser().annotate(document);
        Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
        return tree == null ? null : sentenceOf(tree, words);
    }

    /** Splits and scores {@code text} (already cleaned, English): {@link #split} then {@link #score(List)} per sentence. */
    public static ScoredText score(String text, Caps caps) {
        SplitText split = split(text, caps);
        List<SentenceSentiment> scored = split.sentences().stream().map(SentenceScorer::score).filter(Objects::nonNull).toList();
        return new ScoredText(scored, split.sentencesDropped(), split.sentencesTruncated());
    }

    /**
     * Root probabilities and what the inner nodes of a sentiment-annotated tree of {@code words}
     * say (see {@link SentenceSentiment}).
     */
    static SentenceSentiment sentenceOf(Tree tree, List<String> words) {
        double[] root = probabilities(tree);
        double minPhrase = SentenceSentiment.expected(root);
        double maxPhrase = minPhrase;
        double minWord = Double.POSITIVE_INFINITY;
        double maxWord = Double.NEGATIVE_INFINITY;
        int[] nodeClasses = new int[root.length];
        int[] wordClasses = new int[root.length];
        double strongestNegative = 0;
        double strongestPositive = 0;
        for (Tree node : tree) {
            if (node.isLeaf() || RNNCoreAnnotations.getPredictions(node) == null) {
                continue;
            }
            double[] p = probabilities(node);
            nodeClasses[SentenceSentiment.argmax(p)]++;
            strongestNegative = Math.max(strongestNegative, p[0] + p[1]);
            strongestPositive = Math.max(strongestPositive, p[3] + p[4]);
            double score = SentenceSentiment.expected(p);
            if (node.isPreTerminal()) {
                wordClasses[SentenceSentiment.argmax(p)]++;
                minWord = Math.min(minWord, score);
                maxWord = Math.max(maxWord, score);
            } else {
                minPhrase = Math.min(minPhrase, score);
                maxPhrase = Math.max(maxPhrase, score);
            }
        }
        if (minWord > maxWord) {
            // A one-node tree: its only word is the root.
            minWord = minPhrase;
            maxWord = maxPhrase;
        }
        return new SentenceSentiment(root, words.size(), minPhrase, maxPhrase, nodeClasses, strongestNegative, strongestPositive,
                values(RNNCoreAnnotations.getNodeVector(tree)), wordClasses, minWord, maxWord,
                SentenceSentiment.Punctuation.of(words));
    }

    /** The class probabilities of a node of a sentiment-annotated tree. */
    public static double[] probabilities(Tree tree) {
        return values(RNNCoreAnnotations.getPredictions(tree));
    }

    private static double[] values(SimpleMatrix column) {
        double[] values = new double[column.getNumElements()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.get(i);
        }
        return values;
    }

    /** Loads the models now (so timings and tests can exclude the load). */
    public static void warmUp() {
        splitter();
        analyser();
    }

    /** Package-private so a test can compare with annotating a whole capped document at once. */
    static StanfordCoreNLP splitter() {
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

    /** Package-private so a test can compare with annotating a whole capped document at once. */
    static StanfordCoreNLP analyser() {
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
