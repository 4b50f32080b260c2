package ticketinsights.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Last step of scoring, once per distinct text: its split (language, reason, caps) and its scored
 * sentences, in text order, become the text's result columns of {@code message_sentiment}.
 */
final class MessageCombining implements MapFunction<Row, Row> {
    /** A text's scored sentences: array of struct(position, {@link SentenceScoring#SENTIMENT}), sorted by position. */
    static final String SENTIMENTS = "sentiments";

    /** The result columns of one text. */
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

    /** One text's outcome. */
    record Outcome(String language, int sentences, SentimentClass sentimentClass, Double score,
                   String reason, int dropped, int truncated) {
        boolean scored() {
            return reason == null;
        }
    }

    private final Combination combination;

    MessageCombining(Combination combination) {
        this.combination = combination;
    }

    /** Input: {@link TextSplitting#RESULT} without its sentences, then {@link #SENTIMENTS} (null when none). */
    @Override
    public Row call(Row text) {
        List<SentenceSentiment> sentences = new ArrayList<>();
        int at = text.fieldIndex(SENTIMENTS);
        if (!text.isNullAt(at)) {
            for (Row positioned : text.<Row>getList(at)) {
                if (!positioned.isNullAt(1)) {
                    sentences.add(SentenceSentiment.of(positioned.getStruct(1)));
                }
            }
        }
        TextSplitting.Split split = new TextSplitting.Split(text.getAs(MessageSentiment.LANGUAGE),
                text.getAs(MessageSentiment.REASON_NOT_SCORED), new SentenceScorer.SplitText(List.of(),
                text.getAs(MessageSentiment.SENTENCES_DROPPED), text.getAs(MessageSentiment.SENTENCES_TRUNCATED)));
        Outcome o = outcome(split, sentences, combination);
        return RowFactory.create(text.getAs(MessageSentiment.TEXT_HASH), o.language(), o.sentences(),
                o.sentimentClass() == null ? null : o.sentimentClass().label(), o.score(), o.scored(), o.reason(),
                o.dropped(), o.truncated());
    }

    /**
     * The outcome of a split text whose sentences scored {@code sentences} (in text order):
     * not scored when the split says why, or when no sentence got a sentiment
     * ({@code empty_after_cleaning}); else the sentences combined by {@code combination}.
     */
    static Outcome outcome(TextSplitting.Split split, List<SentenceSentiment> sentences, Combination combination) {
        SentenceScorer.SplitText text = split.text();
        if (split.reason() != null) {
            return new Outcome(split.language(), 0, null, null, split.reason(), text.sentencesDropped(), text.sentencesTruncated());
        }
        Combination.MessageScore message = combination.combine(sentences);
        if (message == null) {
            return new Outcome(split.language(), 0, null, null, MessageSentiment.REASON_EMPTY, text.sentencesDropped(), 0);
        }
        return new Outcome(split.language(), message.sentences(), message.sentimentClass(), message.score(), null,
                text.sentencesDropped(), text.sentencesTruncated());
    }
}
