package ticketinsights.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The shipped combination: a multinomial logistic regression over {@link MessageFeatures},
 * trained by {@code jobs/evaluate-sentiment} (Spark MLlib) on the tuning half of the airline dev
 * tweets and read here from a small classpath resource, so scoring a message is a pure-Java
 * softmax with no Spark or MLlib involved.
 *
 * <p>Three classes (negative, neutral, positive), the most probable one wins. The message score
 * is P(positive) − P(negative), in [-1, 1]; a negative (positive) message with a score at or
 * beyond ∓{@link #VERY} is very negative (very positive).
 *
 * @param intercepts   per class (negative, neutral, positive)
 * @param coefficients per class, one per feature in {@link MessageFeatures#NAMES} order
 * @param description  how the model was trained (the resource file's comment lines)
 */
public record LearnedCombination(double[] intercepts, double[][] coefficients, String description) implements Combination {
    /** The resource {@link #shipped()} reads. */
    public static final String RESOURCE = "/ticketinsights/sentiment/combination-model.tsv";
    /** The three classes, in model order (the model's label = polarity + 1). */
    static final List<String> CLASSES = List.of("negative", "neutral", "positive");

    private static volatile LearnedCombination shipped;

    public LearnedCombination {
        if (intercepts.length != CLASSES.size() || coefficients.length != CLASSES.size()
                || Arrays.stream(coefficients).anyMatch(c -> c.length != MessageFeatures.NAMES.size())) {
            throw new IllegalArgumentException("expected " + CLASSES.size() + " classes x " + MessageFeatures.NAMES.size() + " features");
        }
    }

    /** The model shipped in {@link #RESOURCE}, read once per JVM. */
    public static LearnedCombination shipped() {
        if (shipped == null) {
            synchronized (LearnedCombination.class) {
                if (shipped == null) {
                    try (InputStream in = LearnedCombination.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        shipped = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                }
            }
        }
        return shipped;
    }

    /** The class probabilities (negative, neutral, positive) of a feature vector: softmax of intercept + coefficients · features. */
    double[] probabilities(double[] features) {
        double[] z = new double[CLASSES.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < z.length; c++) {
            z[c] = intercepts[c];
            for (int f = 0; f < features.length; f++) {
                z[c] += coefficients[c][f] * features[f];
            }
            max = Math.max(max, z[c]);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    @Override
    public MessageScore combine(List<SentenceSentiment> sentences) {
        if (sentences.isEmpty()) {
            return null;
        }
        double[] p = probabilities(MessageFeatures.of(sentences));
        double score = p[2] - p[0];
        int polarity = SentenceSentiment.argmax(p) - 1;
        SentimentClass sentimentClass = switch (polarity) {
            case -1 -> score <= -VERY ? SentimentClass.VERY_NEGATIVE : SentimentClass.NEGATIVE;
            case 1 -> score >= VERY ? SentimentClass.VERY_POSITIVE : SentimentClass.POSITIVE;
            default -> SentimentClass.NEUTRAL;
        };
        return new MessageScore(score, sentimentClass, sentences.size());
    }

    /** The resource file's text: comment lines (the description), a header, one line per class. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        description.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        out.append("class\tintercept\t").append(String.join("\t", MessageFeatures.NAMES)).append('\n');
        for (int c = 0; c < CLASSES.size(); c++) {
            out.append(CLASSES.get(c)).append('\t').append(number(intercepts[c]));
            for (double w : coefficients[c]) {
                out.append('\t').append(number(w));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String number(double value) {
        // Round-trips exactly, so the shipped file scores as the model that was trained.
        return Double.toString(value);
    }

    /** Reads {@link #toText()}; fails when the features are not the ones this code computes. */
    static LearnedCombination parse(String text) {
        List<String> comments = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
            } else if (!line.isBlank()) {
                rows.add(line.split("\t"));
            }
        }
        List<String> header = rows.isEmpty() ? List.of() : Arrays.asList(rows.get(0));
        List<String> expected = new ArrayList<>(List.of("class", "intercept"));
        expected.addAll(MessageFeatures.NAMES);
        if (!header.equals(expected) || rows.size() != CLASSES.size() + 1) {
            throw new IllegalArgumentException("combination model: expected the header " + expected + " and "
                    + CLASSES.size() + " class rows, got " + header + " and " + (rows.size() - 1) + " rows");
        }
        double[] intercepts = new double[CLASSES.size()];
        double[][] coefficients = new double[CLASSES.size()][];
        for (int c = 0; c < CLASSES.size(); c++) {
            String[] row = rows.get(c + 1);
            if (!row[0].equals(CLASSES.get(c))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "combination model: row %d is %s, expected %s",
                        c + 1, row[0], CLASSES.get(c)));
            }
            double[] values = Arrays.stream(row, 1, row.length).mapToDouble(Double::parseDouble).toArray();
            intercepts[c] = values[0];
            coefficients[c] = Arrays.copyOfRange(values, 1, values.length);
        }
        return new LearnedCombination(intercepts, coefficients, String.join("\n", comments));
    }
}
