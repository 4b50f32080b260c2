package ticketinsights.closure;

import java.util.List;
import java.util.Set;
import ticketinsights.model.AuthorRole;

/**
 * The kinds of evidence the closure detectors write to {@code message_cues}, and the lexicon
 * sections that only veto or flip them. Definitions: METRICS.md, "Closure confirmation".
 */
public final class Cue {
    /** Agent: tells the customer the issue is fixed or answered ("that's fixed now"). */
    public static final String RESOLUTION_NOTICE = "resolution_notice";
    /** Agent: asks the customer to confirm ("does this solve it?", "let us know if…"). */
    public static final String CONFIRMATION_ASKED = "confirmation_asked";
    /** Customer: an affirmative reply ("works now", "all good, thanks", "解決しました"). */
    public static final String CONFIRMATION = "confirmation";
    /** Customer: asks where things stand ("any update?", "still waiting", "どうなっていますか"). */
    public static final String CHASE = "chase";
    /** Customer: the problem is new or still there ("still not working"); vetoes a confirmation. */
    public static final String REPORTED_PROBLEM = "reported_problem";
    /** Customer: a negative word from the lexicon; used for silent departures without sentiment. */
    public static final String NEGATIVE = "negative";

    /** Lexicon section of words that flip the cue after them ("not", "never", "ません"). */
    static final String NEGATION = "negation";
    /** Lexicon section of words that negate only the word right after them ("no"). */
    static final String NEGATION_NEXT = "negation_next";
    /**
     * Suffix of a lexicon section of weak cues, which count only in a short reply: "thanks" alone
     * confirms, "thanks" at the end of a new request does not.
     */
    static final String WEAK_SUFFIX = ".weak";
    /**
     * Suffix of a lexicon section of courtesy cues ("thanks for your help"), which do not count
     * when they close a message longer than a short reply: there they sign off a request.
     */
    static final String CLOSING_SUFFIX = ".closing";
    /**
     * Lexicon section of agent phrases that leave the next step open: a request to the customer
     * ("DM us your order number", "which store?") or a promise of later work ("we'll call you
     * shortly"). A bare "thanks" answering such a message acknowledges it; nothing was resolved.
     */
    static final String PENDING = "pending";
    /** Lexicon section of words that make a following resolution notice a promise ("will", "can"). */
    static final String NOT_YET = "not_yet";
    /**
     * Lexicon section of words that make a following confirmation hypothetical ("would be up and
     * running", "once it's fixed", "I want it working").
     */
    static final String HYPOTHETICAL = "hypothetical";
    /** Suffix of a lexicon section whose phrases veto that cue in the same message. */
    static final String VETO_SUFFIX = ".veto";

    /** Veto reasons written to {@code message_cues.veto_reason}. */
    public static final String VETO_NEGATION = "negation";
    public static final String VETO_REPORTED_PROBLEM = "reported_problem";
    /** A resolution promised, not given ("we'll get this sorted"). */
    public static final String VETO_NOT_YET = "not_yet";
    /** An outcome wished for or conditional, not reported ("it would be up and running"). */
    public static final String VETO_HYPOTHETICAL = "hypothetical";
    /** A weak cue ("thanks") in a message too long to be a short affirmative reply. */
    public static final String VETO_LONG_MESSAGE = "long_message";
    /** A courtesy cue that closes a longer message ("…details in the description. Thanks for your help"). */
    public static final String VETO_SIGN_OFF = "sign_off";
    /** A weak cue answering an agent message that asked for something or promised a later step. */
    public static final String VETO_NOTHING_RESOLVED = "nothing_resolved";
    /** A weak cue in a message that does not answer an agent (it opens the conversation). */
    public static final String VETO_NOT_AN_ANSWER = "not_an_answer";
    public static final String VETO_NEW_QUESTION = "new_question";
    public static final String VETO_CONTRARY_PHRASE = "contrary_phrase";
    /** An unanswered follow-up that already confirms is not a chase. */
    public static final String VETO_CONFIRMED = "confirmation";

    static final List<String> CUSTOMER_CUES = List.of(CONFIRMATION, CHASE, REPORTED_PROBLEM, NEGATIVE);
    static final List<String> AGENT_CUES = List.of(RESOLUTION_NOTICE, CONFIRMATION_ASKED);
    static final Set<String> SECTIONS = Set.of(RESOLUTION_NOTICE, CONFIRMATION_ASKED, CONFIRMATION, CHASE,
            REPORTED_PROBLEM, NEGATIVE, NEGATION, NEGATION_NEXT, NOT_YET, HYPOTHETICAL, PENDING);

    /** The cues looked for in a message by this author (system messages carry none). */
    static List<String> forRole(String authorRole) {
        if (AuthorRole.CUSTOMER.equals(authorRole)) {
            return CUSTOMER_CUES;
        }
        return AuthorRole.AGENT.equals(authorRole) ? AGENT_CUES : List.of();
    }

    private Cue() {
    }
}
