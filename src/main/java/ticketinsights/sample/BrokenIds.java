package ticketinsights.sample;

/** Ids of the planted broken records: outside the range of real ids, so they never collide. */
final class BrokenIds {
    private BrokenIds() {
    }

    static long ticket(String form, int k) {
        return (form.equals(CanonicalCsvWriter.FORM) ? 99_100_000L : 99_200_000L) + k;
    }

    static long message(String form, int k) {
        return (form.equals(CanonicalCsvWriter.FORM) ? 9_910_000_000L : 9_920_000_000L) + k;
    }
}
