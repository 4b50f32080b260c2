package ticketinsights.issues;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;

/**
 * How much a recurring issue hurts: {@code tickets × (1 + negative_share + reopen_rate +
 * chase_rate + slow_reply_share)}. Each pain term is a share in [0, 1] of the cluster's tickets
 * (negative lowest customer sentiment; reopened; chased; first reply slower than the run's
 * median first reply), so one pain signal on every ticket counts like doubling the volume, and
 * the score is at most 5 × tickets. A term whose table is absent counts 0, so without
 * sentiment, closure and latency the score is the volume.
 */
public final class PainScore {

    public static double of(long tickets, Double negativeShare, Double reopenRate, Double chaseRate, Double slowReplyShare) {
        return tickets * (1 + orZero(negativeShare) + orZero(reopenRate) + orZero(chaseRate) + orZero(slowReplyShare));
    }

    public static Column column(Column tickets, Column negativeShare, Column reopenRate, Column chaseRate, Column slowReplyShare) {
        return tickets.multiply(lit(1.0).plus(coalesce(negativeShare, lit(0.0))).plus(coalesce(reopenRate, lit(0.0)))
                .plus(coalesce(chaseRate, lit(0.0))).plus(coalesce(slowReplyShare, lit(0.0))));
    }

    private static double orZero(Double x) {
        return x == null ? 0 : x;
    }

    private PainScore() {
    }
}
