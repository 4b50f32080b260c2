package ticketinsights.issues;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;
import ticketinsights.model.AuthorRole;
import ticketinsights.model.Messages;
import ticketinsights.model.Tickets;

/**
 * One problem statement per ticket: subject + first customer message, cleaned, with its terms
 * and its kind. Steps are {@code Dataset -> Dataset} functions so tests can run them alone.
 */
public final class ProblemStatements {
    public static final String STATEMENT = "statement";
    public static final String KIND = "kind";

    /** ticket_id, week, requester_id, tags, statement: the ticket's subject and its first customer message. */
    public static Dataset<Row> of(Dataset<Row> tickets, Dataset<Row> messages) {
        Dataset<Row> first = messages
                .filter(col(Messages.AUTHOR_ROLE).equalTo(lit(AuthorRole.CUSTOMER)))
                .withColumn("_n", row_number().over(Window.partitionBy(Messages.TICKET_ID)
                        .orderBy(col(Messages.CREATED_AT), col(Messages.MESSAGE_ID))))
                .filter(col("_n").equalTo(1))
                .select(col(Messages.TICKET_ID), col(Messages.BODY).as("_first_body"));
        var statement = udf((UDF2<String, String, String>) StatementTokens::statement, DataTypes.StringType);
        return tickets.select(Tickets.TICKET_ID, Tickets.WEEK, Tickets.REQUESTER_ID, Tickets.TAGS, Tickets.SUBJECT)
                .join(first, Tickets.TICKET_ID, "left")
                .withColumn(STATEMENT, statement.apply(col(Tickets.SUBJECT), col("_first_body")))
                .drop(Tickets.SUBJECT, "_first_body");
    }

    /** Adds {@link #KIND} from tags and cue phrases. */
    public static Dataset<Row> withKind(Dataset<Row> statements) {
        var kind = udf((UDF2<String, Seq<String>, String>) (text, tags) ->
                IssueKinds.of(text, tags == null ? List.of() : CollectionConverters.asJava(tags)), DataTypes.StringType);
        return statements.withColumn(KIND, kind.apply(col(STATEMENT), col(Tickets.TAGS)));
    }

    /**
     * Adds {@link StatementVectors#TERMS}. Lemmatising is the costly step, so each distinct
     * statement is lemmatised once (generated and templated tickets repeat a lot).
     */
    public static Dataset<Row> withTerms(Dataset<Row> statements) {
        var terms = udf((UDF1<String, List<String>>) StatementTokens::terms,
                DataTypes.createArrayType(DataTypes.StringType));
        Dataset<Row> distinct = statements.select(STATEMENT).distinct()
                .withColumn(StatementVectors.TERMS, terms.apply(col(STATEMENT)));
        return statements.join(distinct, STATEMENT);
    }

    /** Adds {@link StatementEmbeddings#EMBEDDING} (English statements; null for others). */
    public static Dataset<Row> withEmbeddings(Dataset<Row> statements) {
        return StatementEmbeddings.withEmbeddings(statements, STATEMENT);
    }

    private ProblemStatements() {
    }
}
