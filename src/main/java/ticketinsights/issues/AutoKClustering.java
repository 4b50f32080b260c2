package ticketinsights.issues;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Cosine k-means whose k is found, not given: propose many small clusters with MLlib k-means
 * (cosine distance), merge proposed clusters whose centroids are more similar than
 * {@code mergeSimilarity} (centroid linkage, size-weighted), and run k-means again started from
 * the merged centroids. Starting again from a fresh k-means|| seeding with the merged k (the
 * earlier version) threw the merge's grouping away: a problem written in several wordings came
 * back split in two clusters, one per wording. Why not silhouette: on short texts most points sit almost
 * equally far from every centroid, and silhouette keeps rising with k up to any bound; the
 * centroid-similarity threshold is a property of the vector space (how alike two statements
 * of one issue are), so the k it gives follows the data.
 *
 * <p>The same on every run and every master: the statements to fit on are drawn by a hash of
 * their key (not by Spark's per-partition sampler, whose draw depends on how rows fall into
 * partitions) and gathered into one partition in key order, so k-means|| seeding and Lloyd's
 * sums see the same rows in the same order and add them in one order. Only that sample (at most
 * about {@link Settings#maxFitStatements()} rows) is held in one partition; every statement is
 * then assigned to its nearest centroid where it is, row by row.
 */
public final class AutoKClustering {
    public static final String CLUSTER = "cluster";
    public static final String DISTANCE = "distance";
    public static final String CONFIDENCE = "confidence";

    /**
     * @param kMin            fewest clusters
     * @param kMax            most clusters
     * @param statementsPerProposal one proposed cluster per this many statements (capped by 2·kMax)
     * @param maxFitStatements the centroids are found on a seeded random sample of at most about
     *                        this many statements, and every statement is then assigned to its
     *                        nearest centroid: k-means costs statements × proposals × dimensions
     *                        per iteration, so fitting on all of 1M statements would take hours on
     *                        2 cores, while an issue that holds 0.1 % of them still has ~20
     *                        statements in a sample of 20,000
     * @param mergeSimilarity proposed clusters whose centroids are at least this similar merge
     * @param refit           true: k-means again started from the merged centroids (from a fresh
     *                        k-means|| start only when the merge left k outside the bounds); false:
     *                        keep the merged centroids
     */
    public record Settings(int kMin, int kMax, int statementsPerProposal, int maxFitStatements, double mergeSimilarity,
                           boolean refit, int maxIter, long seed) {
        public static Settings defaults() {
            return new Settings(2, 300, 8, 20_000, 0.5, true, 40, 7L);
        }
    }

    /** What was chosen, and the centroids (unit vectors) in cluster-index order. */
    public record Result(Dataset<Row> assigned, int proposedK, int chosenK, List<double[]> centroids) {
    }

    /**
     * Clusters {@code docs} (which need a non-null {@code featuresCol} of unit vectors) and adds
     * {@link #CLUSTER} (0..k-1), {@link #DISTANCE} (cosine distance to its centroid) and
     * {@link #CONFIDENCE} (how much nearer its own centroid is than the next one, in [0, 1]).
     * {@code keyCol} must be unique: it draws and orders the rows the centroids are fitted on.
     * {@code docs} is read twice (counting and sampling, then the assignment): pass a cached dataset.
     */
    public static Result cluster(Dataset<Row> docs, String keyCol, String featuresCol, Settings settings) {
        long all = docs.count();
        Dataset<Row> sample = all > settings.maxFitStatements()
                ? docs.filter(sampleDraw(keyCol, settings.seed()).lt((double) settings.maxFitStatements() / all))
                : docs;
        Dataset<Row> fitted = StatementVectors.inKeyOrder(sample.select(keyCol, featuresCol), keyCol).cache();
        try {
            long n = fitted.count();
            int proposed = (int) Math.max(1, Math.min(Math.min(n, 2L * settings.kMax()),
                    Math.max(settings.kMin(), n / settings.statementsPerProposal())));
            List<double[]> centroids = centroids(fitted, n, proposed, featuresCol, settings);
            return new Result(assign(docs, featuresCol, centroids), proposed, centroids.size(), centroids);
        } finally {
            fitted.unpersist(false);
        }
    }

    /** A number in [0, 1) given by the key and the seed alone: uniform, and the same wherever the row is. */
    static Column sampleDraw(String keyCol, long seed) {
        return shiftrightunsigned(xxhash64(lit(seed), col(keyCol)), 11).cast(DataTypes.DoubleType).divide((double) (1L << 53));
    }

    /** The final centroids (unit vectors) of {@code data}'s {@code n} statements: propose, merge, refit. */
    private static List<double[]> centroids(Dataset<Row> data, long n, int proposed, String featuresCol, Settings settings) {
        KMeansModel proposal = kmeans(data, featuresCol, proposed, settings);
        List<double[]> centroids = unit(proposal.clusterCenters());
        long[] sizes = sizes(proposal.transform(data).select(proposal.getPredictionCol()), centroids.size());
        List<double[]> merged = CentroidMerge.merge(centroids, sizes, settings.mergeSimilarity());
        int k = Math.max(settings.kMin(), Math.min(settings.kMax(), merged.size()));
        k = (int) Math.min(k, n);
        if (!settings.refit() || k <= 1) {
            return merged;
        }
        if (merged.size() == k) {
            return refine(data, featuresCol, merged, settings);
        }
        return unit(kmeans(data, featuresCol, k, settings).clusterCenters());
    }

    /**
     * Clusters each vector space of {@code docs} ({@code spaceCol}, spaces in name order) on its
     * own with its settings: similarities in different spaces are on different scales, so one
     * merge threshold cannot fit both. Cluster numbers run on from one space to the next; the
     * result's k's and centroids are the spaces' together. A space without settings is an error.
     * {@code docs} is read several times: pass a cached dataset (this does not cache it again,
     * which would hold every vector twice).
     */
    public static Result clusterEachSpace(Dataset<Row> docs, String keyCol, String featuresCol, String spaceCol,
                                          java.util.Map<String, Settings> settingsBySpace) {
        List<String> spaces = docs.select(spaceCol).distinct().collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
        Dataset<Row> assigned = null;
        int proposed = 0;
        List<double[]> centroids = new ArrayList<>();
        for (String space : spaces) {
            Settings settings = settingsBySpace.get(space);
            if (settings == null) {
                throw new IllegalArgumentException("no clustering settings for vector space " + space);
            }
            Result result = cluster(docs.filter(col(spaceCol).equalTo(space)), keyCol, featuresCol, settings);
            Dataset<Row> numbered = result.assigned().withColumn(CLUSTER, col(CLUSTER).plus(centroids.size()));
            assigned = assigned == null ? numbered : assigned.unionByName(numbered);
            proposed += result.proposedK();
            centroids.addAll(result.centroids());
        }
        if (assigned == null) {
            assigned = docs.withColumn(CLUSTER, lit(0)).withColumn(DISTANCE, lit(0.0)).withColumn(CONFIDENCE, lit(1.0)).limit(0);
        }
        return new Result(assigned, proposed, centroids.size(), centroids);
    }

    private static KMeansModel kmeans(Dataset<Row> data, String featuresCol, int k, Settings settings) {
        return new KMeans().setK(k).setDistanceMeasure("cosine").setFeaturesCol(featuresCol)
                .setPredictionCol("proposal").setMaxIter(settings.maxIter()).setSeed(settings.seed()).fit(data);
    }

    /**
     * Lloyd iterations (cosine) started from {@code start}, so the merge's grouping carries into
     * the result. RDD-based MLlib k-means: the DataFrame one takes no initial centroids.
     */
    private static List<double[]> refine(Dataset<Row> data, String featuresCol, List<double[]> start, Settings settings) {
        JavaRDD<org.apache.spark.mllib.linalg.Vector> points = data.select(featuresCol).javaRDD()
                .map(r -> org.apache.spark.mllib.linalg.Vectors.fromML(r.getAs(0))).cache();
        try {
            org.apache.spark.mllib.linalg.Vector[] init = start.stream().map(org.apache.spark.mllib.linalg.Vectors::dense)
                    .toArray(org.apache.spark.mllib.linalg.Vector[]::new);
            org.apache.spark.mllib.clustering.KMeansModel model = new org.apache.spark.mllib.clustering.KMeans()
                    .setK(init.length).setDistanceMeasure("cosine").setMaxIterations(settings.maxIter()).setSeed(settings.seed())
                    .setInitialModel(new org.apache.spark.mllib.clustering.KMeansModel(init)).run(points.rdd());
            List<double[]> out = new ArrayList<>();
            for (org.apache.spark.mllib.linalg.Vector c : model.clusterCenters()) {
                out.add(StatementVectors.normalised(c.toArray()));
            }
            return out;
        } finally {
            points.unpersist(false);
        }
    }

    private static long[] sizes(Dataset<Row> predictions, int k) {
        long[] sizes = new long[k];
        for (Row r : predictions.groupBy(col("proposal")).count().collectAsList()) {
            sizes[r.getInt(0)] = r.getLong(1);
        }
        return sizes;
    }

    /** Nearest centroid by cosine, the distance to it and the margin to the second nearest. */
    public static Dataset<Row> assign(Dataset<Row> data, String featuresCol, List<double[]> centroids) {
        Broadcast<List<double[]>> shared = JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext())
                .broadcast(centroids);
        StructType out = new StructType().add(CLUSTER, DataTypes.IntegerType).add(DISTANCE, DataTypes.DoubleType)
                .add(CONFIDENCE, DataTypes.DoubleType);
        UserDefinedFunction nearest = udf((UDF1<Vector, Row>) v -> nearest(v, shared.value()), out);
        return data.withColumn("_nearest", nearest.apply(col(featuresCol)))
                .withColumn(CLUSTER, col("_nearest." + CLUSTER))
                .withColumn(DISTANCE, col("_nearest." + DISTANCE))
                .withColumn(CONFIDENCE, col("_nearest." + CONFIDENCE))
                .drop("_nearest");
    }

    static Row nearest(Vector v, List<double[]> centroids) {
        int best = -1;
        double bestSim = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.size(); c++) {
            double sim = dot(v, centroids.get(c));
            if (sim > bestSim) {
                second = bestSim;
                bestSim = sim;
                best = c;
            } else if (sim > second) {
                second = sim;
            }
        }
        double d1 = 1 - bestSim;
        double d2 = centroids.size() > 1 ? 1 - second : 2;
        double confidence = d2 <= 0 ? 0 : Math.max(0, Math.min(1, (d2 - d1) / d2));
        return org.apache.spark.sql.RowFactory.create(best, d1, confidence);
    }

    static double dot(Vector v, double[] c) {
        double s = 0;
        if (v instanceof org.apache.spark.ml.linalg.SparseVector sparse) {
            int[] idx = sparse.indices();
            double[] val = sparse.values();
            for (int i = 0; i < idx.length; i++) {
                s += val[i] * c[idx[i]];
            }
        } else {
            double[] val = v.toArray();
            for (int i = 0; i < val.length; i++) {
                s += val[i] * c[i];
            }
        }
        return s;
    }

    static List<double[]> unit(Vector[] centres) {
        List<double[]> out = new ArrayList<>();
        for (Vector c : centres) {
            out.add(StatementVectors.normalised(c.toArray()));
        }
        return out;
    }

    private AutoKClustering() {
    }
}
