package ticketinsights.issues;

import static org.apache.spark.sql.functions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.feature.Word2Vec;
import org.apache.spark.ml.feature.Word2VecModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Statement vectors: TF-IDF over terms (CountVectorizer + IDF, L2-normalised) joined with a
 * Word2Vec sentence vector trained on the corpus itself, averaged with SIF weights
 * (a / (a + p(word)), Arora et al. 2017: frequent words weigh less), also L2-normalised. The
 * two parts are concatenated with weight {@code w2vWeight} on the second and normalised again,
 * so cosine similarity of two statements is a blend of word overlap and meaning similarity.
 * When the statements carry a {@link StatementEmbeddings#EMBEDDING} (English ones), it is
 * appended with {@code sentenceShare} of the weight, the term part keeping the rest; such rows
 * are in the {@link #SENTENCE_SPACE}, the others in the {@link #TERM_SPACE} ({@link #SPACE}):
 * similarities in the two spaces are on different scales, so each is clustered on its own.
 *
 * <p>Reproducible: the models are fitted on the statements' terms gathered into one partition
 * sorted by a unique key (Word2Vec's text into one partition in an order given by the texts
 * alone). MLlib's fits add up partial results in the order tasks finish and rows reach them in
 * the order shuffle blocks arrive, so on several partitions the vocabulary order (ties),
 * Word2Vec's training order and k-means' sums change from run to run and between a local and a
 * cluster run; on one partition in a fixed order every fit sees the same rows in the same order
 * and adds in one fixed order. The fitted models are then applied row by row to the statements
 * in their own partitions: a row's vector depends only on the row and the models, so the vectors
 * are reproducible without holding them all in one partition (at 4M messages, 829,334 vectors in
 * one partition ran the issues stage out of heap). README, "Recurring issues".
 */
public final class StatementVectors {
    public static final String TERMS = "terms";
    public static final String TFIDF = "tfidf";
    public static final String FEATURES = "features";
    /** Which vector space a statement's features live in: {@link #SENTENCE_SPACE} or {@link #TERM_SPACE}. */
    public static final String SPACE = "space";
    public static final String SENTENCE_SPACE = "sentence";
    public static final String TERM_SPACE = "terms";

    /**
     * @param minDf      terms in fewer statements are ignored (typos, ids)
     * @param w2vSize    Word2Vec dimensions; 0 turns Word2Vec off (TF-IDF only)
     * @param w2vIter    Word2Vec epochs; short-text corpora are small, so several passes matter
     * @param w2vWeight  weight of the Word2Vec part against the TF-IDF part
     * @param sentenceShare share of the sentence embedding in the vector, in [0, 1]: 0 leaves
     *                   embeddings out, 1 uses them alone (the term part gets 1 − share)
     */
    public record Settings(int minDf, int w2vSize, int w2vIter, double w2vWeight, double sentenceShare, long seed)
            implements java.io.Serializable {
        public static Settings defaults() {
            return new Settings(2, 100, 15, 1.0, 0.85, 7L);
        }
    }

    private static final double SIF_A = 1e-3;

    /**
     * {@code docs} with {@link #TERMS} gains {@link #TFIDF}, {@link #FEATURES} and {@link #SPACE}
     * (and loses {@link StatementEmbeddings#EMBEDDING}, which is in the features now);
     * statements without any known term get a null vector. {@code keyCol} must be unique: it
     * orders the rows the models are fitted on. The result keeps {@code docs}' partitions.
     */
    public static Dataset<Row> vectorize(Dataset<Row> docs, String keyCol, Settings settings) {
        return vectorize(docs, keyCol, Optional.empty(), settings);
    }

    /**
     * As above, with Word2Vec (and the SIF word frequencies) trained on the statements plus
     * {@code moreText}, further unlabelled statements of the same domain (a {@link #TERMS}
     * column), for when the statements are too few for Word2Vec to learn word meanings (on
     * BANKING77 it barely changed the clusters, README). TF-IDF stays on the statements.
     */
    public static Dataset<Row> vectorize(Dataset<Row> docs, String keyCol, Optional<Dataset<Row>> moreText,
                                         Settings settings) {
        Dataset<Row> ordered = inKeyOrder(docs.select(col(keyCol), col(TERMS)), keyCol).cache();
        try {
            CountVectorizerModel counts = new CountVectorizer().setInputCol(TERMS).setOutputCol("tf")
                    .setMinDF(settings.minDf()).setVocabSize(1 << 17).fit(ordered);
            IDFModel idf = new IDF().setInputCol("tf").setOutputCol("tfidf_raw").fit(counts.transform(ordered));
            Dataset<Row> normalised = new Normalizer().setInputCol("tfidf_raw").setOutputCol(TFIDF).setP(2.0)
                    .transform(idf.transform(counts.transform(docs))).drop("tf", "tfidf_raw");
            int termSize = counts.vocabulary().length + Math.max(0, settings.w2vSize());
            if (settings.w2vSize() <= 0) {
                return withSentences(normalised.withColumn(FEATURES, nonZero().apply(col(TFIDF))), termSize, settings);
            }
            Map<String, double[]> weighted = sifWeightedWordVectors(wordCorpus(ordered, moreText), settings);
            Broadcast<Map<String, double[]>> words = JavaSparkContext.fromSparkContext(docs.sparkSession().sparkContext())
                    .broadcast(weighted);
            UserDefinedFunction average = udf((UDF1<Seq<String>, Vector>) terms -> sifAverage(terms, words.value(), settings.w2vSize()),
                    SQLDataTypes.VectorType());
            UserDefinedFunction join = udf((UDF2<Vector, Vector, Vector>) (a, b) -> concat(a, b, settings.w2vWeight()),
                    SQLDataTypes.VectorType());
            return withSentences(normalised.withColumn("w2v", average.apply(col(TERMS)))
                    .withColumn(FEATURES, join.apply(col(TFIDF), col("w2v")))
                    .drop("w2v"), termSize, settings);
        } finally {
            ordered.unpersist(false);
        }
    }

    /** Word2Vec trained on {@code text} (in its fixed order), each word's vector times its SIF weight. */
    private static Map<String, double[]> sifWeightedWordVectors(Dataset<Row> text, Settings settings) {
        Dataset<Row> cached = text.cache();
        try {
            Word2VecModel w2v = new Word2Vec().setInputCol(TERMS).setOutputCol("w2v_plain")
                    .setVectorSize(settings.w2vSize()).setMinCount(settings.minDf()).setMaxIter(settings.w2vIter())
                    .setWindowSize(5).setSeed(settings.seed()).setNumPartitions(1).setStepSize(0.025).fit(cached);
            return sifWeightedVectors(cached, w2v);
        } finally {
            cached.unpersist(false);
        }
    }

    /**
     * Appends the sentence embedding to the term features where there is one (zeros elsewhere,
     * so every vector has one size), adds {@link #SPACE} and drops the embedding column, which
     * would otherwise be held a second time wherever the vectors are cached. Without an embedding
     * column, or with {@code sentenceShare} 0, every row is in the term space and the features
     * are kept.
     * {@code termSize}: the size of the term features (vocabulary + Word2Vec dimensions).
     */
    static Dataset<Row> withSentences(Dataset<Row> vectors, int termSize, Settings settings) {
        boolean embedded = List.of(vectors.columns()).contains(StatementEmbeddings.EMBEDDING);
        if (!embedded || settings.sentenceShare() <= 0) {
            return vectors.drop(StatementEmbeddings.EMBEDDING).withColumn(SPACE, lit(TERM_SPACE));
        }
        double share = Math.min(1.0, settings.sentenceShare());
        UserDefinedFunction join = udf((UDF2<Vector, Vector, Vector>) (terms, sentence) ->
                withSentence(terms, sentence, termSize, share), SQLDataTypes.VectorType());
        return vectors.withColumn(SPACE, when(col(StatementEmbeddings.EMBEDDING).isNull(), lit(TERM_SPACE))
                        .otherwise(lit(SENTENCE_SPACE)))
                .withColumn(FEATURES, join.apply(col(FEATURES), col(StatementEmbeddings.EMBEDDING)))
                .drop(StatementEmbeddings.EMBEDDING);
    }

    /** [(1 − share)·terms, share·sentence], unit length; terms alone (zero-padded) without a sentence. */
    static Vector withSentence(Vector terms, Vector sentence, int termSize, double share) {
        if (sentence == null) {
            return terms == null ? null : concat(terms, Vectors.zeros(StatementEmbeddings.DIMENSIONS), 0.0);
        }
        Vector termPart = terms == null || share >= 1.0 ? Vectors.sparse(termSize, new int[0], new double[0]) : terms;
        return concat(termPart, sentence, share >= 1.0 ? 1.0 : share / (1.0 - share));
    }

    /** One partition, rows sorted by {@code keyCol}: the same rows in the same order on every run and every master. */
    static Dataset<Row> inKeyOrder(Dataset<Row> docs, String keyCol) {
        return docs.repartition(1).sortWithinPartitions(keyCol);
    }

    /**
     * The text Word2Vec learns from, in one partition in an order that depends only on the
     * texts (hash of the terms, then the terms: pseudo-random, so similar statements are not
     * trained one after another, and equal statements are interchangeable).
     */
    static Dataset<Row> wordCorpus(Dataset<Row> docs, Optional<Dataset<Row>> moreText) {
        Dataset<Row> terms = docs.select(TERMS);
        if (moreText.isPresent()) {
            terms = terms.unionByName(moreText.get().select(TERMS));
        }
        return terms.repartition(1).sortWithinPartitions(xxhash64(col(TERMS)), col(TERMS));
    }

    private static Map<String, double[]> sifWeightedVectors(Dataset<Row> docs, Word2VecModel w2v) {
        List<Row> frequencies = docs.select(explode(col(TERMS)).as("t")).groupBy("t").count().collectAsList();
        double total = frequencies.stream().mapToLong(r -> r.getLong(1)).sum();
        Map<String, Long> count = new HashMap<>();
        frequencies.forEach(r -> count.put(r.getString(0), r.getLong(1)));
        Map<String, double[]> weighted = new HashMap<>();
        for (Row row : w2v.getVectors().collectAsList()) {
            String word = row.getString(0);
            double p = count.getOrDefault(word, 0L) / total;
            double weight = SIF_A / (SIF_A + p);
            double[] v = ((Vector) row.get(1)).toArray();
            for (int i = 0; i < v.length; i++) {
                v[i] *= weight;
            }
            weighted.put(word, v);
        }
        return weighted;
    }

    static Vector sifAverage(Seq<String> terms, Map<String, double[]> words, int size) {
        double[] sum = new double[size];
        for (String term : CollectionConverters.asJava(terms)) {
            double[] v = words.get(term);
            if (v != null) {
                for (int i = 0; i < size; i++) {
                    sum[i] += v[i];
                }
            }
        }
        return Vectors.dense(normalised(sum));
    }

    static Vector concat(Vector tfidf, Vector w2v, double weight) {
        double[] dense = w2v.toArray();
        boolean anyTfidf = tfidf.numNonzeros() > 0;
        boolean anyW2v = Vectors.norm(w2v, 2) > 0;
        if (!anyTfidf && !anyW2v) {
            return null;
        }
        int n = tfidf.size();
        var sparse = tfidf.toSparse();
        int[] indices = new int[sparse.indices().length + dense.length];
        double[] values = new double[indices.length];
        System.arraycopy(sparse.indices(), 0, indices, 0, sparse.indices().length);
        System.arraycopy(sparse.values(), 0, values, 0, sparse.values().length);
        for (int i = 0; i < dense.length; i++) {
            indices[sparse.indices().length + i] = n + i;
            values[sparse.indices().length + i] = dense[i] * weight;
        }
        double[] unit = normalised(values);
        return Vectors.sparse(n + dense.length, indices, unit).compressed();
    }

    private static UserDefinedFunction nonZero() {
        return udf((UDF1<Vector, Vector>) v -> v.numNonzeros() > 0 ? v : null, SQLDataTypes.VectorType());
    }

    static double[] normalised(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
        return v;
    }

    private StatementVectors() {
    }
}
