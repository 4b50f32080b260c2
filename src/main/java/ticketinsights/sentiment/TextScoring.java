package ticketinsights.sentiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import ticketinsights.text.Languages;

/**
 * Scores distinct cleaned texts, one partition at a time, on the JVM's shared CoreNLP pipeline
 * ({@link SentenceScorer}). Language is decided first: only English goes to the model, so a
 * partition of Japanese messages never loads it.
 */
final class TextScoring implements MapPartitionsFunction<Row, Row> {
    static final String TEXT = "cleaned_text";

    /** Input: {@link MessageSentiment#TEXT_HASH}, {@link #TEXT}. Output: the result columns. */
    static final StructType RESULT = new StructType()
            .add(MessageSentiment.TEXT_HASH, DataTypes.StringType, false)
            .add(MessageSentiment.LANGUAGE, DataTypes.StringType, true)
            .add(MessageSentiment.SENTENCES_SCORED, DataTypes.IntegerType, false)
            .add(MessageSentiment.SENTIMENT_CLASS, DataTypes.StringType, true)
            .add(MessageSentiment.SCORE, DataTypes.DoubleType, true)
            .add(MessageSentiment.SCORED, DataTypes.BooleanType, false)
            .add(MessageSentiment.REASON_NOT_SCORED, DataTypes.StringType, true)
            .add(MessageSentiment.SENTENCES_DROPPED, DataTypes.IntegerType, false)
            .add(MessageSentiment.SENTENCES_TRUNCATED, DataTypes.IntegerType, false);

    /** What this run did, for the job summary (may over-count if Spark retries a task). */
    record Counters(LongAccumulator textsScored, LongAccumulator sentencesScored,
                    LongAccumulator textsCapped, LongAccumulator sentencesTruncated) implements Serializable {
    }

    /** One text's outcome. */
    record Outcome(String language, int sentences, SentimentClass sentimentClass, Double score,
                   String reason, int dropped, int truncated) {
        boolean scored() {
            return reason == null;
        }
    }

    /** Sentence sentiment of an English text under caps: CoreNLP in the job, a stand-in in light tests. */
    interface Model extends Serializable {
        SentenceScorer.ScoredText score(String text, SentenceScorer.Caps caps);
    }

    /** The real model: the JVM's shared CoreNLP pipeline. */
    static final Model CORENLP = SentenceScorer::score;

    private final Model model;
    private final SentenceScorer.Caps caps;
    private final CombinationRule rule;
    private final Counters counters;

    TextScoring(Model model, SentenceScorer.Caps caps, CombinationRule rule, Counters counters) {
        this.model = model;
        this.caps = caps;
        this.rule = rule;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> texts) {
        List<Row> out = new ArrayList<>();
        while (texts.hasNext()) {
            Row row = texts.next();
            Outcome o = outcome(row.getString(1), text -> model.score(text, caps), rule);
            if (o.scored()) {
                counters.textsScored().add(1);
                counters.sentencesScored().add(o.sentences());
                counters.textsCapped().add(o.dropped() > 0 ? 1 : 0);
                counters.sentencesTruncated().add(o.truncated());
            }
            out.add(RowFactory.create(row.getString(0), o.language(), o.sentences(),
                    o.sentimentClass() == null ? null : o.sentimentClass().label(), o.score(), o.scored(),
                    o.reason(), o.dropped(), o.truncated()));
        }
        return out.iterator();
    }

    /**
     * The outcome for one cleaned text: empty → {@code empty_after_cleaning}; a language other
     * than English (or none detected) → {@code language}, with the language recorded; else the
     * model's sentences combined by {@code rule}.
     */
    static Outcome outcome(String cleaned, java.util.function.Function<String, SentenceScorer.ScoredText> model,
                           CombinationRule rule) {
        if (cleaned == null || cleaned.isBlank()) {
            return new Outcome(null, 0, null, null, MessageSentiment.REASON_EMPTY, 0, 0);
        }
        String language = Languages.detect(cleaned);
        if (!Languages.ENGLISH.equals(language)) {
            return new Outcome(language, 0, null, null, MessageSentiment.REASON_LANGUAGE, 0, 0);
        }
        SentenceScorer.ScoredText scored = model.apply(cleaned);
        CombinationRule.MessageScore message = rule.combine(scored.sentences());
        if (message == null) {
            return new Outcome(language, 0, null, null, MessageSentiment.REASON_EMPTY, scored.sentencesDropped(), 0);
        }
        return new Outcome(language, message.sentences(), message.sentimentClass(), message.score(), null,
                scored.sentencesDropped(), scored.sentencesTruncated());
    }
}
