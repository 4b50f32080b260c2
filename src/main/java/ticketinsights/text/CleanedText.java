package ticketinsights.text;

/**
 * What remains of a message once quoted history, signatures, URLs, handles and e-mail addresses
 * are taken out, with flags saying what was removed (and nothing else about the removed text).
 */
public record CleanedText(String text, boolean quoteRemoved, boolean signatureRemoved,
                          boolean linksRemoved, boolean addressesRemoved) {

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
