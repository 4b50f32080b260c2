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
 * sentiment tree (very negative .. very positive, summing to 1), its length in tokens, and the
 * lowest and highest expected score of its phrases (tree nodes over two or more tokens, root
 * included): the model often calls a whole complaint neutral while scoring "delayed again" inside
 * it clearly negative.
 */
public record SentenceSentiment(double[] probabilities, int tokens, double minPhrase, double maxPhrase) {
    /** The value of each class on the [-1, 1] score scale. */
    static final double[] CLASS_VALUES = {-1.0, -0.5, 0.0, 0.5, 1.0};

    /** How the job carries a scored sentence between its Spark stages ({@link #toRow()}, {@link #of(Row)}). */
    static final StructType SCHEMA = new StructType()
            .add("probabilities", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
            .add("tokens", DataTypes.IntegerType, false)
            .add("min_phrase", DataTypes.DoubleType, false)
            .add("max_phrase", DataTypes.DoubleType, false);

    public SentenceSentiment {
        if (probabilities.length != CLASS_VALUES.length) {
            throw new IllegalArgumentException("expected 5 class probabilities, got " + probabilities.length);
        }
        probabilities = probabilities.clone();
    }

    /** A sentence whose phrases say nothing beyond its root. */
    public SentenceSentiment(double[] probabilities, int tokens) {
        this(probabilities, tokens, expected(probabilities), expected(probabilities));
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
        // Spark's row encoder takes a Scala sequence for an array column.
        return RowFactory.create(CollectionConverters.asScala(Arrays.stream(probabilities).boxed().toList()).toSeq(), tokens,
                minPhrase, maxPhrase);
    }

    /** The sentence of a {@link #SCHEMA} row. */
    static SentenceSentiment of(Row row) {
        List<Double> p = row.getList(0);
        return new SentenceSentiment(p.stream().mapToDouble(Double::doubleValue).toArray(), row.getInt(1), row.getDouble(2), row.getDouble(3));
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
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return SentimentClass.ofIndex(best);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentenceSentiment s && tokens == s.tokens && Arrays.equals(probabilities, s.probabilities)
                && minPhrase == s.minPhrase && maxPhrase == s.maxPhrase;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {Arrays.hashCode(probabilities), tokens, minPhrase, maxPhrase});
    }

    @Override
    public String toString() {
        return "SentenceSentiment" + Arrays.toString(probabilities) + "x" + tokens + "[" + minPhrase + ", " + maxPhrase + "]";
    }
}
