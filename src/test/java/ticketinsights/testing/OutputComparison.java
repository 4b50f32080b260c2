package ticketinsights.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/** Assertions over two pipeline output directories ({@code tables/}, {@code reports/}). */
public final class OutputComparison {

    /** Every table of {@code expected} exists in {@code actual} with the same rows (as a multiset). */
    public static void assertSameTables(Path expected, Path actual) throws IOException {
        assertSameTables(expected, actual, Map.of());
    }

    /**
     * As {@link #assertSameTables(Path, Path)}, but the tables named in {@code comparedColumns} are
     * compared on those columns only.
     */
    public static void assertSameTables(Path expected, Path actual, Map<String, List<String>> comparedColumns)
            throws IOException {
        List<String> tables = tablesUnder(expected);
        assertFalse(tables.isEmpty(), "no tables under " + expected);
        assertEquals(tables, tablesUnder(actual), "both runs write the same tables");
        for (String table : tables) {
            Dataset<Row> want = read(expected, table);
            Dataset<Row> got = read(actual, table);
            if (comparedColumns.containsKey(table)) {
                Column[] columns = comparedColumns.get(table).stream().map(functions::col).toArray(Column[]::new);
                want = want.select(columns);
                got = got.select(columns);
            }
            assertEquals(want.count(), got.count(), table + ": row counts differ");
            assertEquals(0, want.exceptAll(got).count(), table + ": rows of " + expected + " missing in " + actual);
            assertEquals(0, got.exceptAll(want).count(), table + ": rows of " + actual + " missing in " + expected);
        }
    }

    /** Every file under {@code reports/} of {@code expected} exists under {@code actual} with the same bytes. */
    public static void assertSameReports(Path expected, Path actual) throws IOException {
        List<Path> files = filesUnder(expected.resolve("reports"));
        assertFalse(files.isEmpty(), "no report files under " + expected);
        assertEquals(files, filesUnder(actual.resolve("reports")), "both runs write the same report files");
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve("reports").resolve(file)),
                    Files.readAllBytes(actual.resolve("reports").resolve(file)), "reports/" + file + " differs");
        }
    }

    public static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Dataset<Row> read(Path out, String table) {
        return SparkTests.spark().read().parquet(out.resolve("tables").resolve(table).toString());
    }

    private static List<String> tablesUnder(Path out) throws IOException {
        try (Stream<Path> children = Files.list(out.resolve("tables"))) {
            return children.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("_") && !name.startsWith("."))
                    .sorted().toList();
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    private OutputComparison() {
    }
}
