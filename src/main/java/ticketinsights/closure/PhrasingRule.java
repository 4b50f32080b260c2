package ticketinsights.closure;

import java.util.List;

/**
 * The agent-phrasing coaching rules of {@code agent_phrasing}, from the support practice the
 * product follows (issue 8, "Beyond"): end with an alternative, not a bare no; do not blame the
 * customer; answer instead of pointing to the manual; do not keep apologising.
 */
public final class PhrasingRule {
    /** A refusal ("not possible", "we can't", "unable to") with no alternative in the message. */
    public static final String BARE_REFUSAL = "bare_refusal";
    /** The customer is told they caused it ("you should have called", "for future reference"). */
    public static final String BLAMES_CUSTOMER = "blames_customer";
    /** A documentation, FAQ or help-page pointer is the whole answer. */
    public static final String POINTS_TO_MANUAL = "points_to_manual";
    /** An apologising agent message in a ticket whose agents apologise {@link #REPEATED_APOLOGIES} or more times. */
    public static final String REPEATED_APOLOGY = "repeated_apology";
    /** Apologies in one ticket from which each apologising message is flagged. */
    public static final int REPEATED_APOLOGIES = 3;
    /** Lexicon section and detector output for one apology; becomes {@link #REPEATED_APOLOGY} per ticket. */
    static final String APOLOGY = "apology";

    /** The rules written to {@code agent_phrasing}, in report order. */
    public static final List<String> RULES = List.of(BARE_REFUSAL, BLAMES_CUSTOMER, POINTS_TO_MANUAL, REPEATED_APOLOGY);

    private PhrasingRule() {
    }
}
