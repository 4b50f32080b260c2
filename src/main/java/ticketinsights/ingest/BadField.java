package ticketinsights.ingest;

/** A field that does not fit the source's layout; the message is the quarantine reason. */
final class BadField extends Exception {
    BadField(String message) {
        super(message);
    }
}
