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
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ticketinsights.jobs.Sparks;
import ticketinsights.text.Languages;
import ticketinsights.text.MessageCleaner;

/**
 * {@code jobs/evaluate-sentiment}: accuracy, macro-F1, confusion matrices and speed of
 * (a) CoreNLP's plain default pipeline and (b) this project's scorer on people-labelled airline
 * tweets, in one run; it also trains the learned combination ({@link LearnedCombination}).
 *
 * <p>Unique tweets (the file repeats some tweet ids; the first row wins) are shuffled with a fixed
 * seed and split in two halves. The combination is trained on the tuning half only (its L2
 * strength, class weighting and decision offsets by cross-validation inside that half) and every figure is
 * reported on the held-out half. (a) is slow (PCFG parser), so (a) and (b) are compared on a
 * seeded sample of the held-out half, processed in alternating chunks on one thread so that the
 * machine's load hits both alike; speed is CPU time of that thread. The project's sentence
 * sentiment of every tweet is cached in {@code --features} (tweet ids and numbers only), so
 * training again does not parse again.
 */
@Command(name = "evaluate-sentiment", mixinStandardHelpOptions = true)
public final class SentimentEvaluation implements Callable<Integer> {
    @Option(names = "--file", description = "Labelled tweets (airline layout). Default: ${DEFAULT-VALUE}.")
    Path file = Path.of("..", "shared", "data", "airline-sentiment", "tweets_dev.csv");
    @Option(names = "--seed", description = "Shuffle, sample and fold seed. Default: ${DEFAULT-VALUE}.")
    long seed = 20150224L;
    @Option(names = "--limit", description = "Use only this many unique tweets (0 = all). Default: ${DEFAULT-VALUE}.")
    int limit = 0;
    @Option(names = "--sample", description = "Held-out tweets on which plain CoreNLP runs. Default: ${DEFAULT-VALUE}.")
    int sample = 600;
    @Option(names = "--chunk", description = "Tweets per alternating speed chunk. Default: ${DEFAULT-VALUE}.")
    int chunk = 50;
    @Option(names = "--only", description = "Run only part: race (plain vs project on the sample), held (project on the held-out half, and training), or all. Default: ${DEFAULT-VALUE}.")
    String only = "all";
    @Option(names = "--features", description = "Cache of the project's sentence sentiment per tweet (ids and numbers only). Default: ${DEFAULT-VALUE}.")
    Path features = Path.of("target", "sentiment-dev-features.tsv");
    @Option(names = "--folds", description = "Cross-validation folds inside the tuning half. Default: ${DEFAULT-VALUE}.")
    int folds = 5;
    @Option(names = "--write-model", description = "Write the combination trained in this run here (the shipped one is src/main/resources"
            + LearnedCombination.RESOURCE + ").")
    Path writeModel;

    /** One labelled tweet: id, people's polarity, raw text. */
    record Tweet(String id, int label, String text) {
    }

    /** What the project's scorer made of a tweet: null sentences when not scored. */
    record Scored(Tweet tweet, List<SentenceSentiment> sentences) {
        int predict(Combination combination) {
            if (sentences == null || sentences.isEmpty()) {
                return 0;
            }
            return combination.combine(sentences).sentimentClass().polarity();
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
        if (!only.equals("held")) {
            List<Tweet> shuffled = new ArrayList<>(heldOut);
            Collections.shuffle(shuffled, new Random(seed + 1));
            List<Tweet> sampled = shuffled.subList(0, Math.min(sample, shuffled.size()));
            long loadStart = System.nanoTime();
            SentenceScorer.warmUp();
            System.out.printf(Locale.ROOT, "shift-reduce pipeline loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
            SpeedRace race = new SpeedRace();
            race.run(sampled, chunk);
            race.print(sampled.size(), chunk);
        }
        if (only.equals("race")) {
            return 0;
        }
        Map<String, List<SentenceSentiment>> cached = sentencesOf(tweets);
        List<Scored> tuned = tuning.stream().map(t -> new Scored(t, cached.get(t.id()))).toList();
        List<Scored> held = heldOut.stream().map(t -> new Scored(t, cached.get(t.id()))).toList();
        System.out.println();
        System.out.println("== held-out half, all tweets ==");
        System.out.print(sentenceLabelMajority(held).report("CoreNLP sentence labels (shift-reduce parse), majority"));
        System.out.print(scores(held, CombinationRule.DEFAULT).report("(b) project scorer, hand rule " + CombinationRule.DEFAULT));
        try {
            System.out.print(scores(held, LearnedCombination.shipped()).report("(b) project scorer, shipped learned combination"));
        } catch (IllegalArgumentException stale) {
            // The features changed since the shipped model was trained: this run trains the one to ship.
            System.out.println("shipped learned combination not reported: it was trained on other features than MessageFeatures.NAMES");
        }
        train(tuned, held);
        return 0;
    }

    /** Cross-validates on the tuning half, fits the best choice on all of it, reports it on the held-out half. */
    private void train(List<Scored> tuned, List<Scored> held) throws IOException {
        List<CombinationTraining.Example> examples = tuned.stream()
                .filter(s -> s.sentences() != null && !s.sentences().isEmpty())
                .map(s -> new CombinationTraining.Example(s.tweet().label(), MessageFeatures.of(s.sentences()))).toList();
        SparkSession spark = Sparks.session("sentiment-evaluation", "local[1]");
        try {
            CombinationTraining training = new CombinationTraining(spark);
            List<CombinationTraining.Candidate> ranked = training.crossValidate(examples, folds, seed);
            System.out.printf(Locale.ROOT, "%n== learned combination: %d-fold cross-validation on the %d scored tuning tweets ==%n",
                    folds, examples.size());
            ranked.forEach(c -> System.out.println("  " + c));
            CombinationTraining.Candidate best = ranked.get(0);
            String description = String.format(Locale.ROOT, "Multinomial logistic regression (Spark MLlib) over MessageFeatures, "
                    + "trained by jobs/evaluate-sentiment%s%n"
                    + "on the tuning half (%d scored tweets, seed %d) of %s;%n"
                    + "chosen by %d-fold cross-validation: %s.",
                    limit > 0 ? " --limit " + limit : "", examples.size(), seed, file.getFileName(), folds, best);
            LearnedCombination plain = training.fit(examples, best.regParam(), best.balanced(), description);
            System.out.print(scores(held, plain).report("(b) project scorer, combination learned in this run, without its offsets"));
            LearnedCombination learned = CombinationTraining.withOffsets(plain, best.offsets());
            System.out.print(scores(held, learned).report("(b) project scorer, combination learned in this run (" + best + ")"));
            if (writeModel != null) {
                Files.writeString(writeModel, learned.toText(), StandardCharsets.UTF_8);
                System.out.println("wrote " + writeModel);
            }
        } finally {
            spark.stop();
        }
    }

    static Scored scoreWithProject(Tweet tweet) {
        String cleaned = MessageCleaner.clean(tweet.text()).text();
        if (cleaned.isEmpty() || !Languages.ENGLISH.equals(Languages.detect(cleaned))) {
            return new Scored(tweet, null);
        }
        return new Scored(tweet, SentenceScorer.score(cleaned, SentenceScorer.Caps.DEFAULT).sentences());
    }

    private static ThreeClassScores scores(List<Scored> tweets, Combination combination) {
        ThreeClassScores scores = new ThreeClassScores();
        tweets.forEach(t -> scores.add(t.tweet().label(), t.predict(combination)));
        return scores;
    }

    /** CoreNLP's own reading of the same parse: the majority of its sentence labels ({@link #majority(Map, Map)}). */
    private static ThreeClassScores sentenceLabelMajority(List<Scored> tweets) {
        ThreeClassScores scores = new ThreeClassScores();
        for (Scored t : tweets) {
            Map<Integer, Integer> votes = new HashMap<>();
            Map<Integer, Integer> longest = new HashMap<>();
            for (SentenceSentiment s : t.sentences() == null ? List.<SentenceSentiment>of() : t.sentences()) {
                votes.merge(s.argmax().polarity(), 1, Integer::sum);
                longest.merge(s.argmax().polarity(), s.tokens(), Math::max);
            }
            scores.add(t.tweet().label(), majority(votes, longest));
        }
        return scores;
    }

    private static final String CACHE_HEADER = "# SentenceScorer sentences per tweet, caps " + SentenceScorer.Caps.DEFAULT
            + ": tweet_id, sentence (-1: not scored), tokens, p0..p4, min_phrase, max_phrase, nodes0..4, strongest_negative, strongest_positive, words0..4, min_word, max_word, question_marks, exclamation_marks, "
            + "shouted_words, root vector";

    /**
     * The project's sentences of every tweet (null when not scored), from {@link #features} when
     * it holds them; tweets missing there are scored now and the cache is rewritten.
     */
    private Map<String, List<SentenceSentiment>> sentencesOf(List<Tweet> tweets) throws IOException {
        Map<String, List<SentenceSentiment>> cache = new LinkedHashMap<>();
        List<String> lines = Files.exists(features) ? Files.readAllLines(features, StandardCharsets.UTF_8) : List.of();
        if (!lines.isEmpty() && lines.get(0).equals(CACHE_HEADER)) {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                if (f[1].equals("-1")) {
                    cache.put(f[0], null);
                    continue;
                }
                double[] v = Arrays.stream(f, 2, f.length).mapToDouble(Double::parseDouble).toArray();
                int[] nodes = Arrays.stream(v, 8, 13).mapToInt(d -> (int) d).toArray();
                int[] words = Arrays.stream(v, 15, 20).mapToInt(d -> (int) d).toArray();
                cache.computeIfAbsent(f[0], id -> new ArrayList<>()).add(new SentenceSentiment(Arrays.copyOfRange(v, 1, 6), (int) v[0],
                        v[6], v[7], nodes, v[13], v[14], Arrays.copyOfRange(v, 25, v.length), words, v[20], v[21],
                        new SentenceSentiment.Punctuation((int) v[22], (int) v[23], (int) v[24])));
            }
        }
        List<Tweet> missing = tweets.stream().filter(t -> !cache.containsKey(t.id())).toList();
        if (!missing.isEmpty()) {
            System.out.printf(Locale.ROOT, "scoring %d tweets not in %s…%n", missing.size(), features);
            missing.forEach(t -> cache.put(t.id(), scoreWithProject(t).sentences()));
            writeCache(cache);
        }
        return cache;
    }

    private void writeCache(Map<String, List<SentenceSentiment>> cache) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(CACHE_HEADER);
        cache.forEach((id, sentences) -> {
            if (sentences == null) {
                lines.add(id + "\t-1");
                return;
            }
            for (int i = 0; i < sentences.size(); i++) {
                SentenceSentiment s = sentences.get(i);
                StringBuilder line = new StringBuilder(id).append('\t').append(i).append('\t').append(s.tokens());
                Arrays.stream(s.probabilities()).forEach(p -> line.append('\t').append(p));
                line.append('\t').append(s.minPhrase()).append('\t').append(s.maxPhrase());
                Arrays.stream(s.nodeClasses()).forEach(n -> line.append('\t').append(n));
                line.append('\t').append(s.strongestNegative()).append('\t').append(s.strongestPositive());
                Arrays.stream(s.wordClasses()).forEach(n -> line.append('\t').append(n));
                line.append('\t').append(s.minWord()).append('\t').append(s.maxWord());
                SentenceSentiment.Punctuation marks = s.punctuation();
                line.append('\t').append(marks.questionMarks()).append('\t').append(marks.exclamationMarks())
                        .append('\t').append(marks.shoutedWords());
                Arrays.stream(s.rootVector()).forEach(x -> line.append('\t').append(x));
                lines.add(line.toString());
            }
        });
        Files.createDirectories(features.toAbsolutePath().getParent());
        Files.write(features, lines, StandardCharsets.UTF_8);
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
            StanfordCoreNLP plain = PlainCoreNlp.pipeline();
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
                        from + part.size(), plainScores.macroF1(), scores(projectResults, LearnedCombination.shipped()).macroF1(),
                        plainSentences / plainCpu, projectSentences / projectCpu);
                System.out.flush();
            }
        }

        void print(int tweets, int chunk) {
            System.out.println();
            System.out.println("== held-out sample, same tweets for both ==");
            System.out.print(plainScores.report("(a) plain CoreNLP (PCFG, majority of sentence labels)"));
            System.out.print(scores(projectResults, LearnedCombination.shipped()).report("(b) project scorer, shipped learned combination"));
            System.out.printf(Locale.ROOT, "speed (one thread, same %d tweets, alternating chunks of %d):%n", tweets, chunk);
            System.out.printf(Locale.ROOT, "  (a) plain CoreNLP: %d sentences, %.1f CPU s, %.1f sentences/s per core (wall %.1f s)%n",
                    plainSentences, plainCpu, plainSentences / plainCpu, plainWall);
            System.out.printf(Locale.ROOT, "  (b) project:       %d sentences, %.1f CPU s, %.1f sentences/s per core (wall %.1f s)%n",
                    projectSentences, projectCpu, projectSentences / projectCpu, projectWall);
            System.out.printf(Locale.ROOT, "  ratio (b)/(a): %.1fx sentences/s per core, %.1fx tweets/s per core%n",
                    (projectSentences / projectCpu) / (plainSentences / plainCpu), plainCpu / projectCpu);
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

}
