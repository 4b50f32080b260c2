package ticketinsights.closure;

import static org.apache.spark.sql.functions.*;
import static ticketinsights.closure.CueDetection.counting;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.Messages;
import ticketinsights.model.TicketEvents;
import ticketinsights.model.TicketStatus;
import ticketinsights.model.Tickets;

/**
 * The ticket-level flags of {@link TicketClosure}, each computed from {@link MessageCues} rows,
 * the ticket's status history and its rating, so every flag can be traced to its evidence.
 */
public final class ClosureFlags {
    /**
     * The sentiment classes that make a message negative: the sentiment stage's own decision (the
     * one its evaluation measures), not a threshold on its score, whose scale moves with the model.
     */
    static final List<String> NEGATIVE_CLASSES = List.of("negative", "very_negative");

    /** The {@code message_sentiment} columns this stage reads (written by the sentiment stage). */
    static final String SENTIMENT_TABLE = "message_sentiment";
    static final String SENTIMENT_MESSAGE_ID = "message_id";
    static final String SENTIMENT_CLASS = "sentiment_class";
    static final String SENTIMENT_SCORED = "scored";

    /**
     * One {@link TicketClosure} row per ticket.
     *
     * @param events    {@code ticket_events}, when the source records status changes
     * @param sentiment {@code message_sentiment}, when the sentiment stage ran
     */
    public static Dataset<Row> apply(Dataset<Row> tickets, Dataset<Row> messages, Dataset<Row> cues,
                                     Optional<Dataset<Row>> events, Optional<Dataset<Row>> sentiment) {
        Dataset<Row> statusHistory = statusHistory(tickets, events);
        Dataset<Row> base = tickets.select(col(Tickets.TICKET_ID), col(Tickets.WEEK), col(Tickets.CHANNEL),
                        col(Tickets.GROUP), col(Tickets.STATUS), col(Tickets.SOLVED_AT), col(Tickets.CSAT))
                .join(statusHistory, Tickets.TICKET_ID, "left")
                .withColumn("solved", col(Tickets.SOLVED_AT).isNotNull()
                        .or(col(Tickets.STATUS).isin((Object[]) TicketStatus.DONE.toArray()))
                        .or(col("first_solve_at").isNotNull()))
                // A reopen is judged after the first solve; a ticket solved twice keeps its last
                // solve time in tickets.solved_at, which would hide the first round.
                .withColumn("solve_at", coalesce(col("first_solve_at"), col(Tickets.SOLVED_AT)));

        Dataset<Row> replies = messages.filter(col(Messages.AUTHOR_ROLE).equalTo(AuthorRole.AGENT).and(col(Messages.IS_PUBLIC)))
                .select(col(Messages.TICKET_ID).alias("r_ticket"), col(Messages.CREATED_AT).alias("r_at"));
        Dataset<Row> withNotice = notices(base, replies, cues);

        Dataset<Row> confirmations = firstAfter(withNotice, cues, Cue.CONFIRMATION, "resolution_notice_at",
                "confirmation_message_id");
        Dataset<Row> reopenMessages = cues.filter(counting(Cue.REPORTED_PROBLEM).or(counting(Cue.CHASE)))
                .select(col(MessageCues.TICKET_ID).alias("p_ticket"), col(MessageCues.CREATED_AT).alias("p_at"));
        Dataset<Row> reopenMessageTickets = withNotice.join(reopenMessages,
                        col("p_ticket").equalTo(col(Tickets.TICKET_ID)).and(col("p_at").gt(col("solve_at"))))
                .select(col(Tickets.TICKET_ID)).distinct().withColumn("reopened_by_message", lit(true));

        Dataset<Row> chases = cues.filter(counting(Cue.CHASE)).groupBy(MessageCues.TICKET_ID).agg(
                countDistinct(MessageCues.MESSAGE_ID).alias("status_chases"),
                min(MessageCues.CREATED_AT).alias("first_chase_at"));
        Dataset<Row> asked = cues.filter(counting(Cue.CONFIRMATION_ASKED)).select(MessageCues.TICKET_ID).distinct()
                .withColumn("asked", lit(true));
        Dataset<Row> replyCounts = replies.groupBy("r_ticket").agg(count(lit(1)).alias("agent_replies"));

        Dataset<Row> joined = withNotice
                .join(confirmations, Tickets.TICKET_ID, "left")
                .join(reopenMessageTickets, Tickets.TICKET_ID, "left")
                .join(chases, Tickets.TICKET_ID, "left")
                .join(asked, Tickets.TICKET_ID, "left")
                .join(replyCounts, col("r_ticket").equalTo(col(Tickets.TICKET_ID)), "left")
                .join(silentDepartures(messages, cues, sentiment), Tickets.TICKET_ID, "left");

        Column byReply = col("confirmation_message_id").isNotNull();
        Column goodCsat = coalesce(col(Tickets.CSAT).equalTo("good"), lit(false));
        Column reopenedByStatus = coalesce(col("reopened_by_status"), lit(false));
        Column reopenedByMessage = coalesce(col("reopened_by_message"), lit(false));
        return joined.select(
                col(Tickets.TICKET_ID).alias(TicketClosure.TICKET_ID),
                col(Tickets.WEEK).alias(TicketClosure.WEEK),
                col(Tickets.CHANNEL).alias(TicketClosure.CHANNEL),
                col(Tickets.GROUP).alias(TicketClosure.GROUP),
                col("solved").alias(TicketClosure.SOLVED),
                col("resolution_notice_at").alias(TicketClosure.RESOLUTION_NOTICE_AT),
                col("resolution_notice_source").alias(TicketClosure.RESOLUTION_NOTICE_SOURCE),
                coalesce(col("asked"), lit(false)).alias(TicketClosure.CONFIRMATION_ASKED),
                byReply.or(goodCsat).alias(TicketClosure.CUSTOMER_CONFIRMED),
                when(byReply, lit(TicketClosure.BY_REPLY)).when(goodCsat, lit(TicketClosure.BY_CSAT))
                        .alias(TicketClosure.CONFIRMED_BY),
                col("confirmation_message_id").alias(TicketClosure.CONFIRMATION_MESSAGE_ID),
                reopenedByStatus.or(reopenedByMessage).alias(TicketClosure.REOPENED),
                when(reopenedByStatus, lit(TicketClosure.REOPENED_BY_STATUS))
                        .when(reopenedByMessage, lit(TicketClosure.REOPENED_BY_MESSAGE)).alias(TicketClosure.REOPENED_BY),
                coalesce(col("status_chases"), lit(0L)).alias(TicketClosure.STATUS_CHASES),
                col("first_chase_at").alias(TicketClosure.FIRST_CHASE_AT),
                coalesce(col("negative_by").isNotNull().and(not(coalesce(col("closed_after"), lit(false))))
                        .and(not(goodCsat)).and(not(byReply)), lit(false)).alias(TicketClosure.SILENT_DEPARTURE),
                col("negative_by").alias(TicketClosure.LAST_MESSAGE_NEGATIVE_BY),
                col("solved").and(coalesce(col("agent_replies"), lit(0L)).leq(1)).alias(TicketClosure.ONE_TOUCH),
                col(Tickets.CSAT).alias(TicketClosure.CSAT));
    }

    /** Per ticket: the first solve from the status history, and whether it left solved for open. */
    private static Dataset<Row> statusHistory(Dataset<Row> tickets, Optional<Dataset<Row>> events) {
        if (events.isEmpty()) {
            return tickets.select(col(Tickets.TICKET_ID)).withColumn("first_solve_at", lit(null).cast("timestamp"))
                    .withColumn("reopened_by_status", lit(false)).limit(0);
        }
        Dataset<Row> status = events.get().filter(col(TicketEvents.KIND).equalTo(TicketEvents.KIND_STATUS));
        Column toDone = col(TicketEvents.TO).isin((Object[]) TicketStatus.DONE.toArray());
        Column leftDone = col(TicketEvents.FROM).isin((Object[]) TicketStatus.DONE.toArray())
                .and(col(TicketEvents.TO).isNotNull()).and(not(toDone));
        return status.groupBy(col(TicketEvents.TICKET_ID).alias(Tickets.TICKET_ID)).agg(
                min(when(toDone, col(TicketEvents.AT))).alias("first_solve_at"),
                max(leftDone).alias("reopened_by_status"));
    }

    /**
     * The resolution notice: the first public agent message with a counting resolution-notice
     * cue; failing that, on a solved ticket, the last public agent reply at or before the solve,
     * since the reply that went out with the solve is what told the customer.
     */
    private static Dataset<Row> notices(Dataset<Row> base, Dataset<Row> replies, Dataset<Row> cues) {
        Dataset<Row> byCue = cues.filter(counting(Cue.RESOLUTION_NOTICE)).groupBy(MessageCues.TICKET_ID)
                .agg(min(MessageCues.CREATED_AT).alias("notice_cue_at"));
        Dataset<Row> lastBeforeSolve = base.select(col(Tickets.TICKET_ID), col(Tickets.SOLVED_AT), col("first_solve_at"), col("solved"))
                .join(replies, col("r_ticket").equalTo(col(Tickets.TICKET_ID)))
                .filter(col("solved").and(coalesce(col(Tickets.SOLVED_AT), col("first_solve_at")).isNull()
                        .or(col("r_at").leq(coalesce(col(Tickets.SOLVED_AT), col("first_solve_at"))))))
                .groupBy(Tickets.TICKET_ID).agg(max("r_at").alias("last_reply_before_solve"));
        return base.join(byCue, Tickets.TICKET_ID, "left").join(lastBeforeSolve, Tickets.TICKET_ID, "left")
                .withColumn("resolution_notice_at", coalesce(col("notice_cue_at"), col("last_reply_before_solve")))
                .withColumn("resolution_notice_source",
                        when(col("notice_cue_at").isNotNull(), lit(TicketClosure.NOTICE_BY_CUE))
                                .when(col("last_reply_before_solve").isNotNull(), lit(TicketClosure.NOTICE_BY_LAST_REPLY)));
    }

    /** The first message with a counting cue of this kind strictly after the ticket's {@code afterColumn}. */
    private static Dataset<Row> firstAfter(Dataset<Row> tickets, Dataset<Row> cues, String cue, String afterColumn,
                                           String idAlias) {
        Dataset<Row> hits = cues.filter(counting(cue)).select(col(MessageCues.TICKET_ID).alias("c_ticket"),
                col(MessageCues.CREATED_AT).alias("c_at"), col(MessageCues.MESSAGE_ID).alias("c_message"));
        return tickets.select(col(Tickets.TICKET_ID), col(afterColumn))
                .join(hits, col("c_ticket").equalTo(col(Tickets.TICKET_ID)).and(col("c_at").gt(col(afterColumn))))
                .groupBy(Tickets.TICKET_ID)
                .agg(min(struct(col("c_at"), col("c_message"))).getField("c_message").alias(idAlias));
    }

    /**
     * Per ticket: how its last customer message was judged negative (sentiment when the message
     * was scored, the negative lexicon otherwise; null when it was not), and whether a later
     * public agent message closed the circle (a resolution notice or a confirmation request).
     */
    private static Dataset<Row> silentDepartures(Dataset<Row> messages, Dataset<Row> cues, Optional<Dataset<Row>> sentiment) {
        Dataset<Row> last = messages.filter(col(Messages.AUTHOR_ROLE).equalTo(AuthorRole.CUSTOMER))
                .groupBy(Messages.TICKET_ID)
                .agg(max(struct(col(Messages.CREATED_AT), col(Messages.MESSAGE_ID))).alias("last"))
                .select(col(Messages.TICKET_ID), col("last." + Messages.CREATED_AT).alias("last_at"),
                        col("last." + Messages.MESSAGE_ID).alias("last_id"));
        Dataset<Row> lexiconNegative = cues.filter(counting(Cue.NEGATIVE)).select(col(MessageCues.MESSAGE_ID).alias("n_id"))
                .distinct().withColumn("lexicon_negative", lit(true));
        Dataset<Row> judged = last.join(lexiconNegative, col("n_id").equalTo(col("last_id")), "left");
        Column scoredNegative = lit(null).cast("boolean");
        if (sentiment.isPresent()) {
            Dataset<Row> scores = sentiment.get().filter(col(SENTIMENT_SCORED).equalTo(true))
                    .select(col(SENTIMENT_MESSAGE_ID).alias("s_id"), col(SENTIMENT_CLASS).alias("s_class"));
            judged = judged.join(scores, col("s_id").equalTo(col("last_id")), "left");
            scoredNegative = when(col("s_class").isNotNull(), col("s_class").isin(NEGATIVE_CLASSES.toArray()));
        }
        Column negativeBy = when(scoredNegative.isNotNull(),
                when(scoredNegative, lit(TicketClosure.NEGATIVE_BY_SENTIMENT)))
                .otherwise(when(coalesce(col("lexicon_negative"), lit(false)), lit(TicketClosure.NEGATIVE_BY_LEXICON)));
        Dataset<Row> closing = cues.filter(counting(Cue.RESOLUTION_NOTICE).or(counting(Cue.CONFIRMATION_ASKED)))
                .select(col(MessageCues.TICKET_ID).alias("k_ticket"), col(MessageCues.CREATED_AT).alias("k_at"));
        Dataset<Row> closedAfter = last.join(closing, col("k_ticket").equalTo(col(Messages.TICKET_ID))
                        .and(col("k_at").gt(col("last_at"))))
                .select(col(Messages.TICKET_ID)).distinct().withColumn("closed_after", lit(true));
        return judged.select(col(Messages.TICKET_ID), negativeBy.alias("negative_by"))
                .join(closedAfter, Messages.TICKET_ID, "left");
    }

    private ClosureFlags() {
    }
}
