package ticketinsights.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import ticketinsights.ingest.IngestRecord.Origin;

/**
 * The common part of the CSV adapters: RFC 4180 with Commons CSV, header row required, UTF-8
 * with or without BOM, rows whose field count differs from the header's quarantined, a malformed
 * tail (an unclosed quote) quarantined as one record instead of failing the run.
 *
 * <p>A carriage return that is not followed by a line feed is data, not a line end: the real
 * twcs.csv has tweets with bare CRs inside unquoted fields (tweet 3399), which Commons CSV, like
 * every RFC 4180 reader, would take as the end of the record. They are carried through the
 * parser as {@link #BARE_CR} and put back in the values.
 */
abstract class CsvRecordReader extends RecordReader {
    static final char BARE_CR = '\uE000';

    protected final Origin origin;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns;
    private long number;
    private boolean broken;
    private boolean started;

    CsvRecordReader(Origin origin, InputStream in) throws IOException {
        this.origin = origin;
        this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get()
                .parse(new BareCarriageReturns(new java.io.BufferedReader(withoutBom(Utf8.strictReader(in)), 1 << 16)));
        this.columns = parser.getHeaderMap().entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().strip().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
        this.records = parser.iterator();
    }

    /** Turns one data row (1-based {@code number}) into rows of {@link IngestRecord}. */
    protected abstract void convert(CSVRecord record, long number, ArrayDeque<Row> out);

    @Override
    protected final boolean step(ArrayDeque<Row> out) {
        if (!started) {
            started = true;
            broken = !stepHeader(out);
            return true;
        }
        if (broken) {
            return false;
        }
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return false;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            broken = true;
            out.add(IngestRecord.quarantine(origin, number + 1, null,
                    "CSV is malformed after record " + number + " (" + Utf8.describe(e) + "); the rest of the file was not read"));
            return true;
        }
        number++;
        if (record.size() != columns.size() && !(record.size() == 1 && record.get(0).isEmpty())) {
            out.add(IngestRecord.quarantine(origin, number, raw(record),
                    "row has " + record.size() + " fields, the header has " + columns.size()));
            return true;
        }
        if (record.size() == 1 && record.get(0).isEmpty() && columns.size() > 1) {
            return true;
        }
        convert(record, number, out);
        return true;
    }

    /** Checks the header before the first row; false (with a quarantine row added) stops reading the file. */
    protected boolean stepHeader(ArrayDeque<Row> out) {
        return true;
    }

    List<String> header() {
        return columns.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** The value of a column, bare CRs restored; null when empty. */
    protected String value(CSVRecord record, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).replace(BARE_CR, '\r');
        return value.isEmpty() ? null : value;
    }

    protected static String raw(CSVRecord record) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < record.size(); i++) {
            text.append(i == 0 ? "" : ",").append(record.get(i).replace(BARE_CR, '\r'));
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    /** Replaces a CR not followed by LF with {@link #BARE_CR}. */
    private static final class BareCarriageReturns extends FilterReader {
        private int lookahead = -2;

        BareCarriageReturns(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = lookahead != -2 ? lookahead : in.read();
            lookahead = -2;
            if (c == '\r') {
                int next = in.read();
                lookahead = next;
                return next == '\n' ? '\r' : BARE_CR;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = 0;
            while (n < length) {
                if (n > 0 && lookahead == -2 && !in.ready()) {
                    break;
                }
                int c = read();
                if (c == -1) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n++] = (char) c;
            }
            return n;
        }
    }
}
