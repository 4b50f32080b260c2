package ticketinsights.text;

/**
 * What remains of a message once quoted history, signatures, URLs, handles and e-mail addresses
 * are taken out, with flags saying what was removed (and nothing else about the removed text).
 * {@code truncated} says the text was cut to {@link MessageCleaner#MAX_ANALYSED_CHARS}.
 */
public record CleanedText(String text, boolean quoteRemoved, boolean signatureRemoved,
                          boolean linksRemoved, boolean addressesRemoved, boolean truncated) {

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
