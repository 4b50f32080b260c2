package ticketinsights.closure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ticketinsights.text.EnglishLemmas.Token;

/**
 * A stand-in for CoreNLP in unit tests: splits words and clitics ("don't" → "do", "n't") and
 * strips common suffixes, so inflections match without loading any model.
 */
final class PlainLemmatiser implements Lemmatiser {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?=n't)|n't|'\\p{L}+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("n't", "not"), Map.entry("ca", "can"), Map.entry("wo", "will"), Map.entry("'ll", "will"),
            Map.entry("'re", "be"), Map.entry("'s", "be"), Map.entry("'m", "be"), Map.entry("'ve", "have"),
            Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("was", "be"), Map.entry("were", "be"),
            Map.entry("am", "be"), Map.entry("been", "be"), Map.entry("being", "be"), Map.entry("has", "have"),
            Map.entry("had", "have"), Map.entry("does", "do"), Map.entry("did", "do"), Map.entry("done", "do"),
            Map.entry("got", "get"), Map.entry("this", "this"), Map.entry("thanks", "thanks"), Map.entry("us", "us"));

    @Override
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), lemma(m.group().toLowerCase(Locale.ROOT)), m.start(), m.end()));
        }
        return tokens;
    }

    private static String lemma(String word) {
        if (IRREGULAR.containsKey(word)) {
            return IRREGULAR.get(word);
        }
        String stem = word;
        if (stem.endsWith("ing") && stem.length() > 5) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.endsWith("ed") && stem.length() > 4) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("s") && !stem.endsWith("ss") && stem.length() > 3) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem.endsWith("e") && stem.length() > 4 ? stem.substring(0, stem.length() - 1) : stem;
    }
}
