package ticketinsights.issues;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code issue_centroids} table: each cluster's signature, kept so the next run can give the
 * same issue the same id. The signature is the cluster's class-based TF-IDF weights over its top
 * terms (L2-normalised), keyed by the term itself: k-means centroids live in a vector space
 * (vocabulary indices, Word2Vec axes) that changes with every run, terms do not.
 */
public final class IssueCentroids {
    public static final String TABLE = "issue_centroids";

    /** {@link IssueClusters#CLUSTER_ID}. */
    public static final String CLUSTER_ID = "cluster_id";
    /** The signature's terms, heaviest first. */
    public static final String TERMS = "terms";
    /** Their weights, same order, L2 norm 1. */
    public static final String WEIGHTS = "weights";

    public static final StructType SCHEMA = new StructType()
            .add(CLUSTER_ID, DataTypes.IntegerType, false)
            .add(TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(WEIGHTS, DataTypes.createArrayType(DataTypes.DoubleType, false), false);

    private IssueCentroids() {
    }
}
