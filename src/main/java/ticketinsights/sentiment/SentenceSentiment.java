package ticketinsights.sentiment;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One sentence as the CoreNLP sentiment model saw it: the class probabilities at the root of its
 * sentiment tree (very negative .. very positive, summing to 1), its length in tokens, and what
 * its inner nodes say: the model often calls a whole complaint neutral while scoring "delayed
 * again" inside it clearly negative.
 *
 * @param minPhrase          lowest expected score of its phrases (nodes over two or more tokens, root included)
 * @param maxPhrase          highest expected score of its phrases
 * @param nodeClasses        how many nodes of the tree (words and phrases) the model labels with each class
 * @param strongestNegative  highest P(negative) + P(very negative) of any node
 * @param strongestPositive  highest P(positive) + P(very positive) of any node
 * @param rootVector         the model's {@value #ROOT_VECTOR_SIZE}-dimensional vector of the whole
 *                           sentence (its root node), from which its final softmax layer computes the
 *                           root probabilities; a learned combination can re-weigh it for support text
 * @param wordClasses        how many of its words (the tree's pre-terminal nodes) the model labels with each class
 * @param minWord            lowest expected score of any of its words
 * @param maxWord            highest expected score of any of its words
 * @param punctuation        its question marks, exclamation marks and shouted words ({@link Punctuation})
 */
public record SentenceSentiment(double[] probabilities, int tokens, double minPhrase, double maxPhrase,
                                int[] nodeClasses, double strongestNegative, double strongestPositive, double[] rootVector,
                                int[] wordClasses, double minWord, double maxWord, Punctuation punctuation) {
    /** The node vector size of CoreNLP's English sentiment model. */
    static final int ROOT_VECTOR_SIZE = 25;

    /** The value of each class on the [-1, 1] score scale. */
    static final double[] CLASS_VALUES = {-1.0, -0.5, 0.0, 0.5, 1.0};

    /** How the job carries a scored sentence between its Spark stages ({@link #toRow()}, {@link #of(Row)}). */
    static final StructType SCHEMA = new StructType()
            .add("probabilities", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
            .add("tokens", DataTypes.IntegerType, false)
            .add("min_phrase", DataTypes.DoubleType, false)
            .add("max_phrase", DataTypes.DoubleType, false)
            .add("node_classes", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("strongest_negative", DataTypes.DoubleType, false)
            .add("strongest_positive", DataTypes.DoubleType, false)
            .add("root_vector", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
            .add("word_classes", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("min_word", DataTypes.DoubleType, false)
            .add("max_word", DataTypes.DoubleType, false)
            .add("question_marks", DataTypes.IntegerType, false)
            .add("exclamation_marks", DataTypes.IntegerType, false)
            .add("shouted_words", DataTypes.IntegerType, false);

    /**
     * Marks of tone the tree does not see (the movie-review model was trained on lower-cased,
     * unexclaimed review sentences): how many question marks and exclamation marks a sentence
     * has, and how many of its words are shouted (four or more letters, all capitals; shorter
     * ones are mostly codes and acronyms such as LAX or DM).
     */
    public record Punctuation(int questionMarks, int exclamationMarks, int shoutedWords) {
        /** None of them. */
        public static final Punctuation NONE = new Punctuation(0, 0, 0);

        /** The counts of a sentence's words. */
        public static Punctuation of(List<String> words) {
            int questions = 0;
            int exclamations = 0;
            int shouted = 0;
            for (String word : words) {
                questions += (int) word.chars().filter(c -> c == '?').count();
                exclamations += (int) word.chars().filter(c -> c == '!').count();
                boolean allCapitals = word.chars().filter(Character::isLetter).count() >= 4
                        && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
                shouted += allCapitals ? 1 : 0;
            }
            return new Punctuation(questions, exclamations, shouted);
        }
    }

    public SentenceSentiment {
        if (probabilities.length != CLASS_VALUES.length || nodeClasses.length != CLASS_VALUES.length
                || rootVector.length != ROOT_VECTOR_SIZE || wordClasses.length != CLASS_VALUES.length) {
            throw new IllegalArgumentException("expected 5 class probabilities, 5 node and word counts and a root vector of "
                    + ROOT_VECTOR_SIZE + ", got " + probabilities.length + ", " + nodeClasses.length + ", "
                    + wordClasses.length + " and " + rootVector.length);
        }
        probabilities = probabilities.clone();
        nodeClasses = nodeClasses.clone();
        rootVector = rootVector.clone();
        wordClasses = wordClasses.clone();
    }

    /**
     * A sentence whose inner nodes say nothing beyond its root (a one-node tree, no word nodes,
     * word scores equal to the root's), with a zero root vector and no punctuation.
     */
    public SentenceSentiment(double[] probabilities, int tokens) {
        this(probabilities, tokens, expected(probabilities), expected(probabilities), oneNode(probabilities),
                probabilities[0] + probabilities[1], probabilities[3] + probabilities[4], new double[ROOT_VECTOR_SIZE],
                new int[CLASS_VALUES.length], expected(probabilities), expected(probabilities), Punctuation.NONE);
    }

    private static int[] oneNode(double[] probabilities) {
        int[] counts = new int[CLASS_VALUES.length];
        counts[argmax(probabilities)] = 1;
        return counts;
    }

    /**
     * The expected value of the sentence on [-1, 1]: unlike the most probable label, it keeps the
     * evidence of a sentence that is 45% negative and 50% neutral, which is how the movie-review
     * model tends to see an annoyed customer.
     */
    public double expectedScore() {
        return expected(probabilities);
    }

    Row toRow() {
        // Spark's row encoder takes Scala sequences for array columns.
        return RowFactory.create(sequence(probabilities), tokens, minPhrase, maxPhrase, sequence(nodeClasses),
                strongestNegative, strongestPositive, sequence(rootVector), sequence(wordClasses), minWord, maxWord,
                punctuation.questionMarks(), punctuation.exclamationMarks(), punctuation.shoutedWords());
    }

    private static Object sequence(double[] values) {
        return CollectionConverters.asScala(Arrays.stream(values).boxed().toList()).toSeq();
    }

    private static Object sequence(int[] values) {
        return CollectionConverters.asScala(Arrays.stream(values).boxed().toList()).toSeq();
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] doubles(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The sentence of a {@link #SCHEMA} row. */
    static SentenceSentiment of(Row row) {
        return new SentenceSentiment(doubles(row.getList(0)), row.getInt(1), row.getDouble(2), row.getDouble(3),
                ints(row.getList(4)), row.getDouble(5), row.getDouble(6), doubles(row.getList(7)), ints(row.getList(8)),
                row.getDouble(9), row.getDouble(10), new Punctuation(row.getInt(11), row.getInt(12), row.getInt(13)));
    }

    /** The expected score of a class probability vector. */
    public static double expected(double[] probabilities) {
        double score = 0;
        for (int i = 0; i < CLASS_VALUES.length; i++) {
            score += probabilities[i] * CLASS_VALUES[i];
        }
        return score;
    }

    /** The most probable class (what CoreNLP prints as the sentence's label). */
    public SentimentClass argmax() {
        return SentimentClass.ofIndex(argmax(probabilities));
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentenceSentiment s && tokens == s.tokens && Arrays.equals(probabilities, s.probabilities)
                && minPhrase == s.minPhrase && maxPhrase == s.maxPhrase && Arrays.equals(nodeClasses, s.nodeClasses)
                && strongestNegative == s.strongestNegative && strongestPositive == s.strongestPositive
                && Arrays.equals(rootVector, s.rootVector) && Arrays.equals(wordClasses, s.wordClasses)
                && minWord == s.minWord && maxWord == s.maxWord && punctuation.equals(s.punctuation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(probabilities) + Arrays.hashCode(nodeClasses) + tokens;
    }

    @Override
    public String toString() {
        return "SentenceSentiment" + Arrays.toString(probabilities) + "x" + tokens + "[" + minPhrase + ", " + maxPhrase + "]"
                + Arrays.toString(nodeClasses) + "-" + strongestNegative + "+" + strongestPositive
                + Arrays.toString(wordClasses) + "[" + minWord + ", " + maxWord + "]" + punctuation;
    }
}
