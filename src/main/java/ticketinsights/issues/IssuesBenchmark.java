package ticketinsights.issues;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import ticketinsights.jobs.Sparks;

/**
 * Clustering speed: N generated problem statements (BANKING77 queries, train and test, drawn
 * at random and perturbed by dropping words, so statements repeat only as often as real ones
 * do), run through the issues method (terms, sentence embeddings, vectors, automatic-k clustering). Prints wall time
 * per step, statements per second and the process's peak resident memory. Usage:
 * {@code jobs/benchmark-issues [N] [banking77 dir]} (N default 10000).
 */
public final class IssuesBenchmark {

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000;
        String dir = args.length > 1 ? args[1] : "../shared/data/banking77";
        SparkSession spark = Sparks.session("issues-benchmark", System.getProperty("spark.master", "local[*]"));
        try {
            long start = System.nanoTime();
            Dataset<Row> source = spark.read().option("header", true).option("multiLine", true).option("escape", "\"")
                    .csv(dir + "/train.csv", dir + "/test.csv").select("text").filter(col("text").isNotNull()).cache();
            long sourceRows = source.count();
            var perturb = udf((UDF2<String, Long, String>) IssuesBenchmark::perturb, DataTypes.StringType);
            Dataset<Row> statements = spark.range(n).withColumn("pick", pmod(xxhash64(col("id")), lit(sourceRows)))
                    .join(broadcast(source.withColumn("pick", monotonically_increasing_id())
                            .withColumn("pick", row_number().over(org.apache.spark.sql.expressions.Window.orderBy("pick")).minus(1))),
                            "pick")
                    .select(col("id").cast("string").as("id"), perturb.apply(col("text"), col("id")).as("statement"));
            Dataset<Row> terms = ProblemStatements.withEmbeddings(ProblemStatements.withTerms(statements)).cache();
            terms.count();
            double termSeconds = seconds(start);
            Dataset<Row> vectors = StatementVectors.vectorize(terms, "id", IssuesSettings.vectors()).cache();
            Dataset<Row> usable = vectors.filter(col(StatementVectors.FEATURES).isNotNull());
            usable.count();
            double vectorSeconds = seconds(start) - termSeconds;
            AutoKClustering.Result result = AutoKClustering.clusterEachSpace(usable, "id", StatementVectors.FEATURES,
                    StatementVectors.SPACE, IssuesSettings.clusteringBySpace());
            result.assigned().count();
            double total = seconds(start);
            System.out.printf(Locale.ROOT, "issues benchmark: %d statements, k %d (proposed %d); terms + embeddings %.1f s, vectors %.1f s, "
                            + "clustering %.1f s, total %.1f s, %.0f statements/s, peak RSS %s, %d cores%n",
                    n, result.chosenK(), result.proposedK(), termSeconds, vectorSeconds, total - termSeconds - vectorSeconds,
                    total, n / total, peakResidentMemory(), Runtime.getRuntime().availableProcessors());
        } finally {
            spark.stop();
        }
    }

    /** Drops each word with probability 1/6 (seeded by the row id), so copies of one query differ. */
    static String perturb(String text, Long seed) {
        java.util.Random random = new java.util.Random(seed);
        String[] words = text.split(" ");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (words.length < 4 || random.nextInt(6) != 0) {
                out.append(w).append(' ');
            }
        }
        return out.toString().strip();
    }

    /**
     * Linux's high-water mark of the process's resident memory: heap, Spark's off-heap pages and
     * ONNX Runtime's native buffers together. Summing each heap pool's own peak overstated it
     * (the pools peak at different times: 12.7 GB reported under -Xmx8g).
     */
    private static String peakResidentMemory() {
        try (var lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("VmHWM:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB").orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private IssuesBenchmark() {
    }
}
