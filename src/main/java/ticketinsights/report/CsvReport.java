package ticketinsights.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes report tables as CSV (RFC 4180, UTF-8, header row) with Commons CSV, safe to open in a
 * spreadsheet: a text cell that begins with {@code = + - @}, a tab or a carriage return is
 * prefixed with an apostrophe, so the spreadsheet shows it as text instead of running it as a
 * formula (OWASP's advice on CSV injection). Plain numbers such as {@code -0.25} are left alone.
 */
public final class CsvReport {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /** The cell as written: formula-leading text neutralised. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** Writes {@code table}: its headers, then the cells' texts. */
    public static void write(ReportTable table, OutputStream out) {
        List<String> header = table.columns().stream().map(ReportTable.Column::header).toList();
        List<List<String>> rows = table.rows().stream()
                .map(row -> row.stream().map(ReportTable.Cell::text).toList()).toList();
        write(header, rows, out);
    }

    public static void write(List<String> header, List<List<String>> rows, OutputStream out) {
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(header.stream().map(CsvReport::neutralise).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvReport::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV failed", e);
        }
    }

    private CsvReport() {
    }
}
