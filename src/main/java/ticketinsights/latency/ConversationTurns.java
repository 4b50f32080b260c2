package ticketinsights.latency;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.Messages;

/**
 * The messages that matter for latency, one row each: customer messages and public agent
 * messages (private notes, system and bot messages are never replies and never start a wait).
 * Duplicates of a message (same ticket and message id, e.g. from overlapping exports) collapse
 * to one row, and every ticket's turns are numbered in a total order (created_at, then
 * message_id), so shuffled input, equal timestamps and repeated rows give the same result.
 */
final class ConversationTurns {
    static final String SPEAKER = "speaker";
    static final String CUSTOMER = "customer";
    static final String AGENT = "agent";
    /** Public agent replies up to and including this turn: the key that ties a wait to its answer. */
    static final String REPLIES_SO_FAR = "replies_so_far";

    /** ticket_id, message_id, created_at, channel, speaker, replies_so_far. */
    static Dataset<Row> of(Dataset<Row> messages, java.sql.Timestamp asOf) {
        Column role = col(Messages.AUTHOR_ROLE);
        Column speaker = when(role.equalTo(AuthorRole.CUSTOMER), CUSTOMER)
                .when(role.equalTo(AuthorRole.AGENT).and(col(Messages.IS_PUBLIC)), AGENT);
        WindowSpec upToHere = Window.partitionBy(Messages.TICKET_ID)
                .orderBy(Messages.CREATED_AT, Messages.MESSAGE_ID)
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        return messages
                .where(col(Messages.CREATED_AT).leq(lit(asOf)))
                .withColumn(SPEAKER, speaker)
                .where(col(SPEAKER).isNotNull())
                // A conflicting duplicate (same id, other time or role) resolves the same way every run.
                .groupBy(Messages.TICKET_ID, Messages.MESSAGE_ID)
                .agg(min(Messages.CREATED_AT).as(Messages.CREATED_AT), min(SPEAKER).as(SPEAKER),
                        min(Messages.CHANNEL).as(Messages.CHANNEL))
                .withColumn(REPLIES_SO_FAR, sum(when(col(SPEAKER).equalTo(AGENT), 1L).otherwise(0L)).over(upToHere));
    }

    private ConversationTurns() {
    }
}
