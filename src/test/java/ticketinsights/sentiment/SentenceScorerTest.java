package ticketinsights.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ticketinsights.text.Languages;
import ticketinsights.text.MessageCleaner;

/** The real CoreNLP shift-reduce pipeline (loads ~700 MB of models once for this JVM). */
@Tag("heavy")
class SentenceScorerTest {
    static final Path TWCS = Path.of("..", "shared", "data", "twcs-sample", "twcs_head_5000.csv");

    /**
     * The job scores each distinct sentence alone, from its words; the scorer used to annotate
     * each message's capped sentences as one document. Both must give the same numbers, to the
     * last bit, on real support tweets (customers and brands), with caps that bite.
     */
    @Test
    void aSentenceScoredAloneFromItsWordsScoresAsInItsWholeMessage() throws IOException {
        SentenceScorer.Caps caps = new SentenceScorer.Caps(3, 12);
        int sentences = 0;
        for (String text : englishTweets(150)) {
            List<SentenceSentiment> alone = SentenceScorer.score(text, caps).sentences();
            assertEquals(wholeDocument(text, caps), alone, text);
            sentences += alone.size();
        }
        assertTrue(sentences > 200, "compared " + sentences + " sentences");
    }

    /** How the scorer annotated a message before sentences were scored alone. */
    private static List<SentenceSentiment> wholeDocument(String text, SentenceScorer.Caps caps) {
        Annotation document = new Annotation(text);
        SentenceScorer.splitter().annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> kept = new ArrayList<>(sentences.subList(0, Math.min(sentences.size(), caps.maxSentences())));
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap sentence : kept) {
            List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (words.size() > caps.maxTokens()) {
                words = new ArrayList<>(words.subList(0, caps.maxTokens()));
                sentence.set(CoreAnnotations.TokensAnnotation.class, words);
            }
            tokens.addAll(words);
        }
        document.set(CoreAnnotations.SentencesAnnotation.class, kept);
        document.set(CoreAnnotations.TokensAnnotation.class, tokens);
        SentenceScorer.analyser().annotate(document);
        List<SentenceSentiment> scored = new ArrayList<>();
        for (CoreMap sentence : kept) {
            Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            if (tree != null) {
                scored.add(SentenceScorer.sentenceOf(tree,
                        sentence.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList()));
            }
        }
        return scored;
    }

    /** The first {@code n} tweets of the twcs sample that are English once cleaned. */
    private static List<String> englishTweets(int n) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(TWCS, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();
            for (CSVRecord row : format.parse(reader)) {
                String cleaned = MessageCleaner.clean(row.get("text")).text();
                if (!cleaned.isBlank() && Languages.ENGLISH.equals(Languages.detect(cleaned))) {
                    texts.add(cleaned);
                }
                if (texts.size() == n) {
                    return texts;
                }
            }
        }
        throw new AssertionError("fewer than " + n + " English tweets in " + TWCS);
    }

    @Test
    void angryComplaintIsNegativeAndThanksIsPositive() {
        SentenceScorer.Caps caps = SentenceScorer.Caps.DEFAULT;
        var angry = SentenceScorer.score("This is the worst service ever. I am furious and I want my money back.", caps);
        assertEquals(2, angry.sentences().size());
        Combination.MessageScore negative = LearnedCombination.shipped().combine(angry.sentences());
        assertEquals(-1, negative.sentimentClass().polarity(), "score " + negative.score());
        var thanks = SentenceScorer.score("Thank you so much, the crew was wonderful and the flight was great!", caps);
        Combination.MessageScore positive = LearnedCombination.shipped().combine(thanks.sentences());
        assertEquals(1, positive.sentimentClass().polarity(), "score " + positive.score());
        for (SentenceSentiment s : angry.sentences()) {
            double sum = java.util.Arrays.stream(s.probabilities()).sum();
            assertEquals(1.0, sum, 1e-6, "root probabilities are a distribution");
            assertTrue(s.minPhrase() <= s.expectedScore() && s.expectedScore() <= s.maxPhrase(), s.toString());
            // A binarised tree over n tokens has n word nodes and n - 1 phrase nodes, each labelled once.
            assertEquals(2 * s.tokens() - 1, java.util.Arrays.stream(s.nodeClasses()).sum(), s.toString());
            assertEquals(s.tokens(), java.util.Arrays.stream(s.wordClasses()).sum(), "one word node per token: " + s);
            assertTrue(s.minWord() <= s.maxWord(), s.toString());
            assertTrue(s.strongestNegative() >= s.probabilities()[0] + s.probabilities()[1], s.toString());
        }
        assertEquals(new SentenceSentiment.Punctuation(0, 1, 0), thanks.sentences().get(0).punctuation());
    }

    @Test
    void capsLimitSentencesAndTokensAndSayHowOftenTheyBit() {
        String text = "The app crashes every single time I open the settings page on my phone. Still broken. Please help.";
        var capped = SentenceScorer.score(text, new SentenceScorer.Caps(2, 5));
        assertEquals(2, capped.sentences().size());
        assertEquals(1, capped.sentencesDropped(), "the third sentence is beyond the cap");
        assertEquals(1, capped.sentencesTruncated(), "only the first sentence has more than 5 tokens");
        assertEquals(List.of(5, 3), capped.sentences().stream().map(SentenceSentiment::tokens).toList());
    }
}
