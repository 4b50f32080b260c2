package ticketinsights.closure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The phrasing rules one agent message breaks (cleaned text), read with the lexicons {@code
 * phrasing-en.txt} (CoreNLP lemmas) and {@code phrasing-ja.txt} (substrings): a refusal counts only
 * when nothing in the message offers an alternative ("we can't change the seat, but you can…" is
 * not bare), a documentation pointer only when it is the whole answer, and every apology is
 * returned so the ticket can count them.
 */
public final class PhrasingDetector {
    /**
     * A documentation pointer is the whole answer when the rest of the message (outside the
     * pointer's sentence) has at most this many words: room for a greeting, a "sorry for the
     * trouble" and an agent's initials, not for an answer.
     */
    static final int MAX_WORDS_BESIDE_POINTER = 10;
    private static final Map<String, PhrasingDetector> PER_JVM = new ConcurrentHashMap<>();
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\\n。！？]");
    private static final Pattern NEGATION_AFTER = Pattern.compile("^(?:n['’]t|\\s*not\\b)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SECTIONS = Set.of(PhrasingRule.BARE_REFUSAL, PhrasingRule.BARE_REFUSAL + Cue.VETO_SUFFIX,
            PhrasingRule.BLAMES_CUSTOMER, PhrasingRule.BLAMES_CUSTOMER + Cue.VETO_SUFFIX, PhrasingRule.POINTS_TO_MANUAL,
            PhrasingRule.APOLOGY);

    private final EnglishCues english;
    private final JapaneseCues japanese;

    public PhrasingDetector(Lemmatiser lemmatiser) {
        this.english = new EnglishCues(CueLexicon.load("phrasing", EnglishCues.LANGUAGE), lemmatiser);
        this.japanese = new JapaneseCues(CueLexicon.load("phrasing", JapaneseCues.LANGUAGE));
    }

    /** One detector per JVM and lemmatiser, shared by the Spark tasks of an executor. */
    public static PhrasingDetector shared(Lemmatiser lemmatiser) {
        return PER_JVM.computeIfAbsent(lemmatiser.getClass().getName(), k -> new PhrasingDetector(lemmatiser));
    }

    /**
     * The rules the message breaks (at most one hit per rule) and each of its apologies (cue
     * {@code apology}), ordered by position.
     */
    public List<CueHit> detect(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<CueHit> found = (JapaneseCues.isJapanese(text) ? japanese.find(text, SECTIONS) : english.find(text, SECTIONS))
                .stream().filter(CueHit::counts).toList();
        List<CueHit> out = new ArrayList<>();
        if (!vetoed(text, found, PhrasingRule.BARE_REFUSAL)) {
            // The last refusal: the message is flagged for how it ends.
            hitsOf(found, PhrasingRule.BARE_REFUSAL).reduce((first, second) -> second).ifPresent(out::add);
        }
        if (!vetoed(text, found, PhrasingRule.BLAMES_CUSTOMER)) {
            hitsOf(found, PhrasingRule.BLAMES_CUSTOMER).findFirst().ifPresent(out::add);
        }
        hitsOf(found, PhrasingRule.POINTS_TO_MANUAL).filter(h -> isWholeAnswer(text, h)).findFirst().ifPresent(out::add);
        List<CueHit> apologies = new ArrayList<>();
        hitsOf(found, PhrasingRule.APOLOGY).forEach(h -> {
            if (apologies.stream().noneMatch(h::overlaps)) {
                apologies.add(h);
            }
        });
        out.addAll(apologies);
        out.sort(Comparator.comparingInt(CueHit::start));
        return out;
    }

    /** Start and end (exclusive) of the sentence around a hit, trimmed. */
    static int[] sentenceAround(String text, CueHit hit) {
        int start = 0;
        var ends = SENTENCE_END.matcher(text);
        while (ends.find() && ends.end() <= hit.start()) {
            start = ends.end();
        }
        int end = ends.find(hit.end()) ? ends.end() : text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static java.util.stream.Stream<CueHit> hitsOf(List<CueHit> found, String rule) {
        return found.stream().filter(h -> h.cue().equals(rule));
    }

    /**
     * Whether a veto phrase of the rule is in the message, not inside one of the rule's own
     * matches ("we can" in "nothing more we can do") and not followed by "not" ("we can't").
     */
    private static boolean vetoed(String text, List<CueHit> found, String rule) {
        return hitsOf(found, rule + Cue.VETO_SUFFIX).anyMatch(veto -> !NEGATION_AFTER.matcher(text.substring(veto.end())).find()
                && hitsOf(found, rule).noneMatch(hit -> hit.start() <= veto.start() && veto.end() <= hit.end()));
    }

    private static boolean isWholeAnswer(String text, CueHit pointer) {
        int[] sentence = sentenceAround(text, pointer);
        String beside = text.substring(0, sentence[0]) + " " + text.substring(sentence[1]);
        return CueDetector.WORD.matcher(beside).results().count() <= MAX_WORDS_BESIDE_POINTER;
    }
}
