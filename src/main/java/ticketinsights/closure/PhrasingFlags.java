package ticketinsights.closure;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;
import ticketinsights.model.WeeklyBreakdown;
import ticketinsights.text.MessageCleaner;

/** {@link AgentPhrasing} rows from the public agent messages, and their {@link WeeklyAgentPhrasing} counts. */
public final class PhrasingFlags {

    /** Public agent messages with the ticket's group: the rows phrasing is judged on, and the weekly denominator. */
    public static Dataset<Row> agentMessages(Dataset<Row> messages, Dataset<Row> tickets) {
        Dataset<Row> groups = tickets.select(col(Tickets.TICKET_ID).alias("g_ticket"), col(Tickets.GROUP).alias(AgentPhrasing.GROUP));
        return messages.filter(col(Messages.AUTHOR_ROLE).equalTo(AuthorRole.AGENT).and(col(Messages.IS_PUBLIC)))
                .join(groups, col(Messages.TICKET_ID).equalTo(col("g_ticket")), "left")
                .select(col(Messages.MESSAGE_ID), col(Messages.TICKET_ID), col(Messages.WEEK), col(Messages.CHANNEL),
                        col(AgentPhrasing.GROUP), col(Messages.AUTHOR_ID), col(Messages.BODY));
    }

    /**
     * One row per agent message and rule it breaks; the apologies of a ticket become {@code
     * repeated_apology} rows (one per apologising message) once they number {@link
     * PhrasingRule#REPEATED_APOLOGIES} or more.
     */
    public static Dataset<Row> apply(Dataset<Row> agentMessages, Lemmatiser lemmatiser) {
        Dataset<Row> hits = agentMessages.mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> detectAll(rows, lemmatiser), Encoders.row(AgentPhrasing.SCHEMA));
        Dataset<Row> apologies = hits.filter(col(AgentPhrasing.RULE).equalTo(PhrasingRule.APOLOGY));
        Dataset<Row> apologeticTickets = apologies.groupBy(AgentPhrasing.TICKET_ID).count()
                .filter(col("count").geq(PhrasingRule.REPEATED_APOLOGIES)).select(AgentPhrasing.TICKET_ID);
        Dataset<Row> repeated = apologies.join(apologeticTickets, AgentPhrasing.TICKET_ID, "left_semi")
                .groupBy(AgentPhrasing.MESSAGE_ID)
                // The message's first apology stands for it.
                .agg(min(struct(col(AgentPhrasing.SPAN_START), col(AgentPhrasing.SENTENCE), col(AgentPhrasing.MATCHED),
                        col(AgentPhrasing.SPAN_END), col(AgentPhrasing.TICKET_ID), col(AgentPhrasing.WEEK),
                        col(AgentPhrasing.CHANNEL), col(AgentPhrasing.GROUP), col(AgentPhrasing.AUTHOR_ID))).alias("a"))
                .select(col(AgentPhrasing.MESSAGE_ID), col("a.*"))
                .withColumn(AgentPhrasing.RULE, lit(PhrasingRule.REPEATED_APOLOGY));
        return ClosureJob.conform(hits.filter(col(AgentPhrasing.RULE).notEqual(PhrasingRule.APOLOGY))
                .unionByName(repeated), AgentPhrasing.SCHEMA);
    }

    private static Iterator<Row> detectAll(Iterator<Row> rows, Lemmatiser lemmatiser) {
        PhrasingDetector detector = PhrasingDetector.shared(lemmatiser);
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row m = rows.next();
            String body = m.getAs(Messages.BODY);
            String text = MessageCleaner.clean(body).text();
            for (CueHit hit : detector.detect(text)) {
                int[] sentence = PhrasingDetector.sentenceAround(text, hit);
                int[] span = CueDetection.spanInBody(body, hit.matched());
                out.add(RowFactory.create(m.getAs(Messages.MESSAGE_ID), m.getAs(Messages.TICKET_ID), m.getAs(Messages.WEEK),
                        m.getAs(Messages.CHANNEL), m.getAs(AgentPhrasing.GROUP), m.getAs(Messages.AUTHOR_ID), hit.cue(),
                        text.substring(sentence[0], sentence[1]), span == null ? null : span[0],
                        span == null ? null : span[1], hit.matched()));
            }
        }
        return out.iterator();
    }

    /**
     * Per week × channel × group (rolled up) × rule: flagged messages and tickets, rate per 100
     * agent messages; one aggregation pass with a column per rule, then a row per rule.
     */
    public static Dataset<Row> weekly(Dataset<Row> agentMessages, Dataset<Row> phrasing) {
        List<Column> perMessage = new ArrayList<>();
        List<Column> sums = new ArrayList<>(List.of(count(lit(1)).alias(WeeklyAgentPhrasing.AGENT_MESSAGES)));
        List<Column> rows = new ArrayList<>();
        for (String rule : PhrasingRule.RULES) {
            perMessage.add(max(col(AgentPhrasing.RULE).equalTo(rule)).alias(rule));
            Column flagged = coalesce(col(rule), lit(false));
            sums.add(sum(when(flagged, 1L).otherwise(0L)).alias("m_" + rule));
            sums.add(countDistinct(when(flagged, col(Messages.TICKET_ID))).alias("t_" + rule));
            rows.add(struct(lit(rule).alias(WeeklyAgentPhrasing.RULE), col("m_" + rule).alias(WeeklyAgentPhrasing.MESSAGES),
                    col("t_" + rule).alias(WeeklyAgentPhrasing.TICKETS)));
        }
        Dataset<Row> flags = phrasing.groupBy(col(AgentPhrasing.MESSAGE_ID).alias("f_id"))
                .agg(perMessage.get(0), perMessage.subList(1, perMessage.size()).toArray(Column[]::new));
        Dataset<Row> judged = agentMessages.join(flags, col(Messages.MESSAGE_ID).equalTo(col("f_id")), "left");
        Dataset<Row> counts = WeeklyBreakdown.aggregate(judged, Messages.WEEK, Messages.CHANNEL, AgentPhrasing.GROUP, sums)
                .withColumn("r", explode(array(rows.toArray(Column[]::new))))
                .select(col(Messages.WEEK), col(Messages.CHANNEL), col(AgentPhrasing.GROUP),
                        col(WeeklyAgentPhrasing.AGENT_MESSAGES), col("r.*"));
        return ClosureJob.conform(counts.withColumn(WeeklyAgentPhrasing.RATE_PER_100_AGENT_MESSAGES,
                when(col(WeeklyAgentPhrasing.AGENT_MESSAGES).gt(0), col(WeeklyAgentPhrasing.MESSAGES).multiply(100.0)
                        .divide(col(WeeklyAgentPhrasing.AGENT_MESSAGES)))), WeeklyAgentPhrasing.SCHEMA);
    }

    private PhrasingFlags() {
    }
}
