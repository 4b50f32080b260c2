package ticketinsights.issues;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.Tokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import ticketinsights.jobs.Sparks;

/**
 * The quality evaluation of issue 5: clusters BANKING77's test queries without their labels and
 * prints NMI, ARI, purity and the chosen k, next to the plain baseline (whitespace tokens,
 * TF-IDF, Euclidean k-means with the true k = 77) and the method without sentence embeddings
 * (terms only: TF-IDF + Word2Vec), all computed in the same run; then the precision
 * of the {@code feature_request} and {@code bug} kinds on the GitHub issues sample against the
 * issues' own labels. Given an unlabelled in-domain corpus (e.g. BANKING77's train split; only
 * its {@code text} column is read, its labels never), the method runs a second time with
 * Word2Vec learning from the test queries plus that corpus. Usage:
 * {@code jobs/evaluate-issues [banking77 test.csv] [github issues.json or ""] [unlabelled corpus csv]}.
 * Settings were tuned on train.csv, never on test.csv: {@code -Devaluate.sample=0.3} clusters a
 * random 30% of the given file (seed 11), a test-sized slice of train.csv.
 */
public final class IssuesEvaluation {
    private static final StructType BANKING = new StructType()
            .add("text", DataTypes.StringType).add("category", DataTypes.StringType);

    public static void main(String[] args) {
        String banking = args.length > 0 ? args[0] : "../shared/data/banking77/test.csv";
        String github = args.length > 1 ? args[1] : "../shared/data/github-issues-uniswap/issues.json";
        String corpus = args.length > 2 ? args[2] : "";
        SparkSession spark = Sparks.session("issues-evaluation", System.getProperty("spark.master", "local[*]"));
        try {
            double sample = Double.parseDouble(System.getProperty("evaluate.sample", "1"));
            Dataset<Row> queries = embeddedQueries(spark, banking, sample);
            System.out.printf(Locale.ROOT, "BANKING77 %s: %d queries, %d labels%n", banking, queries.count(),
                    queries.select("category").distinct().count());
            report("baseline TF-IDF + k-means (k=77)", baseline(queries));
            StatementVectors.Settings vectors = IssuesSettings.vectors();
            StatementVectors.Settings termsOnly = new StatementVectors.Settings(vectors.minDf(), vectors.w2vSize(),
                    vectors.w2vIter(), vectors.w2vWeight(), 0.0, vectors.seed());
            report("issues method, terms only", method(queries, Optional.empty(), termsOnly));
            report("issues method", method(queries, Optional.empty(), vectors));
            if (!corpus.isEmpty()) {
                Dataset<Row> texts = read(spark, corpus).select("text");
                System.out.printf(Locale.ROOT, "unlabelled corpus %s: %d texts (labels not read)%n", corpus, texts.count());
                report("issues method + unlabelled corpus", method(queries, Optional.of(texts), vectors));
            }
            if (!github.isEmpty()) {
                KindPrecision.print(github);
            }
        } finally {
            spark.stop();
        }
    }

    /** A method's clusters of the queries ({@code category}, {@code cluster}), its wall time and what it chose. */
    record Outcome(Dataset<Row> assigned, double seconds, String note) {
        ClusterAgreement agreement() {
            return ClusterAgreement.of(assigned.collectAsList().stream()
                    .map(r -> new ClusterAgreement.Pair(r.getString(0), String.valueOf(r.get(1)))).toList());
        }
    }

    /**
     * BANKING77 queries ({@code text}, {@code category}) with their sentence embeddings and an
     * {@code id}; cached. The id is the query's place in the file (a multi-line CSV file is read
     * as one partition), given before the embedding's join: numbered after it, the ids followed
     * the join's shuffle partitions, so the order the fits see rows in, and with it the clusters,
     * changed with the number of shuffle partitions.
     */
    static Dataset<Row> embeddedQueries(SparkSession spark, String csv, double sample) {
        Dataset<Row> read = read(spark, csv).withColumn("id", format_string("%08d", monotonically_increasing_id()));
        return StatementEmbeddings.withEmbeddings(sample < 1 ? read.sample(sample, 11L) : read, "text").cache();
    }

    static Outcome baseline(Dataset<Row> queries) {
        long start = System.nanoTime();
        Dataset<Row> tokens = new Tokenizer().setInputCol("text").setOutputCol("words").transform(queries);
        Dataset<Row> tf = new CountVectorizer().setInputCol("words").setOutputCol("tf").fit(tokens).transform(tokens);
        Dataset<Row> tfidf = new IDF().setInputCol("tf").setOutputCol("v").fit(tf).transform(tf);
        Dataset<Row> assigned = new KMeans().setK(77).setSeed(7L).setFeaturesCol("v").setPredictionCol("cluster")
                .fit(tfidf).transform(tfidf);
        return new Outcome(assigned.select("category", "cluster").cache(), seconds(start), "k=77 given");
    }

    private static Dataset<Row> read(SparkSession spark, String csv) {
        return spark.read().schema(BANKING).option("header", true).option("multiLine", true).option("escape", "\"").csv(csv);
    }

    static Outcome method(Dataset<Row> queries, Optional<Dataset<Row>> moreText,
                          StatementVectors.Settings vectorSettings) {
        long start = System.nanoTime();
        var termsOf = udf((UDF1<String, List<String>>) t -> StatementTokens.terms(StatementTokens.withoutPleasantries(t)),
                DataTypes.createArrayType(DataTypes.StringType));
        Dataset<Row> docs = queries.withColumn(StatementVectors.TERMS, termsOf.apply(col("text")));
        Map<String, AutoKClustering.Settings> clusterSettings = IssuesSettings.clusteringBySpace();
        Dataset<Row> vectors = StatementVectors.vectorize(docs, "id",
                moreText.map(t -> t.filter(col("text").isNotNull()).withColumn(StatementVectors.TERMS, termsOf.apply(col("text")))),
                vectorSettings);
        Dataset<Row> usable = vectors.filter(col(StatementVectors.FEATURES).isNotNull()).cache();
        AutoKClustering.Result result = AutoKClustering.clusterEachSpace(usable, "id", StatementVectors.FEATURES,
                StatementVectors.SPACE, clusterSettings);
        // Statements with no known term cannot be placed: they form one "other" cluster (-1).
        Dataset<Row> all = result.assigned().select("id", AutoKClustering.CLUSTER)
                .join(queries.select("id", "category"), "id", "right")
                .na().fill(-1, new String[] {AutoKClustering.CLUSTER});
        return new Outcome(all.select("category", "cluster").cache(), seconds(start),
                String.format(Locale.ROOT, "k chosen %d (proposed %d), %s, %s", result.chosenK(),
                        result.proposedK(), vectorSettings, new java.util.TreeMap<>(clusterSettings)));
    }

    private static void report(String name, Outcome outcome) {
        ClusterAgreement a = outcome.agreement();
        System.out.printf(Locale.ROOT, "%-34s NMI %.3f  ARI %.3f  purity %.3f  clusters %d  %.1f s  (%s)%n",
                name, a.nmi(), a.ari(), a.purity(), a.clusters(), outcome.seconds(), outcome.note());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private IssuesEvaluation() {
    }
}
