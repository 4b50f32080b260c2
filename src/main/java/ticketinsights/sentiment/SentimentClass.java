package ticketinsights.sentiment;

import java.util.Locale;

/**
 * CoreNLP's five sentiment classes, as stored in {@code message_sentiment.sentiment_class}, and the
 * three-class view (negative / neutral / positive) that people's labels and the report use.
 */
public enum SentimentClass {
    VERY_NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE, VERY_POSITIVE;

    /** The stored name, e.g. {@code very_negative}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** -1 for the two negative classes, 0 for neutral, +1 for the two positive ones. */
    public int polarity() {
        return Integer.signum(ordinal() - NEUTRAL.ordinal());
    }

    /** The class of CoreNLP's label index 0..4 (very negative .. very positive). */
    public static SentimentClass ofIndex(int index) {
        return values()[index];
    }
}
