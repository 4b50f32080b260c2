package ticketinsights.sentiment;

import java.util.Iterator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Second step of scoring, once per distinct sentence of the run: pos, parse and sentiment on the
 * JVM's shared CoreNLP pipeline. Support messages repeat whole sentences ("Thanks for your
 * help.", a product's stock phrases) far more often than whole messages.
 */
final class SentenceScoring implements MapPartitionsFunction<Row, Row> {
    /** A sentence's words (the key sentences are de-duplicated and joined by). */
    static final String WORDS = "words";
    /** Its {@link SentenceSentiment#SCHEMA} struct; null when the model gave it none. */
    static final String SENTIMENT = "sentiment";

    /** Input: {@link #WORDS}. */
    static final StructType RESULT = new StructType()
            .add(WORDS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(SENTIMENT, SentenceSentiment.SCHEMA, true);

    private final SentimentModel model;
    private final TextSplitting.Counters counters;

    SentenceScoring(SentimentModel model, TextSplitting.Counters counters) {
        this.model = model;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> sentences) {
        Iterable<Row> rows = () -> sentences;
        return StreamSupport.stream(rows.spliterator(), false).map(this::scoredRow).iterator();
    }

    private Row scoredRow(Row row) {
        SentenceSentiment sentiment = model.score(row.getList(0));
        counters.distinctSentencesScored().add(1);
        return RowFactory.create(row.get(0), sentiment == null ? null : sentiment.toRow());
    }
}
