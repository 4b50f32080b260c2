package ticketinsights.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * Streams the rows of one export file: each {@link #step} reads the next source record and adds
 * what it becomes (usually one row, a ticket with embedded comments several). Nothing holds a
 * whole file in memory, so a file of millions of messages streams through one task.
 */
abstract class RecordReader implements Iterator<Row>, Closeable {
    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private boolean finished;

    /** Reads the next source record into {@code out}; false once the file is exhausted. */
    protected abstract boolean step(ArrayDeque<Row> out) throws IOException;

    @Override
    public final boolean hasNext() {
        try {
            while (pending.isEmpty() && !finished) {
                if (!step(pending)) {
                    finished = true;
                    close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return !pending.isEmpty();
    }

    @Override
    public final Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }
}
