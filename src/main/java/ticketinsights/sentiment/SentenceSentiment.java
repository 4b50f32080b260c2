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
 */
public record SentenceSentiment(double[] probabilities, int tokens, double minPhrase, double maxPhrase,
                                int[] nodeClasses, double strongestNegative, double strongestPositive, double[] rootVector) {
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
            .add("root_vector", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

    public SentenceSentiment {
        if (probabilities.length != CLASS_VALUES.length || nodeClasses.length != CLASS_VALUES.length
                || rootVector.length != ROOT_VECTOR_SIZE) {
            throw new IllegalArgumentException("expected 5 class probabilities, 5 node counts and a root vector of "
                    + ROOT_VECTOR_SIZE + ", got " + probabilities.length + ", " + nodeClasses.length + " and " + rootVector.length);
        }
        probabilities = probabilities.clone();
        nodeClasses = nodeClasses.clone();
        rootVector = rootVector.clone();
    }

    /** A sentence whose inner nodes say nothing beyond its root (a one-node tree), with a zero root vector. */
    public SentenceSentiment(double[] probabilities, int tokens) {
        this(probabilities, tokens, expected(probabilities), expected(probabilities), oneNode(probabilities),
                probabilities[0] + probabilities[1], probabilities[3] + probabilities[4], new double[ROOT_VECTOR_SIZE]);
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
        return RowFactory.create(sequence(probabilities), tokens, minPhrase, maxPhrase,
                CollectionConverters.asScala(Arrays.stream(nodeClasses).boxed().toList()).toSeq(),
                strongestNegative, strongestPositive, sequence(rootVector));
    }

    private static Object sequence(double[] values) {
        return CollectionConverters.asScala(Arrays.stream(values).boxed().toList()).toSeq();
    }

    private static double[] doubles(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The sentence of a {@link #SCHEMA} row. */
    static SentenceSentiment of(Row row) {
        List<Integer> nodes = row.getList(4);
        return new SentenceSentiment(doubles(row.getList(0)), row.getInt(1), row.getDouble(2), row.getDouble(3),
                nodes.stream().mapToInt(Integer::intValue).toArray(), row.getDouble(5), row.getDouble(6), doubles(row.getList(7)));
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
                && Arrays.equals(rootVector, s.rootVector);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(probabilities) + Arrays.hashCode(nodeClasses) + tokens;
    }

    @Override
    public String toString() {
        return "SentenceSentiment" + Arrays.toString(probabilities) + "x" + tokens + "[" + minPhrase + ", " + maxPhrase + "]"
                + Arrays.toString(nodeClasses) + "-" + strongestNegative + "+" + strongestPositive;
    }
}
