package ticketinsights.sentiment;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import ticketinsights.text.Languages;

/**
 * First step of scoring, once per distinct cleaned text: the language gate, then (English only)
 * the split into capped sentences with CoreNLP's tokenize and ssplit, which are cheap next to
 * parsing. Only English reaches the model, so a partition of Japanese messages never loads it.
 */
final class TextSplitting implements MapPartitionsFunction<Row, Row> {
    static final String TEXT = "cleaned_text";
    /** The text's capped sentences, each as its words: array&lt;array&lt;string&gt;&gt;. */
    static final String SENTENCES = "sentences";

    /** Input: {@link MessageSentiment#TEXT_HASH}, {@link #TEXT}. */
    static final StructType RESULT = new StructType()
            .add(MessageSentiment.TEXT_HASH, DataTypes.StringType, false)
            .add(MessageSentiment.LANGUAGE, DataTypes.StringType, true)
            .add(MessageSentiment.REASON_NOT_SCORED, DataTypes.StringType, true)
            .add(MessageSentiment.SENTENCES_DROPPED, DataTypes.IntegerType, false)
            .add(MessageSentiment.SENTENCES_TRUNCATED, DataTypes.IntegerType, false)
            .add(SENTENCES, DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.StringType, false), false), false);

    /** What this run did, for the job summary (may over-count if Spark retries a task). */
    record Counters(LongAccumulator textsSplit, LongAccumulator sentences, LongAccumulator distinctSentencesScored,
                    LongAccumulator textsCapped, LongAccumulator sentencesTruncated) implements Serializable {
    }

    /**
     * One text's split: {@code reason} is {@code empty_after_cleaning} for a blank text and
     * {@code language} for one not in English (or in no language detected), with no sentences.
     */
    record Split(String language, String reason, SentenceScorer.SplitText text) {
    }

    private final SentimentModel model;
    private final SentenceScorer.Caps caps;
    private final Counters counters;

    TextSplitting(SentimentModel model, SentenceScorer.Caps caps, Counters counters) {
        this.model = model;
        this.caps = caps;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> texts) {
        Iterable<Row> rows = () -> texts;
        return StreamSupport.stream(rows.spliterator(), false).map(this::splitRow).iterator();
    }

    private Row splitRow(Row row) {
        Split split = split(row.getString(1), model, caps);
        SentenceScorer.SplitText text = split.text();
        if (split.reason() == null) {
            counters.textsSplit().add(1);
            counters.sentences().add(text.sentences().size());
            counters.textsCapped().add(text.sentencesDropped() > 0 ? 1 : 0);
            counters.sentencesTruncated().add(text.sentencesTruncated());
        }
        // Spark's row encoder takes Scala sequences for array columns.
        Seq<Seq<String>> sentences = CollectionConverters.asScala(
                text.sentences().stream().map(words -> CollectionConverters.asScala(words).toSeq()).toList()).toSeq();
        return RowFactory.create(row.getString(0), split.language(), split.reason(), text.sentencesDropped(),
                text.sentencesTruncated(), sentences);
    }

    private static final SentenceScorer.SplitText NOTHING = new SentenceScorer.SplitText(List.of(), 0, 0);

    static Split split(String cleaned, SentimentModel model, SentenceScorer.Caps caps) {
        if (cleaned == null || cleaned.isBlank()) {
            return new Split(null, MessageSentiment.REASON_EMPTY, NOTHING);
        }
        String language = Languages.detect(cleaned);
        if (!Languages.ENGLISH.equals(language)) {
            return new Split(language, MessageSentiment.REASON_LANGUAGE, NOTHING);
        }
        return new Split(language, null, model.split(cleaned, caps));
    }
}
