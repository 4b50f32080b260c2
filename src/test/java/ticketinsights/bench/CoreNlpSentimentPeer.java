package ticketinsights.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import ticketinsights.sentiment.PlainCoreNlp;
import ticketinsights.text.Languages;
import ticketinsights.text.MessageCleaner;

/**
 * The benchmark's peer for the sentiment stage: CoreNLP's plain default pipeline ({@link
 * PlainCoreNlp}) on a sample of the texts the stage scores (English messages, cleaned the same
 * way), so the stage's messages per second can be read as a ratio to CoreNLP used as it comes.
 * Plain CoreNLP is far too slow to run on the whole data set, hence the sample; the sample is the
 * messages with the smallest hashes of their id, the same on every run.
 *
 * <p>Usage: {@code CoreNlpSentimentPeer <canonical-csv-dir> [sample size]}; prints one line
 * {@code corenlp-plain-sentiment: messages N, sentences N, S CPU s, M messages/s per core}. The
 * time is this thread's CPU time for annotating, after building the pipeline and warming it on
 * ten messages: the best case for the peer.
 */
public final class CoreNlpSentimentPeer {
    private static final int DEFAULT_SAMPLE = 400;
    private static final int WARM_UP = 10;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int sampleSize = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_SAMPLE;
        List<String> texts = sample(dir, sampleSize + WARM_UP);
        StanfordCoreNLP plain = PlainCoreNlp.pipeline();
        texts.subList(0, Math.min(WARM_UP, texts.size())).forEach(t -> plain.annotate(new Annotation(t)));
        List<String> timed = texts.subList(Math.min(WARM_UP, texts.size()), texts.size());

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long sentences = 0;
        for (String text : timed) {
            Annotation doc = new Annotation(text);
            plain.annotate(doc);
            sentences += doc.get(CoreAnnotations.SentencesAnnotation.class).size();
        }
        double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "corenlp-plain-sentiment: messages %d, sentences %d, %.1f CPU s, %.2f messages/s per core%n",
                timed.size(), sentences, seconds, timed.size() / seconds);
    }

    /** The cleaned English texts of the {@code size} messages whose ids hash lowest. */
    private static List<String> sample(Path dir, int size) throws IOException {
        Comparator<String[]> byHash = Comparator.comparingInt((String[] idAndText) -> idAndText[0].hashCode())
                .thenComparing(idAndText -> idAndText[0]);
        PriorityQueue<String[]> lowest = new PriorityQueue<>(byHash.reversed());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "messages*.csv")) {
            for (Path file : files) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                        if (!record.isConsistent()) {
                            continue; // the generator's deliberately broken rows, quarantined by ingest
                        }
                        String[] candidate = {record.get("message_id"), record.get("body")};
                        if (lowest.size() < size || byHash.compare(candidate, lowest.peek()) < 0) {
                            String text = MessageCleaner.clean(candidate[1]).text();
                            if (!text.isBlank() && Languages.ENGLISH.equals(Languages.detect(text))) {
                                lowest.add(new String[] {candidate[0], text});
                                if (lowest.size() > size) {
                                    lowest.poll();
                                }
                            }
                        }
                    }
                }
            }
        }
        List<String[]> ordered = new ArrayList<>(lowest);
        ordered.sort(byHash);
        return ordered.stream().map(idAndText -> idAndText[1]).toList();
    }

    private CoreNlpSentimentPeer() {
    }
}
