package ticketinsights.closure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Japanese cue matching by substring: Japanese has no spaces to split words on, and the cue
 * phrases are whole predicates ("解決しました", "どうなっていますか") whose inflected forms are
 * listed in the lexicon. A negation right after a match ("解決し" + "ません") vetoes it.
 */
final class JapaneseCues {
    static final String LANGUAGE = "ja";
    private static final int NEGATION_WINDOW = 2;
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");

    private final CueLexicon lexicon;

    JapaneseCues(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the text is written in Japanese (kana are what tell it from Chinese). */
    static boolean isJapanese(String text) {
        return KANA.matcher(text).find();
    }

    List<CueHit> find(String text, Set<String> sections) {
        List<CueHit> hits = new ArrayList<>();
        for (String section : lexicon.sectionNames()) {
            if (!sections.contains(section)) {
                continue;
            }
            for (String phrase : lexicon.phrases(section)) {
                for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                    int end = at + phrase.length();
                    CueHit hit = new CueHit(section, LANGUAGE, at, end, phrase, false, null);
                    hits.add(negatedAfter(text, end) ? hit.veto(Cue.VETO_NEGATION) : hit);
                }
            }
        }
        return hits;
    }

    private boolean negatedAfter(String text, int end) {
        for (String negation : lexicon.phrases(Cue.NEGATION)) {
            for (int offset = 0; offset <= NEGATION_WINDOW; offset++) {
                if (text.startsWith(negation, end + offset)) {
                    return true;
                }
            }
        }
        return false;
    }
}
