package ticketinsights.sample;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Expands the generator's phrase templates. A template holds inline alternatives in square
 * brackets, {@code "[Hi|Hello|Hey] {name},"}, of which one is drawn at random (no nesting), and
 * named slots in braces filled from a map. Drawing alternatives per phrase is what makes one
 * planted problem come out worded in hundreds of ways instead of one sentence per problem.
 */
final class Text {
    private Text() {
    }

    /** One of {@code options}, uniformly. */
    static <T> T pick(Random rng, List<T> options) {
        return options.get(rng.nextInt(options.size()));
    }

    /** {@code template} with every {@code [a|b|c]} group replaced by one alternative and every {@code {slot}} filled. */
    static String expand(String template, Random rng, Map<String, String> slots) {
        String drawn = replaceGroups(template, '[', ']', group -> choose(group, rng));
        return replaceGroups(drawn, '{', '}', name -> {
            String value = slots.get(name);
            if (value == null) {
                throw new IllegalStateException("no value for slot {" + name + "} in: " + template);
            }
            return value;
        });
    }

    /** {@code text} with every {@code open…close} group replaced by {@code value} of its content (no nesting). */
    private static String replaceGroups(String text, char open, char close, UnaryOperator<String> value) {
        if (text.indexOf(open) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == open) {
                int end = text.indexOf(close, i);
                out.append(value.apply(text.substring(i + 1, end)));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** One alternative of a {@code a|b|c} group; an empty alternative ({@code a|}) means "nothing". */
    private static String choose(String group, Random rng) {
        int count = 1;
        for (int k = 0; k < group.length(); k++) {
            if (group.charAt(k) == '|') {
                count++;
            }
        }
        int wanted = rng.nextInt(count);
        int start = 0;
        for (int k = 0; k < wanted; k++) {
            start = group.indexOf('|', start) + 1;
        }
        int end = group.indexOf('|', start);
        return end < 0 ? group.substring(start) : group.substring(start, end);
    }

    /** Log-normal draw with the given median and shape; {@link StrictMath} keeps it identical on every JVM. */
    static double logNormal(Random rng, double median, double sigma) {
        return median * StrictMath.exp(sigma * rng.nextGaussian());
    }
}
