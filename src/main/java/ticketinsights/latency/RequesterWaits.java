package ticketinsights.latency;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import ticketinsights.model.Messages;

/**
 * Requester waits (METRICS.md): every run of consecutive customer messages, from the first
 * message of the run to the next public agent message. Customer turns with the same count of
 * agent replies before them form one run; the agent turn whose count is one higher answers it.
 * One running-sum window, one aggregation and one join: linear in the number of messages.
 */
final class RequesterWaits {
    static final String RUN = "run";

    /** ticket_id, run, wait_started_at, answered_at, customer_messages, kind. */
    static Dataset<Row> of(Dataset<Row> turns) {
        Dataset<Row> runs = turns.where(col(ConversationTurns.SPEAKER).equalTo(ConversationTurns.CUSTOMER))
                .groupBy(col(Messages.TICKET_ID), col(ConversationTurns.REPLIES_SO_FAR).as(RUN))
                .agg(min(Messages.CREATED_AT).as(ReplyWaits.WAIT_STARTED_AT),
                        count(lit(1)).as(ReplyWaits.CUSTOMER_MESSAGES));
        Dataset<Row> answers = turns.where(col(ConversationTurns.SPEAKER).equalTo(ConversationTurns.AGENT))
                .select(col(Messages.TICKET_ID), col(ConversationTurns.REPLIES_SO_FAR).minus(1L).as(RUN),
                        col(Messages.CREATED_AT).as(ReplyWaits.ANSWERED_AT));
        return runs.join(answers, new String[] {Messages.TICKET_ID, RUN}, "left")
                .withColumn(ReplyWaits.KIND, when(col(RUN).equalTo(min(RUN).over(Window.partitionBy(Messages.TICKET_ID))),
                        ReplyWaits.KIND_FIRST).otherwise(ReplyWaits.KIND_NEXT));
    }

    private RequesterWaits() {
    }
}
