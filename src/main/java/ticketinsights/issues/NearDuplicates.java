package ticketinsights.issues;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Near-duplicate statements (the same complaint pasted into three tickets, a template sent by
 * a form) found with MinHash LSH over their term sets: a statement is a duplicate when another
 * statement with a smaller ticket id is within Jaccard distance {@link #MAX_JACCARD_DISTANCE}.
 * Duplicates still belong to their cluster; they just do not count again for its label and
 * are not shown twice as examples. Identical term sets are grouped first, so the LSH join never
 * compares hundreds of identical texts pairwise.
 */
public final class NearDuplicates {
    public static final String REPRESENTATIVE = "representative";
    static final double MAX_JACCARD_DISTANCE = 0.2;

    /** ticket_id, representative (false for a near-duplicate of a ticket with a smaller id). */
    public static Dataset<Row> mark(Dataset<Row> vectors, String idCol) {
        Dataset<Row> withTerms = vectors.filter(col(StatementVectors.TFIDF).isNotNull()
                .and(size(col(StatementVectors.TERMS)).gt(0)));
        Dataset<Row> groups = withTerms.groupBy(array_sort(array_distinct(col(StatementVectors.TERMS))).as("_set"))
                .agg(min(col(idCol)).as("_first"), first(col(StatementVectors.TFIDF)).as("_v"));
        MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(5).setSeed(7L).setInputCol("_v").setOutputCol("_h")
                .fit(groups);
        Dataset<Row> hashed = lsh.transform(groups.filter(udfNonEmpty()));
        Dataset<Row> laterOfPair = lsh.approxSimilarityJoin(hashed, hashed, MAX_JACCARD_DISTANCE, "_jd")
                .filter(col("datasetA._first").gt(col("datasetB._first")))
                .select(col("datasetA._first").as("_dup")).distinct();
        Dataset<Row> groupFirst = withTerms.select(col(idCol), array_sort(array_distinct(col(StatementVectors.TERMS))).as("_set"))
                .join(groups.select("_set", "_first"), "_set");
        return vectors.select(col(idCol))
                .join(groupFirst, idCol, "left")
                .join(laterOfPair, col("_first").equalTo(col("_dup")), "left")
                .withColumn(REPRESENTATIVE, col("_first").isNull()
                        .or(col(idCol).equalTo(col("_first")).and(col("_dup").isNull())))
                .select(col(idCol), col(REPRESENTATIVE));
    }

    private static org.apache.spark.sql.Column udfNonEmpty() {
        return udf((org.apache.spark.sql.api.java.UDF1<org.apache.spark.ml.linalg.Vector, Boolean>) v -> v.numNonzeros() > 0,
                org.apache.spark.sql.types.DataTypes.BooleanType).apply(col("_v"));
    }

    private NearDuplicates() {
    }
}
