package ticketinsights.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Parquet tables under {@code <out>/tables/<table>/}, written atomically.
 *
 * <p>A table is written to a staging directory first and swapped in by two renames only once
 * Spark has committed every file, so a failed or killed run never leaves a half-written table
 * where the last good one was. If a run dies between the two renames, the previous table waits
 * under {@code .<table>.previous} and the next access puts it back. Paths go through Hadoop's
 * {@link FileSystem}, so {@code hdfs://} and {@code s3a://} outputs work as local ones do.
 */
public final class TableStore {
    private static final String STAGING = "_staging";

    private final SparkSession spark;
    private final Path root;

    public TableStore(SparkSession spark, String outDir) {
        this.spark = spark;
        this.root = new Path(outDir, "tables");
    }

    /** Where a table lives, for readers outside Spark (notebooks, reports). */
    public Path location(String table) {
        return new Path(root, table);
    }

    /**
     * Replaces {@code table} with {@code data}. Rows are sorted within files by {@code sortBy}
     * so re-runs over the same input write the same rows in the same order.
     */
    public void write(String table, Dataset<Row> data, String[] partitionBy, String... sortBy) {
        FileSystem fs = fileSystem();
        Path target = location(table);
        Path staged = new Path(new Path(root, STAGING), table + "-" + UUID.randomUUID());
        try {
            recover(fs, table);
            Dataset<Row> ordered = sortBy.length == 0 ? data : data.sortWithinPartitions(first(sortBy), rest(sortBy));
            ordered.write().mode(SaveMode.ErrorIfExists).partitionBy(partitionBy).parquet(staged.toString());
            if (partitionBy.length > 0 && !holdsParquet(fs, staged)) {
                writeEmpty(data, staged);
            }
            Path previous = previousOf(table);
            if (fs.exists(previous)) {
                fs.delete(previous, true);
            }
            if (fs.exists(target) && !fs.rename(target, previous)) {
                throw new IOException("could not move " + target + " aside to " + previous);
            }
            if (!fs.rename(staged, target)) {
                throw new IOException("could not move " + staged + " to " + target);
            }
            fs.delete(previous, true);
        } catch (IOException e) {
            throw new UncheckedIOException("writing table " + table + " failed; the previous version is kept", e);
        } finally {
            deleteQuietly(fs, staged);
            deleteIfEmpty(fs, staged.getParent());
        }
    }

    /** The table, or empty when no run has written it yet. */
    public Optional<Dataset<Row>> read(String table) {
        FileSystem fs = fileSystem();
        try {
            recover(fs, table);
            Path path = location(table);
            if (!fs.exists(path)) {
                return Optional.empty();
            }
            return Optional.of(spark.read().parquet(path.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading table " + table + " failed", e);
        }
    }

    /** The table, failing with a message that says which job writes it when it is missing. */
    public Dataset<Row> require(String table, String writtenBy) {
        return read(table).orElseThrow(() -> new IllegalStateException(
                "table '" + table + "' is missing under " + root + ": run " + writtenBy + " first"));
    }

    public boolean exists(String table) {
        return read(table).isPresent();
    }

    /**
     * Spark writes nothing but a success marker for an empty partitioned table, and such a
     * directory cannot be read back (no schema to infer). An empty table is therefore written as
     * one empty, unpartitioned file that carries the schema, partition columns included.
     */
    private void writeEmpty(Dataset<Row> data, Path staged) throws IOException {
        FileSystem fs = fileSystem();
        fs.delete(staged, true);
        spark.createDataFrame(java.util.List.of(), data.schema())
                .coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(staged.toString());
    }

    private static boolean holdsParquet(FileSystem fs, Path dir) throws IOException {
        var files = fs.listFiles(dir, true);
        while (files.hasNext()) {
            if (files.next().getPath().getName().endsWith(".parquet")) {
                return true;
            }
        }
        return false;
    }

    private void recover(FileSystem fs, String table) throws IOException {
        Path previous = previousOf(table);
        if (!fs.exists(location(table)) && fs.exists(previous) && !fs.rename(previous, location(table))) {
            throw new IOException("could not restore " + previous);
        }
    }

    private Path previousOf(String table) {
        return new Path(root, "." + table + ".previous");
    }

    private FileSystem fileSystem() {
        try {
            return root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the file system of " + root, e);
        }
    }

    private static void deleteQuietly(FileSystem fs, Path path) {
        try {
            fs.delete(path, true);
        } catch (IOException ignored) {
            // A stale staging directory is harmless: readers never look inside _staging.
        }
    }

    private static void deleteIfEmpty(FileSystem fs, Path dir) {
        try {
            if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
                fs.delete(dir, false);
            }
        } catch (IOException ignored) {
            // Another job writing concurrently may have just staged a table there.
        }
    }

    private static String first(String[] names) {
        return names[0];
    }

    private static String[] rest(String[] names) {
        return java.util.Arrays.copyOfRange(names, 1, names.length);
    }
}
