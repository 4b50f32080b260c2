package ticketinsights.sentiment;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What the learned combination ({@link LearnedCombination}) reads of a message: numbers derived
 * from CoreNLP's sentiment output for its sentences, in text order, and from their punctuation
 * ({@link SentenceSentiment.Punctuation}). Scores are expected scores on [-1, 1]
 * ({@link SentenceSentiment#expected}); the word shares are of the words the model labels
 * negative or very negative (positive or very positive).
 */
final class MessageFeatures {
    private static final List<String> SUMMARIES = List.of(
            "mean_p_very_negative", "mean_p_negative", "mean_p_neutral", "mean_p_positive", "mean_p_very_positive",
            "mean_score", "min_score", "max_score", "first_score", "last_score",
            "node_share_very_negative", "node_share_negative", "node_share_neutral", "node_share_positive",
            "node_share_very_positive", "strongest_negative", "strongest_positive", "min_phrase", "max_phrase",
            "log_sentences", "log_tokens",
            "word_share_negative", "word_share_positive", "min_word", "max_word",
            "log_question_marks", "log_exclamation_marks", "log_shouted_words", "question_sentence_share");

    /**
     * The feature names, in vector order (also the columns of the shipped model file): the
     * summaries of the probabilities and nodes above, then the mean root vector of the sentences
     * and the root vector of the most negative one ({@link SentenceSentiment#rootVector()}).
     */
    static final List<String> NAMES = Stream.of(SUMMARIES.stream(),
                    IntStream.range(0, SentenceSentiment.ROOT_VECTOR_SIZE).mapToObj(i -> "mean_root_vector_" + i),
                    IntStream.range(0, SentenceSentiment.ROOT_VECTOR_SIZE).mapToObj(i -> "worst_root_vector_" + i))
            .flatMap(s -> s).toList();

    /** The feature vector of a message's sentences (at least one). */
    static double[] of(List<SentenceSentiment> sentences) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a message without sentences has no features");
        }
        int classes = SentenceSentiment.CLASS_VALUES.length;
        double[] meanP = new double[classes];
        double[] nodeShare = new double[classes];
        double nodes = 0;
        double sumScore = 0;
        double minScore = Double.POSITIVE_INFINITY;
        double maxScore = Double.NEGATIVE_INFINITY;
        double strongestNegative = 0;
        double strongestPositive = 0;
        double minPhrase = Double.POSITIVE_INFINITY;
        double maxPhrase = Double.NEGATIVE_INFINITY;
        long tokens = 0;
        int[] wordClasses = new int[classes];
        double minWord = Double.POSITIVE_INFINITY;
        double maxWord = Double.NEGATIVE_INFINITY;
        int questionMarks = 0;
        int exclamationMarks = 0;
        int shoutedWords = 0;
        int questions = 0;
        double[] meanVector = new double[SentenceSentiment.ROOT_VECTOR_SIZE];
        SentenceSentiment worst = sentences.get(0);
        for (SentenceSentiment s : sentences) {
            for (int i = 0; i < meanVector.length; i++) {
                meanVector[i] += s.rootVector()[i] / sentences.size();
            }
            worst = s.expectedScore() < worst.expectedScore() ? s : worst;
            for (int c = 0; c < classes; c++) {
                meanP[c] += s.probabilities()[c] / sentences.size();
                nodeShare[c] += s.nodeClasses()[c];
                nodes += s.nodeClasses()[c];
            }
            double score = s.expectedScore();
            sumScore += score;
            minScore = Math.min(minScore, score);
            maxScore = Math.max(maxScore, score);
            strongestNegative = Math.max(strongestNegative, s.strongestNegative());
            strongestPositive = Math.max(strongestPositive, s.strongestPositive());
            minPhrase = Math.min(minPhrase, s.minPhrase());
            maxPhrase = Math.max(maxPhrase, s.maxPhrase());
            tokens += s.tokens();
            for (int c = 0; c < classes; c++) {
                wordClasses[c] += s.wordClasses()[c];
            }
            minWord = Math.min(minWord, s.minWord());
            maxWord = Math.max(maxWord, s.maxWord());
            questionMarks += s.punctuation().questionMarks();
            exclamationMarks += s.punctuation().exclamationMarks();
            shoutedWords += s.punctuation().shoutedWords();
            questions += s.punctuation().questionMarks() > 0 ? 1 : 0;
        }
        double words = Arrays.stream(wordClasses).sum();
        for (int c = 0; c < classes; c++) {
            nodeShare[c] = nodes == 0 ? 0 : nodeShare[c] / nodes;
        }
        double[] f = new double[NAMES.size()];
        System.arraycopy(meanP, 0, f, 0, classes);
        f[5] = sumScore / sentences.size();
        f[6] = minScore;
        f[7] = maxScore;
        f[8] = sentences.get(0).expectedScore();
        f[9] = sentences.get(sentences.size() - 1).expectedScore();
        System.arraycopy(nodeShare, 0, f, 10, classes);
        f[15] = strongestNegative;
        f[16] = strongestPositive;
        f[17] = minPhrase;
        f[18] = maxPhrase;
        f[19] = Math.log1p(sentences.size());
        f[20] = Math.log1p(tokens);
        f[21] = words == 0 ? 0 : (wordClasses[0] + wordClasses[1]) / words;
        f[22] = words == 0 ? 0 : (wordClasses[3] + wordClasses[4]) / words;
        f[23] = minWord;
        f[24] = maxWord;
        f[25] = Math.log1p(questionMarks);
        f[26] = Math.log1p(exclamationMarks);
        f[27] = Math.log1p(shoutedWords);
        f[28] = (double) questions / sentences.size();
        System.arraycopy(meanVector, 0, f, SUMMARIES.size(), meanVector.length);
        System.arraycopy(worst.rootVector(), 0, f, SUMMARIES.size() + meanVector.length, meanVector.length);
        return f;
    }

    private MessageFeatures() {
    }
}
