package ticketinsights.sentiment;

import java.util.List;

/**
 * How a message's sentences become one score and one class (a pure function, no model).
 *
 * <p>Each sentence's score is {@code (1 - phraseWeight) · root + phraseWeight · (minPhrase +
 * maxPhrase) / 2}: its expected score (see {@link SentenceSentiment#expectedScore()}) moved toward
 * the middle of its strongest negative and positive phrases. Each sentence contributes that score
 * with weight {@code tokens ^ lengthExponent}; the most negative sentence counts
 * {@code 1 + worstExtraWeight} times, because an angry sentence followed by "thanks" is still an
 * angry message. The message score is the weighted mean, in [-1, 1]. Three classes come from two
 * thresholds on it; the five stored classes split the outer two at ±{@link #VERY}.
 *
 * <p>The job used this rule before {@link LearnedCombination}; {@code jobs/evaluate-sentiment}
 * still reports it next to the learned one, as the hand-made reference. Its {@link #DEFAULT}
 * values came from a grid search on the tuning half of the airline dev tweets (README,
 * "Sentiment").
 *
 * @param lengthExponent   0 weighs sentences equally, 1 by token count
 * @param worstExtraWeight extra multiple of the weight of the most negative sentence
 * @param phraseWeight     0 uses the root only, 1 the phrase extremes only
 * @param negativeBelow    scores below this are negative
 * @param positiveAbove    scores above this are positive (neutral in between)
 */
public record CombinationRule(double lengthExponent, double worstExtraWeight, double phraseWeight,
                              double negativeBelow, double positiveAbove) implements Combination {
    public static final CombinationRule DEFAULT = new CombinationRule(0.0, 3.0, 0.25, 0.0, 0.14);

    public CombinationRule {
        if (negativeBelow > positiveAbove) {
            throw new IllegalArgumentException("negativeBelow " + negativeBelow + " > positiveAbove " + positiveAbove);
        }
    }

    @Override
    public MessageScore combine(List<SentenceSentiment> sentences) {
        if (sentences.isEmpty()) {
            return null;
        }
        double[] scores = sentences.stream().mapToDouble(this::sentenceScore).toArray();
        int worst = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] < scores[worst]) {
                worst = i;
            }
        }
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < sentences.size(); i++) {
            SentenceSentiment sentence = sentences.get(i);
            double weight = Math.pow(Math.max(1, sentence.tokens()), lengthExponent) * (i == worst ? 1 + worstExtraWeight : 1);
            weighted += weight * scores[i];
            weights += weight;
        }
        double score = Math.max(-1, Math.min(1, weighted / weights));
        return new MessageScore(score, classify(score), sentences.size());
    }

    /** One sentence's score: its root's expected score moved toward its phrase extremes. */
    public double sentenceScore(SentenceSentiment sentence) {
        return (1 - phraseWeight) * sentence.expectedScore() + phraseWeight * (sentence.minPhrase() + sentence.maxPhrase()) / 2;
    }

    /** The five-class label of a message score. */
    public SentimentClass classify(double score) {
        if (score < negativeBelow) {
            return score <= -VERY ? SentimentClass.VERY_NEGATIVE : SentimentClass.NEGATIVE;
        }
        if (score > positiveAbove) {
            return score >= VERY ? SentimentClass.VERY_POSITIVE : SentimentClass.POSITIVE;
        }
        return SentimentClass.NEUTRAL;
    }

}
