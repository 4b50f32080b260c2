package ticketinsights.sentiment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ticketinsights.text.Languages;
import ticketinsights.text.MessageCleaner;

/**
 * {@code jobs/evaluate-sentiment}: accuracy, macro-F1, confusion matrices and speed of
 * (a) CoreNLP's plain default pipeline and (b) this project's scorer on people-labelled airline
 * tweets, in one run.
 *
 * <p>Unique tweets (the file repeats some tweet ids; the first row wins) are shuffled with a fixed
 * seed and split in two halves. The combination rule's parameters are searched on the tuning half
 * and every figure is reported on the held-out half. (a) is slow (PCFG parser), so (a) and (b) are
 * compared on a seeded sample of the held-out half, processed in alternating chunks on one thread
 * so machine load hits both alike; speed is sentences per CPU-second of that thread.
 */
@Command(name = "evaluate-sentiment", mixinStandardHelpOptions = true)
public final class SentimentEvaluation implements Callable<Integer> {
    @Option(names = "--file", description = "Labelled tweets (airline layout). Default: ${DEFAULT-VALUE}.")
    Path file = Path.of("..", "shared", "data", "airline-sentiment", "tweets_dev.csv");
    @Option(names = "--seed", description = "Shuffle and sample seed. Default: ${DEFAULT-VALUE}.")
    long seed = 20150224L;
    @Option(names = "--limit", description = "Use only this many unique tweets (0 = all). Default: ${DEFAULT-VALUE}.")
    int limit = 0;
    @Option(names = "--sample", description = "Held-out tweets on which plain CoreNLP runs. Default: ${DEFAULT-VALUE}.")
    int sample = 800;
    @Option(names = "--chunk", description = "Tweets per alternating speed chunk. Default: ${DEFAULT-VALUE}.")
    int chunk = 50;
    @Option(names = "--only", description = "Run only part: race (plain vs project on the sample), held (project on the held-out half), or all. Default: ${DEFAULT-VALUE}.")
    String only = "all";
    @Option(names = "--dump", description = "Write per-tweet sentence probabilities (ids and numbers only) here.")
    Path dump;

    /** One labelled tweet: id, people's polarity, raw text. */
    record Tweet(String id, int label, String text) {
    }

    /** What the project's scorer made of a tweet: null sentences when not scored. */
    record Scored(Tweet tweet, List<SentenceSentiment> sentences) {
        int predict(CombinationRule rule) {
            if (sentences == null || sentences.isEmpty()) {
                return 0;
            }
            return rule.combine(sentences).sentimentClass().polarity();
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SentimentEvaluation()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        List<Tweet> tweets = read(file);
        Collections.shuffle(tweets, new Random(seed));
        if (limit > 0 && tweets.size() > limit) {
            tweets = new ArrayList<>(tweets.subList(0, limit));
        }
        List<Tweet> tuning = tweets.subList(0, tweets.size() / 2);
        List<Tweet> heldOut = tweets.subList(tweets.size() / 2, tweets.size());
        System.out.printf(Locale.ROOT, "%s: %d unique tweets (seed %d): %d to tune, %d held out%n",
                file, tweets.size(), seed, tuning.size(), heldOut.size());

        long loadStart = System.nanoTime();
        SentenceScorer.warmUp();
        System.out.printf(Locale.ROOT, "shift-reduce pipeline loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
        System.out.printf(Locale.ROOT, "rule shipped (CombinationRule.DEFAULT): %s%n", CombinationRule.DEFAULT);
        List<Tweet> shuffled = new ArrayList<>(heldOut);
        Collections.shuffle(shuffled, new Random(seed + 1));
        List<Tweet> sampled = shuffled.subList(0, Math.min(sample, shuffled.size()));
        List<Tweet> rest = shuffled.subList(sampled.size(), shuffled.size());
        SpeedRace race = new SpeedRace();
        if (!only.equals("held")) {
            race.run(sampled, chunk);
            race.print(sampled.size(), chunk);
        }
        if (only.equals("race")) {
            return 0;
        }
        List<Scored> heldScored = new ArrayList<>(race.projectResults);
        List<Tweet> remaining = only.equals("held") ? shuffled : rest;
        remaining.stream().map(SentimentEvaluation::scoreWithProject).forEach(heldScored::add);
        System.out.println();
        System.out.println("== held-out half, all tweets ==");
        System.out.print(scores(heldScored, CombinationRule.DEFAULT).report("(b) project scorer, shipped rule"));
        List<Scored> tuned = tuning.stream().map(SentimentEvaluation::scoreWithProject).toList();
        CombinationRule best = search(tuned);
        System.out.printf(Locale.ROOT, "rule chosen on the tuning half in this run: %s (macro-F1 there %.3f)%n", best, macroF1(tuned, best));
        System.out.print(scores(heldScored, best).report("(b) project scorer, rule chosen in this run"));
        if (dump != null) {
            writeDump(dump, tuned, heldScored);
        }
        return 0;
    }

    static Scored scoreWithProject(Tweet tweet) {
        String cleaned = MessageCleaner.clean(tweet.text()).text();
        if (cleaned.isEmpty() || !Languages.ENGLISH.equals(Languages.detect(cleaned))) {
            return new Scored(tweet, null);
        }
        return new Scored(tweet, SentenceScorer.score(cleaned, SentenceScorer.Caps.DEFAULT).sentences());
    }

    /**
     * Grid search: sentence weight by length^0, ^0.5 or ^1; extra weight 0..3 on the most
     * negative sentence; phrase weight 0..1; both thresholds on a 0.02 grid. Ties keep the first (simplest) rule.
     */
    static CombinationRule search(List<Scored> tuned) {
        CombinationRule best = null;
        double bestF1 = -1;
        for (double exponent : new double[] {0, 0.5, 1}) {
            for (double extra : new double[] {0, 0.5, 1, 2, 3}) {
              for (double phrase : new double[] {0, 0.25, 0.5, 0.75, 1}) {
                CombinationRule rule = new CombinationRule(exponent, extra, phrase, 0, 0);
                double[] score = new double[tuned.size()];
                for (int i = 0; i < score.length; i++) {
                    List<SentenceSentiment> s = tuned.get(i).sentences();
                    score[i] = s == null || s.isEmpty() ? Double.NaN : rule.combine(s).score();
                }
                for (int n = -60; n <= 40; n += 2) {
                    for (int p = n; p <= 60; p += 2) {
                        double f1 = macroF1(tuned, score, n / 100.0, p / 100.0);
                        if (f1 > bestF1 + 1e-12) {
                            bestF1 = f1;
                            best = rule.withThresholds(n / 100.0, p / 100.0);
                        }
                    }
                }
              }
            }
        }
        return best;
    }

    private static double macroF1(List<Scored> tweets, double[] score, double negativeBelow, double positiveAbove) {
        ThreeClassScores scores = new ThreeClassScores();
        for (int i = 0; i < score.length; i++) {
            double s = score[i];
            int predicted = Double.isNaN(s) ? 0 : s < negativeBelow ? -1 : s > positiveAbove ? 1 : 0;
            scores.add(tweets.get(i).tweet().label(), predicted);
        }
        return scores.macroF1();
    }

    private static double macroF1(List<Scored> tweets, CombinationRule rule) {
        return scores(tweets, rule).macroF1();
    }

    private static ThreeClassScores scores(List<Scored> tweets, CombinationRule rule) {
        ThreeClassScores scores = new ThreeClassScores();
        tweets.forEach(t -> scores.add(t.tweet().label(), t.predict(rule)));
        return scores;
    }

    /** (a) and (b) on the same tweets, alternating chunks on this thread, timed in thread CPU. */
    static final class SpeedRace {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        final ThreeClassScores plainScores = new ThreeClassScores();
        final List<Scored> projectResults = new ArrayList<>();
        long plainSentences;
        long projectSentences;
        double plainCpu;
        double projectCpu;
        double plainWall;
        double projectWall;

        void run(List<Tweet> tweets, int chunk) {
            StanfordCoreNLP plain = plainPipeline();
            // Warm both (JIT, lazy model parts) on a few tweets before timing.
            tweets.stream().limit(10).forEach(t -> {
                plain.annotate(new Annotation(t.text()));
                scoreWithProject(t);
            });
            for (int from = 0; from < tweets.size(); from += chunk) {
                List<Tweet> part = tweets.subList(from, Math.min(tweets.size(), from + chunk));
                long cpu = THREADS.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                for (Tweet t : part) {
                    Annotation doc = new Annotation(t.text());
                    plain.annotate(doc);
                    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
                    plainSentences += sentences.size();
                    plainScores.add(t.label(), majority(sentences));
                }
                plainCpu += (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
                plainWall += (System.nanoTime() - wall) / 1e9;
                cpu = THREADS.getCurrentThreadCpuTime();
                wall = System.nanoTime();
                for (Tweet t : part) {
                    Scored scored = scoreWithProject(t);
                    projectSentences += scored.sentences() == null ? 0 : scored.sentences().size();
                    projectResults.add(scored);
                }
                projectCpu += (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
                projectWall += (System.nanoTime() - wall) / 1e9;
                System.out.printf(Locale.ROOT, "  race so far: %d tweets, (a) macro-F1 %.3f, (b) macro-F1 %.3f, (a) %.1f / (b) %.1f sentences per CPU s%n",
                        from + part.size(), plainScores.macroF1(), scores(projectResults, CombinationRule.DEFAULT).macroF1(),
                        plainSentences / plainCpu, projectSentences / projectCpu);
                System.out.flush();
            }
        }

        void print(int tweets, int chunk) {
            System.out.println();
            System.out.println("== held-out sample, same tweets for both ==");
            System.out.print(plainScores.report("(a) plain CoreNLP (PCFG, majority of sentence labels)"));
            System.out.print(scores(projectResults, CombinationRule.DEFAULT).report("(b) project scorer, shipped rule"));
            System.out.printf(Locale.ROOT, "speed (one thread, same %d tweets, alternating chunks of %d):%n", tweets, chunk);
            System.out.printf(Locale.ROOT, "  (a) plain CoreNLP: %d sentences, %.1f CPU s, %.1f sentences/s per core (wall %.1f s)%n",
                    plainSentences, plainCpu, plainSentences / plainCpu, plainWall);
            System.out.printf(Locale.ROOT, "  (b) project:       %d sentences, %.1f CPU s, %.1f sentences/s per core (wall %.1f s)%n",
                    projectSentences, projectCpu, projectSentences / projectCpu, projectWall);
            System.out.printf(Locale.ROOT, "  ratio (b)/(a): %.1fx sentences/s per core, %.1fx tweets/s per core%n",
                    (projectSentences / projectCpu) / (plainSentences / plainCpu), plainCpu / projectCpu);
        }

        private static StanfordCoreNLP plainPipeline() {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,parse,sentiment");
            return new StanfordCoreNLP(props);
        }
    }

    /**
     * One label per tweet from CoreNLP's per-sentence labels, as a user of its command line would
     * take it: the three-class polarity most sentences have; a tie goes to the polarity of the
     * longest tied sentence (the first of equal length). No sentence: neutral.
     */
    static int majority(List<CoreMap> sentences) {
        Map<Integer, Integer> votes = new HashMap<>();
        Map<Integer, Integer> longest = new HashMap<>();
        for (CoreMap sentence : sentences) {
            int polarity = polarityOf(sentence.get(SentimentCoreAnnotations.SentimentClass.class));
            votes.merge(polarity, 1, Integer::sum);
            longest.merge(polarity, sentence.get(CoreAnnotations.TokensAnnotation.class).size(), Math::max);
        }
        return majority(votes, longest);
    }

    /** The majority rule on vote counts and the longest sentence per polarity (pure, for tests). */
    static int majority(Map<Integer, Integer> votes, Map<Integer, Integer> longest) {
        int best = 0;
        int bestVotes = -1;
        int bestLength = -1;
        for (int polarity : new int[] {-1, 0, 1}) {
            int v = votes.getOrDefault(polarity, 0);
            int length = longest.getOrDefault(polarity, 0);
            if (v > bestVotes || v == bestVotes && v > 0 && length > bestLength) {
                best = polarity;
                bestVotes = v;
                bestLength = length;
            }
        }
        return bestVotes <= 0 ? 0 : best;
    }

    static int polarityOf(String label) {
        String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
        return l.contains("negative") ? -1 : l.contains("positive") ? 1 : 0;
    }

    static List<Tweet> read(Path file) {
        Map<String, Tweet> unique = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                String label = row.get("airline_sentiment");
                int polarity = switch (label) {
                    case "negative" -> -1;
                    case "neutral" -> 0;
                    case "positive" -> 1;
                    default -> throw new IllegalArgumentException("row " + row.getRecordNumber() + ": label " + label);
                };
                unique.putIfAbsent(row.get("tweet_id"), new Tweet(row.get("tweet_id"), polarity, row.get("text")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new ArrayList<>(unique.values());
    }

    private static void writeDump(Path path, List<Scored> tuned, List<Scored> heldOut) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("tweet_id\tlabel\thalf\tsentence\ttokens\tp0\tp1\tp2\tp3\tp4\tmin_phrase\tmax_phrase");
        for (var half : List.of(Map.entry("tune", tuned), Map.entry("held", heldOut))) {
            for (Scored s : half.getValue()) {
                List<SentenceSentiment> sentences = s.sentences() == null ? List.of() : s.sentences();
                if (sentences.isEmpty()) {
                    lines.add(String.join("\t", s.tweet().id(), "" + s.tweet().label(), half.getKey(), "-1", "0", "", "", "", "", ""));
                }
                for (int i = 0; i < sentences.size(); i++) {
                    double[] p = sentences.get(i).probabilities();
                    lines.add(String.format(Locale.ROOT, "%s\t%d\t%s\t%d\t%d\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f", s.tweet().id(),
                            s.tweet().label(), half.getKey(), i, sentences.get(i).tokens(), p[0], p[1], p[2], p[3], p[4],
                            sentences.get(i).minPhrase(), sentences.get(i).maxPhrase()));
                }
            }
        }
        Files.write(path, lines, StandardCharsets.UTF_8);
    }
}
