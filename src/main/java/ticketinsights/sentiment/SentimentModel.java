package ticketinsights.sentiment;

import java.io.Serializable;
import java.util.List;

/**
 * Sentence splitting and sentence sentiment, the two steps the job runs separately so that each
 * distinct sentence is scored once: CoreNLP in the job, a stand-in in light tests.
 */
interface SentimentModel extends Serializable {
    /** The capped sentences of a cleaned English text. */
    SentenceScorer.SplitText split(String text, SentenceScorer.Caps caps);

    /** The sentiment of one split sentence; null when the model gives it none. */
    SentenceSentiment score(List<String> words);

    /** The real model: the JVM's shared CoreNLP pipelines ({@link SentenceScorer}). */
    enum CoreNlp implements SentimentModel {
        INSTANCE;

        @Override
        public SentenceScorer.SplitText split(String text, SentenceScorer.Caps caps) {
            return SentenceScorer.split(text, caps);
        }

        @Override
        public SentenceSentiment score(List<String> words) {
            return SentenceScorer.score(words);
        }
    }
}
