package ticketinsights.notebooks;

import java.util.Optional;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import ticketinsights.jobs.Sparks;
import ticketinsights.storage.TableStore;

/**
 * What a notebook reads: the pipeline's tables under an output directory, through
 * {@link TableStore}. A table that no run has written yet is not an error in a notebook: the
 * reader prints a note naming the job that writes it, and the cells that need it show nothing.
 */
public final class NotebookTables {
    /** The environment variable naming the output directory; default {@link #DEFAULT_OUT}. */
    public static final String OUT_VARIABLE = "TICKET_INSIGHTS_OUT";
    /** The default output directory, relative to the notebooks' folder: the pipeline's {@code out/}. */
    public static final String DEFAULT_OUT = "../out";

    private final String out;
    private final TableStore store;

    public NotebookTables(SparkSession spark, String out) {
        this.out = out;
        this.store = new TableStore(spark, out);
    }

    /** The tables under {@code $TICKET_INSIGHTS_OUT} (or {@code ../out}), read with a local Spark. */
    public static NotebookTables open() {
        String env = System.getenv(OUT_VARIABLE);
        String out = env == null || env.isBlank() ? DEFAULT_OUT : env;
        NotebookTables tables = new NotebookTables(Sparks.session("notebook", "local[*]"), out);
        System.out.println("reading tables under " + out + "/tables");
        return tables;
    }

    public String out() {
        return out;
    }

    /** The table, or empty after printing a note that says which job writes it. */
    public Optional<Dataset<Row>> table(String table, String writtenBy) {
        Optional<Dataset<Row>> data = store.read(table);
        if (data.isEmpty()) {
            System.out.println("note: table '" + table + "' is absent under " + out + "/tables (written by "
                    + writtenBy + "); the cells that need it show nothing");
        }
        return data;
    }

    /** Runs {@code use} on the table when it exists (else prints the note of {@link #table}). */
    public void with(String table, String writtenBy, Consumer<Dataset<Row>> use) {
        table(table, writtenBy).ifPresent(use);
    }
}
