package ticketinsights.report;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The pure pieces: masking, CSV neutralising, Markdown escaping, ISO weeks, number formats. */
class ReportFormatsTest {
    private final Pii pii = new Pii(true);

    @Test
    void masksEmailAddressesAndPhoneNumbersButNotDatesOrSmallNumbers() {
        assertEquals("write to (email hidden) today", pii.mask("write to jane.doe+x@mail.example.co.uk today"));
        assertEquals("call (phone hidden) now", pii.mask("call +1 (555) 010-7788 now"));
        assertEquals("call (phone hidden)", pii.mask("call 03-1234-5678"));
        assertEquals("call (phone hidden).", pii.mask("call 07700 900123."));
        assertEquals("on 2024-03-04 at 10:30, 3 crashes in 45 min, order 1234", pii.mask("on 2024-03-04 at 10:30, 3 crashes in 45 min, order 1234"));
        assertEquals("jane@example.com", new Pii(false).mask("jane@example.com"));
    }

    @Test
    void neutralisesFormulaLeadingCellsButNotNumbers() {
        assertEquals("'=1+2", CsvReport.neutralise("=1+2"));
        assertEquals("'+SUM(A1)", CsvReport.neutralise("+SUM(A1)"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", CsvReport.neutralise("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1)", CsvReport.neutralise("@SUM(A1)"));
        assertEquals("'\t=1", CsvReport.neutralise("\t=1"));
        assertEquals("'\r=1", CsvReport.neutralise("\r=1"));
        assertEquals("-0.25", CsvReport.neutralise("-0.25"));
        assertEquals("a=b", CsvReport.neutralise("a=b"));
    }

    @Test
    void escapesMarkdown() {
        assertEquals("&lt;script&gt;x&lt;/script&gt; a\\|b \\*c\\* \\[l\\](u) line two",
                Templates.escapeMarkdown("<script>x</script> a|b *c* [l](u) line\ntwo".replace("line\n", "line ")));
        assertEquals("a b", Templates.escapeMarkdown("a\nb"));
    }

    @Test
    void isoWeeks() {
        assertEquals("2020-12-28", ReportWeek.monday("2020-W53").toString());
        assertEquals("2021-W01", ReportWeek.plus("2020-W53", 1));
        assertEquals("2024-W09", ReportWeek.plus("2024-W10", -1));
        assertEquals("2024-W10", ReportWeek.lastComplete(Instant.parse("2024-03-12T08:00:00Z")), "data into W11: W10 complete");
        assertEquals("2024-W10", ReportWeek.lastComplete(Instant.parse("2024-03-11T00:00:00Z")), "data reaches the end of W10");
        assertEquals("2024-W09", ReportWeek.lastComplete(Instant.parse("2024-03-10T23:59:59Z")), "W10 not over yet");
        assertThrows(IllegalArgumentException.class, () -> ReportWeek.monday("2021-W53"));
        assertThrows(IllegalArgumentException.class, () -> ReportWeek.monday("last week"));
    }

    @Test
    void formatsValuesAndChanges() {
        assertEquals("12.5%", Metric.BREACH_RATE.format(0.125));
        assertEquals("−2.5 pp", Metric.BREACH_RATE.formatChange(0.1, 0.125));
        assertEquals("2.0 h", Metric.FIRST_REPLY_P50.format(120.0));
        assertEquals("36.0 h", Metric.FIRST_REPLY_P50.format(2160.0));
        assertEquals("3.0 d", Metric.FIRST_REPLY_P50.format(4320.0));
        assertEquals("—", Metric.CSAT_SCORE.format(null));
        assertEquals("—", Metric.CSAT_SCORE.formatChange(0.5, null));
        assertEquals("+0 (+0%)", Metric.TICKETS.formatChange(10.0, 10.0));
    }
}
