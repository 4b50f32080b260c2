package ticketinsights.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the ground truth other stages test against: which tickets carry which planted problem
 * (and in which wording), which closure cue each message was written to carry, and the broken
 * records of each form.
 */
final class TruthWriter implements SampleSink {
    private final Path dir;
    private final CSVPrinter issues;
    private final CSVPrinter cues;

    TruthWriter(Path dir) throws IOException {
        this.dir = dir;
        issues = new CSVPrinter(SampleSink.open(dir.resolve("planted_issues.csv")), CSVFormat.RFC4180);
        issues.printRecord("ticket_id", "issue_key", "kind", "wording_variant", "language", "week");
        cues = new CSVPrinter(SampleSink.open(dir.resolve("planted_cues.csv")), CSVFormat.RFC4180);
        cues.printRecord("message_id", "ticket_id", "cue", "language", "author_role", "note");
    }

    @Override
    public void accept(SampleTicket t, long index) throws IOException {
        if (t.issueKey != null) {
            issues.printRecord(t.id, t.issueKey, t.issueKind, t.wordingVariant, t.language, t.week);
        }
        for (SampleTicket.Message m : t.messages) {
            String language = language(m.body());
            List<String> planted = m.cues().isEmpty() ? List.of("none") : m.cues();
            for (String cue : planted) {
                cues.printRecord(m.id(), t.id, cue, language, m.role(), m.note() == null ? "" : m.note());
            }
        }
    }

    /** The language a message is written in: the generator writes Japanese or English, so kana/kanji decide. */
    static String language(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if ((c >= '\u3040' && c <= '\u30ff') || (c >= '\u4e00' && c <= '\u9fff')) {
                return "ja";
            }
        }
        return "en";
    }

    /** Writes the broken records of every form (called once the form writers are closed). */
    void writeBroken(List<Broken> broken) throws IOException {
        try (CSVPrinter out = new CSVPrinter(SampleSink.open(dir.resolve("broken_records.csv")), CSVFormat.RFC4180)) {
            out.printRecord("form", "file", "record", "line", "ticket_id", "message_id", "problem");
            for (Broken b : broken) {
                out.printRecord(b.form(), b.file(), b.record(), b.line(), b.ticketId(), b.messageId(), b.problem());
            }
        }
    }

    @Override
    public void close() throws IOException {
        issues.close();
        cues.close();
    }
}
