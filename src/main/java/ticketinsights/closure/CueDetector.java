package ticketinsights.closure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the closure cues of one message (cleaned text) for its author's role, and applies the
 * vetoes that need the whole message: a confirmation does not count when the same message
 * reports a problem ("thanks, but it still crashes"), asks a new question, or says something
 * the lexicon lists as contrary ("thanks in advance"), or only signs off a longer message
 * ("…details attached. Thanks for your help"); a chase does not count next to a
 * contrary phrase ("no rush"). Negation is vetoed by the language matchers.
 */
public final class CueDetector {
    private static final Map<String, CueDetector> PER_JVM = new ConcurrentHashMap<>();
    /** A reply of at most this many words is short enough for a weak cue ("thanks!") to count. */
    static final int SHORT_REPLY_WORDS = 8;
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private final EnglishCues english;
    private final JapaneseCues japanese;

    public CueDetector(Lemmatiser lemmatiser) {
        this.english = new EnglishCues(CueLexicon.load(EnglishCues.LANGUAGE), lemmatiser);
        this.japanese = new JapaneseCues(CueLexicon.load(JapaneseCues.LANGUAGE));
    }

    /**
     * One detector per JVM and lemmatiser, built on first use: Spark tasks on an executor share
     * it, so the lexicon is lemmatised once, not once per partition.
     */
    public static CueDetector shared(Lemmatiser lemmatiser) {
        return PER_JVM.computeIfAbsent(lemmatiser.getClass().getName(), k -> new CueDetector(lemmatiser));
    }

    /**
     * The cues of a message read without its conversation: as if it answered an agent message
     * that left nothing open.
     */
    public List<CueHit> detect(String text, String authorRole) {
        return detect(text, authorRole, "");
    }

    /**
     * The cues of a message, vetoed ones included (they are evidence too), ordered by position.
     *
     * @param answered the cleaned text of the agent message this one answers (the last public
     *                 agent message before it in its conversation), null when it answers none. A
     *                 weak cue ("thanks!") confirms only as an answer, not when it opens a
     *                 conversation ("thanks for the $3 burrito"), and not when the agent message
     *                 left the next step open ("DM us your number" → "thanks")
     */
    public List<CueHit> detect(String text, String authorRole, String answered) {
        List<String> cues = Cue.forRole(authorRole);
        if (text == null || text.isBlank() || cues.isEmpty()) {
            return List.of();
        }
        Set<String> sections = new HashSet<>(cues);
        cues.forEach(cue -> {
            sections.add(cue + Cue.VETO_SUFFIX);
            sections.add(cue + Cue.WEAK_SUFFIX);
            sections.add(cue + Cue.CLOSING_SUFFIX);
        });
        List<CueHit> found = JapaneseCues.isJapanese(text) ? japanese.find(text, sections) : english.find(text, sections);

        Set<String> contrary = new HashSet<>();
        boolean problem = false;
        for (CueHit hit : found) {
            if (hit.cue().endsWith(Cue.VETO_SUFFIX) && hit.counts()) {
                contrary.add(hit.cue().substring(0, hit.cue().length() - Cue.VETO_SUFFIX.length()));
            }
            problem |= hit.cue().equals(Cue.REPORTED_PROBLEM) && hit.counts();
        }
        boolean question = text.indexOf('?') >= 0 || text.indexOf('？') >= 0;
        boolean shortReply = WORD.matcher(text).results().count() <= SHORT_REPLY_WORDS;
        List<CueHit> hits = new ArrayList<>();
        Boolean answerLeftStepOpen = null; // read only when a weak confirmation needs it
        for (CueHit hit : found) {
            if (hit.cue().endsWith(Cue.VETO_SUFFIX)) {
                continue;
            }
            if (hit.cue().endsWith(Cue.WEAK_SUFFIX)) {
                hit = hit.as(hit.cue().substring(0, hit.cue().length() - Cue.WEAK_SUFFIX.length()));
                if (!shortReply) {
                    hit = hit.veto(Cue.VETO_LONG_MESSAGE);
                } else if (answered == null) {
                    hit = hit.veto(Cue.VETO_NOT_AN_ANSWER);
                } else if (hit.cue().equals(Cue.CONFIRMATION)) {
                    answerLeftStepOpen = answerLeftStepOpen != null ? answerLeftStepOpen : leavesNextStepOpen(answered);
                    if (answerLeftStepOpen) {
                        hit = hit.veto(Cue.VETO_NOTHING_RESOLVED);
                    }
                }
            }
            if (hit.cue().endsWith(Cue.CLOSING_SUFFIX)) {
                hit = hit.as(hit.cue().substring(0, hit.cue().length() - Cue.CLOSING_SUFFIX.length()));
                if (!shortReply && closesMessage(text, hit)) {
                    hit = hit.veto(Cue.VETO_SIGN_OFF);
                }
            }
            if (contrary.contains(hit.cue())) {
                hit = hit.veto(Cue.VETO_CONTRARY_PHRASE);
            }
            if (hit.cue().equals(Cue.CONFIRMATION)) {
                if (problem) {
                    hit = hit.veto(Cue.VETO_REPORTED_PROBLEM);
                } else if (question) {
                    hit = hit.veto(Cue.VETO_NEW_QUESTION);
                }
            }
            hits.add(hit);
        }
        return outermost(hits);
    }

    /**
     * Whether an agent message asks the customer for something or promises a later step, without
     * also telling them it is done or asking them to confirm.
     */
    private boolean leavesNextStepOpen(String agentText) {
        Set<String> sections = Set.of(Cue.PENDING, Cue.RESOLUTION_NOTICE, Cue.CONFIRMATION_ASKED);
        List<CueHit> found = JapaneseCues.isJapanese(agentText) ? japanese.find(agentText, sections)
                : english.find(agentText, sections);
        return fires(found, Cue.PENDING) && !fires(found, Cue.RESOLUTION_NOTICE) && !fires(found, Cue.CONFIRMATION_ASKED);
    }

    /** Whether only punctuation, symbols and emoji follow the hit. */
    private static boolean closesMessage(String text, CueHit hit) {
        return hit.end() >= text.length() || !WORD.matcher(text.substring(hit.end())).find();
    }

    /** Whether any hit of this kind counts (is not vetoed). */
    public static boolean fires(List<CueHit> hits, String cue) {
        return hits.stream().anyMatch(h -> h.cue().equals(cue) && h.counts());
    }

    /**
     * One hit per stretch of text and kind: "works now" also contains "works", and "thank you
     * for your help" contains "thank you"; the longest, earliest match stands for them.
     */
    private static List<CueHit> outermost(List<CueHit> hits) {
        List<CueHit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(CueHit::start).thenComparing(h -> -(h.end() - h.start())));
        List<CueHit> kept = new ArrayList<>();
        for (CueHit hit : sorted) {
            boolean covered = kept.stream().anyMatch(k -> k.cue().equals(hit.cue()) && k.overlaps(hit));
            if (!covered) {
                kept.add(hit);
            }
        }
        return kept;
    }
}
