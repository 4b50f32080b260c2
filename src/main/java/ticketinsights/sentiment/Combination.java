package ticketinsights.sentiment;

import java.io.Serializable;
import java.util.List;

/** How the sentences of one message become one score in [-1, 1] and one class (pure, no CoreNLP). */
interface Combination extends Serializable {
    /** Beyond ±0.5 a message score counts as very negative / very positive. */
    double VERY = 0.5;

    /** A message's combined sentiment. */
    record MessageScore(double score, SentimentClass sentimentClass, int sentences) {
    }

    /** Combines the sentences of one message (in text order); null when there is none. */
    MessageScore combine(List<SentenceSentiment> sentences);
}
