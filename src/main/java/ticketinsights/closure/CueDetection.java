package ticketinsights.closure;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.Messages;
import ticketinsights.text.MessageCleaner;

/**
 * Steps that turn messages into {@link MessageCues} rows: the lexicon cues of every customer
 * message and public agent message (read after {@link MessageCleaner} strips quotes, signatures
 * and links), then the chases that only timing reveals.
 */
public final class CueDetection {
    /**
     * A customer who writes again this long after their first unanswered message is chasing,
     * whatever the words: a day without an answer is where help-desk practice puts the first
     * follow-up.
     */
    static final double SILENCE_BEFORE_CHASE_HOURS = 24.0;
    /** {@link MessageCues#LANGUAGE} of cues found from timing rather than words. */
    static final String RULE = "rule";

    /**
     * The cue rows of {@code messages} (a {@code messages}-table dataset), one lemmatiser per JVM.
     * Each customer message is read with the agent message it answers (the last public agent
     * message before it in its ticket), which decides whether a bare "thanks" confirms.
     */
    public static Dataset<Row> lexiconCues(Dataset<Row> messages, Lemmatiser lemmatiser) {
        Column isAgentReply = col(Messages.AUTHOR_ROLE).equalTo(AuthorRole.AGENT).and(col(Messages.IS_PUBLIC));
        WindowSpec before = Window.partitionBy(Messages.TICKET_ID).orderBy(Messages.CREATED_AT, Messages.MESSAGE_ID)
                .rowsBetween(Window.unboundedPreceding(), -1);
        Dataset<Row> readable = messages
                .filter(col(Messages.AUTHOR_ROLE).equalTo(AuthorRole.CUSTOMER).or(isAgentReply))
                .withColumn("answered", last(when(isAgentReply, col(Messages.BODY)), true).over(before))
                .select(col(Messages.MESSAGE_ID), col(Messages.TICKET_ID), col(Messages.WEEK),
                        col(Messages.CREATED_AT), col(Messages.AUTHOR_ROLE), col(Messages.BODY), col("answered"));
        return readable.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> detectAll(rows, lemmatiser),
                Encoders.row(MessageCues.SCHEMA));
    }

    private static Iterator<Row> detectAll(Iterator<Row> rows, Lemmatiser lemmatiser) {
        CueDetector detector = CueDetector.shared(lemmatiser);
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row m = rows.next();
            String body = m.getString(5);
            String role = m.getString(4);
            String answered = m.isNullAt(6) ? null : MessageCleaner.clean(m.getString(6)).text();
            for (CueHit hit : detector.detect(MessageCleaner.clean(body).text(), role, answered)) {
                int[] span = spanInBody(body, hit.matched());
                out.add(RowFactory.create(m.getString(0), m.getString(1), m.getString(2), m.get(3), role,
                        hit.cue(), hit.language(), span == null ? null : span[0], span == null ? null : span[1],
                        hit.matched(), hit.vetoed(), hit.vetoReason()));
            }
        }
        return out.iterator();
    }

    /**
     * Where the matched words are in the original body: the detector reads cleaned text (links
     * and handles removed, spaces collapsed), so offsets are found again in the body, allowing
     * any whitespace between words. Null when the words are not there verbatim.
     */
    static int[] spanInBody(String body, String matched) {
        if (body == null || matched == null || matched.isBlank()) {
            return null;
        }
        String[] words = matched.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(word));
        }
        Matcher matcher = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(EnglishCues.normalise(body));
        return matcher.find() ? new int[] {matcher.start(), matcher.end()} : null;
    }

    /**
     * Adds a {@code chase} row for each customer message written {@link #SILENCE_BEFORE_CHASE_HOURS}
     * or more after the same customer's first message that no public agent reply has answered
     * yet, unless the message already carries a chase cue; vetoed when the message confirms
     * ("never mind, works"). Only the author's own wait counts: in a Twitter thread other
     * customers join in, and their tweets a day later chase nothing of theirs.
     */
    public static Dataset<Row> withUnansweredFollowUps(Dataset<Row> messages, Dataset<Row> cues) {
        Column isAgentReply = col(Messages.AUTHOR_ROLE).equalTo(AuthorRole.AGENT).and(col(Messages.IS_PUBLIC));
        WindowSpec byTime = Window.partitionBy(Messages.TICKET_ID).orderBy(Messages.CREATED_AT, Messages.MESSAGE_ID);
        Dataset<Row> conversation = messages
                .filter(col(Messages.AUTHOR_ROLE).equalTo(AuthorRole.CUSTOMER).or(isAgentReply))
                .withColumn("replies_so_far", sum(when(isAgentReply, 1).otherwise(0)).over(byTime));
        WindowSpec run = Window.partitionBy(col(Messages.TICKET_ID), col("replies_so_far"), col(Messages.AUTHOR_ID));
        Dataset<Row> followUps = conversation
                .withColumn("waiting_since", min(Messages.CREATED_AT).over(run))
                .filter(col(Messages.AUTHOR_ROLE).equalTo(AuthorRole.CUSTOMER))
                .withColumn("hours", col(Messages.CREATED_AT).cast("double").minus(col("waiting_since").cast("double")).divide(3600.0))
                .filter(col("hours").geq(SILENCE_BEFORE_CHASE_HOURS));

        Dataset<Row> perMessage = cues.groupBy(MessageCues.MESSAGE_ID).agg(
                max(counting(Cue.CHASE)).alias("chase_cue"),
                max(counting(Cue.CONFIRMATION)).alias("confirms"));
        Dataset<Row> ruleCues = followUps.join(perMessage, followUps.col(Messages.MESSAGE_ID).equalTo(perMessage.col(MessageCues.MESSAGE_ID)), "left")
                .filter(coalesce(col("chase_cue"), lit(false)).equalTo(false))
                .select(
                        followUps.col(Messages.MESSAGE_ID).alias(MessageCues.MESSAGE_ID),
                        col(Messages.TICKET_ID).alias(MessageCues.TICKET_ID),
                        col(Messages.WEEK).alias(MessageCues.WEEK),
                        col(Messages.CREATED_AT).alias(MessageCues.CREATED_AT),
                        col(Messages.AUTHOR_ROLE).alias(MessageCues.AUTHOR_ROLE),
                        lit(Cue.CHASE).alias(MessageCues.CUE),
                        lit(RULE).alias(MessageCues.LANGUAGE),
                        lit(null).cast("int").alias(MessageCues.SPAN_START),
                        lit(null).cast("int").alias(MessageCues.SPAN_END),
                        format_string("(unanswered for %.1f h)", col("hours")).alias(MessageCues.MATCHED),
                        coalesce(col("confirms"), lit(false)).alias(MessageCues.VETOED),
                        when(coalesce(col("confirms"), lit(false)), lit(Cue.VETO_CONFIRMED)).alias(MessageCues.VETO_REASON));
        return cues.unionByName(ruleCues);
    }

    /** True on cue rows of this kind that count (are not vetoed). */
    static Column counting(String cue) {
        return col(MessageCues.CUE).equalTo(cue).and(not(col(MessageCues.VETOED)));
    }

    private CueDetection() {
    }
}
