package ticketinsights.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import ticketinsights.model.SourceFormat;
import ticketinsights.testing.SparkTests;

/** Tiny hand-written export files and helpers to ingest them and look at the result. */
final class Fixtures {

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static Path writeGzip(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** The ingest of the given paths, not written anywhere. */
    static Ingestion ingest(SourceFormat forced, Path... inputs) {
        return Ingestion.of(SparkTests.spark(), java.util.Arrays.stream(inputs).map(Path::toString).toList(), forced);
    }

    static Ingestion ingest(Path... inputs) {
        return ingest(null, inputs);
    }

    /** Rows keyed by one column, for assertions by id. */
    static Map<String, Row> byKey(Dataset<Row> data, String column) {
        Map<String, Row> rows = new TreeMap<>();
        for (Row row : data.collectAsList()) {
            rows.put(row.getAs(column).toString(), row);
        }
        return rows;
    }

    static List<String> reasons(Ingestion ingestion) {
        return ingestion.quarantine.orderBy("source_file", "source_record", "reason").collectAsList().stream()
                .map(r -> r.<String>getAs("reason")).toList();
    }

    private Fixtures() {
    }
}
