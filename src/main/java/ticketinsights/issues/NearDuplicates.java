package ticketinsights.issues;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.*;

import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Near-duplicate statements (the same complaint pasted into three tickets, a template sent by
 * a form): a statement is a duplicate when its term set is within Jaccard distance
 * {@link #MAX_JACCARD_DISTANCE} of an earlier statement's (smaller ticket id). Duplicates still
 * belong to their cluster; they just do not count again for its label and are not shown twice
 * as examples. Identical term sets are grouped first.
 *
 * <p>Candidates come from banded MinHash: {@link #BANDS} bands of {@link #ROWS} min-hashes each,
 * two sets are candidates when every min-hash of one band agrees (probability 1 − (1 − s⁴)¹⁰:
 * 0.995 at Jaccard similarity 0.8, 0.08 at 0.3). MLlib's own {@code approxSimilarityJoin} joins
 * on single min-hashes: a set whose smallest-hashed term is a common word ("account") lands in
 * one bucket with most other sets, and the join compares them pairwise — at 1M generated
 * messages it ran for over half an hour. Here each set is checked only against the earliest
 * statement of each band it shares (its bucket's leader), so the work grows with the number of
 * sets times bands, never with a bucket's size squared.
 */
public final class NearDuplicates {
    public static final String REPRESENTATIVE = "representative";
    static final double MAX_JACCARD_DISTANCE = 0.2;
    static final int BANDS = 10;
    static final int ROWS = 4;

    /** ticket_id, representative (false for a near-duplicate of a ticket with a smaller id). */
    public static Dataset<Row> mark(Dataset<Row> vectors, String idCol) {
        Column termSet = array_sort(array_distinct(col(StatementVectors.TERMS)));
        Dataset<Row> withTerms = vectors.filter(col(StatementVectors.TFIDF).isNotNull()
                .and(size(col(StatementVectors.TERMS)).gt(0)));
        Dataset<Row> groups = withTerms.groupBy(termSet.as("_set"))
                .agg(min(col(idCol)).as("_first"), first(col(StatementVectors.TFIDF)).as("_v"))
                .filter(hasTerms().apply(col("_v")));
        Dataset<Row> duplicateGroups = laterNearDuplicates(groups);
        Dataset<Row> groupFirst = withTerms.select(col(idCol), termSet.as("_set"))
                .join(groups.select("_set", "_first"), "_set");
        return vectors.select(col(idCol))
                .join(groupFirst, idCol, "left")
                .join(duplicateGroups, col("_first").equalTo(col("_dup")), "left")
                .withColumn(REPRESENTATIVE, col("_first").isNull()
                        .or(col(idCol).equalTo(col("_first")).and(col("_dup").isNull())))
                .select(col(idCol), col(REPRESENTATIVE));
    }

    /** {@code _dup}: the {@code _first} of every group near the leader of a band bucket it shares. */
    static Dataset<Row> laterNearDuplicates(Dataset<Row> groups) {
        MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(BANDS * ROWS).setSeed(7L)
                .setInputCol("_v").setOutputCol("_h").fit(groups);
        Dataset<Row> banded = lsh.transform(groups)
                .withColumn("_hashes", transform(col("_h"), h -> vector_to_array(h, "float64").getItem(0)))
                .withColumn("_band", explode(sequence(lit(0), lit(BANDS - 1))))
                .withColumn("_key", slice(col("_hashes"), col("_band").multiply(ROWS).plus(1), lit(ROWS)))
                .select("_band", "_key", "_first", "_set");
        Dataset<Row> leaders = banded.groupBy("_band", "_key")
                .agg(min_by(struct(col("_first").as("_leader"), col("_set").as("_leaderSet")), col("_first")).as("_l"))
                .select(col("_band"), col("_key"), col("_l._leader"), col("_l._leaderSet"));
        Column jaccard = size(array_intersect(col("_set"), col("_leaderSet")))
                .divide(size(array_union(col("_set"), col("_leaderSet"))));
        return banded.join(leaders, new String[] {"_band", "_key"})
                .filter(col("_first").gt(col("_leader")))
                .filter(lit(1.0).minus(jaccard).leq(MAX_JACCARD_DISTANCE))
                .select(col("_first").as("_dup")).distinct();
    }

    /** MinHash needs at least one term of the vocabulary: a statement of rarer terms only has none. */
    private static org.apache.spark.sql.expressions.UserDefinedFunction hasTerms() {
        return udf((org.apache.spark.sql.api.java.UDF1<org.apache.spark.ml.linalg.Vector, Boolean>) v -> v.numNonzeros() > 0,
                org.apache.spark.sql.types.DataTypes.BooleanType);
    }

    private NearDuplicates() {
    }
}
