package ticketinsights.issues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Class-based TF-IDF (as BERTopic's c-TF-IDF): all statements of a cluster form one document;
 * a term's weight in cluster c is {@code tf(t, c) / terms(c) × log(1 + A / f(t))}, where
 * {@code A} is the mean number of terms per cluster and {@code f(t)} the term's count over all
 * clusters. Terms frequent in the cluster and rare elsewhere win. Bigrams ("card arrive")
 * take part when they occur at least twice in the cluster, and make labels readable.
 */
public final class ClassTfidf {
    static final int MIN_BIGRAM_COUNT = 2;

    /** Term weights per cluster, from term counts per cluster. */
    public static Map<Integer, Map<String, Double>> weights(Map<Integer, Map<String, Long>> counts) {
        Map<String, Long> overall = new HashMap<>();
        long all = 0;
        for (Map<String, Long> cluster : counts.values()) {
            for (var e : cluster.entrySet()) {
                overall.merge(e.getKey(), e.getValue(), Long::sum);
                all += e.getValue();
            }
        }
        double meanTerms = counts.isEmpty() ? 0 : all / (double) counts.size();
        Map<Integer, Map<String, Double>> weights = new HashMap<>();
        for (var cluster : counts.entrySet()) {
            long total = cluster.getValue().values().stream().mapToLong(Long::longValue).sum();
            Map<String, Double> w = new HashMap<>();
            for (var e : cluster.getValue().entrySet()) {
                boolean bigram = e.getKey().indexOf(' ') > 0;
                if (bigram && e.getValue() < MIN_BIGRAM_COUNT) {
                    continue;
                }
                w.put(e.getKey(), e.getValue() / (double) total * Math.log(1 + meanTerms / overall.get(e.getKey())));
            }
            weights.put(cluster.getKey(), w);
        }
        return weights;
    }

    /** The {@code n} heaviest terms, ties broken alphabetically so reruns agree. */
    public static List<Map.Entry<String, Double>> top(Map<String, Double> weights, int n) {
        return weights.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(n).toList();
    }

    /**
     * A readable label of up to {@code maxTerms} terms: the heaviest terms in order, a bigram
     * replacing its words chosen alone, and a word already shown inside a chosen bigram skipped.
     */
    public static String label(Map<String, Double> weights, int maxTerms) {
        List<String> chosen = new ArrayList<>();
        List<String> shownWords = new ArrayList<>();
        for (var e : top(weights, 50)) {
            if (chosen.size() == maxTerms) {
                break;
            }
            String term = e.getKey();
            List<String> words = List.of(term.split(" "));
            if (words.size() == 1 && shownWords.contains(term)) {
                continue;
            }
            if (words.size() > 1) {
                // A bigram replaces its words already chosen alone ("card", "arrive" → "card arrive").
                chosen.removeIf(words::contains);
            }
            chosen.add(term);
            shownWords.addAll(words);
        }
        return String.join(", ", chosen);
    }

    /** The L2-normalised weights of the {@code n} heaviest terms: the cluster's signature for stable ids. */
    public static Map<String, Double> signature(Map<String, Double> weights, int n) {
        Map<String, Double> top = new LinkedHashMap<>();
        double norm = 0;
        for (var e : top(weights, n)) {
            top.put(e.getKey(), e.getValue());
            norm += e.getValue() * e.getValue();
        }
        double length = Math.sqrt(norm);
        top.replaceAll((k, v) -> length == 0 ? 0 : v / length);
        return top;
    }

    /** Unigrams and adjacent-pair bigrams of a statement's terms. */
    public static List<String> unigramsAndBigrams(List<String> terms) {
        List<String> out = new ArrayList<>(terms);
        for (int i = 0; i + 1 < terms.size(); i++) {
            if (!terms.get(i).equals(terms.get(i + 1))) {
                out.add(terms.get(i) + " " + terms.get(i + 1));
            }
        }
        return out;
    }

    private ClassTfidf() {
    }
}
