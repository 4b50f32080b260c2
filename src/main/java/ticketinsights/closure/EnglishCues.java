package ticketinsights.closure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ticketinsights.text.EnglishLemmas.Token;

/**
 * English cue matching on lemmas: each lexicon phrase is lemmatised once with the same
 * lemmatiser as the messages, so "works now", "worked now" and "working now" are one cue. A
 * {@code *} in a phrase stands for up to {@value #GAP} words ("let * know if" matches "let us
 * know if" and "let me know if"); a word written {@code =fixed} matches only that form, where the
 * lemma would be too wide ("fixed it" confirms, "fix it" demands). A negation word up to
 * {@value #NEGATION_WINDOW} words before a cue, in the same clause, vetoes it ("not working",
 * "never arrived"); a {@code negation_next} word only negates the word right after it ("no
 * error", but not "no, it's fixed" or "no its still broken").
 */
final class EnglishCues {
    static final String LANGUAGE = "en";
    private static final int GAP = 3;
    private static final int NEGATION_WINDOW = 3;
    private static final String WILDCARD = "*";
    private static final String EXACT = "=";
    // A clause ends at these: a negation before them does not reach the cue after them
    // ("No, it's done now" is a confirmation).
    private static final Set<String> CLAUSE_BREAKS = Set.of(".", ",", ";", ":", "!", "?", "but", "-", "--", "…");

    /** One lexicon phrase: a word is any of its forms (lemma, as written), null is a gap. */
    private record Phrase(String section, List<Set<String>> words) {
    }

    private final Lemmatiser lemmatiser;
    private final List<Phrase> phrases = new ArrayList<>();
    private final Set<String> negations = new HashSet<>();
    private final Set<String> nextWordNegations = new HashSet<>();
    private final Set<String> notYet = new HashSet<>();
    private final Set<String> hypothetical = new HashSet<>();

    EnglishCues(CueLexicon lexicon, Lemmatiser lemmatiser) {
        this.lemmatiser = lemmatiser;
        for (String section : lexicon.sectionNames()) {
            for (String phrase : lexicon.phrases(section)) {
                if (section.equals(Cue.NEGATION)) {
                    negations.addAll(forms(phrase));
                } else if (section.equals(Cue.NEGATION_NEXT)) {
                    nextWordNegations.addAll(forms(phrase));
                } else if (section.equals(Cue.NOT_YET)) {
                    notYet.addAll(forms(phrase));
                } else if (section.equals(Cue.HYPOTHETICAL)) {
                    hypothetical.addAll(forms(phrase));
                } else {
                    phrases.add(new Phrase(section, compile(phrase)));
                }
            }
        }
    }

    /** Every match of the given sections in {@code text}, negated ones marked vetoed. */
    List<CueHit> find(String text, Set<String> sections) {
        String normalised = normalise(text);
        List<Token> tokens = lemmatiser.tokens(normalised);
        List<CueHit> hits = new ArrayList<>();
        for (Phrase phrase : phrases) {
            if (!sections.contains(phrase.section())) {
                continue;
            }
            for (int start = 0; start < tokens.size(); start++) {
                int end = match(phrase.words(), 0, tokens, start);
                if (end > start) {
                    int from = tokens.get(start).begin();
                    int to = tokens.get(end - 1).end();
                    CueHit hit = new CueHit(phrase.section(), LANGUAGE, from, to, text.substring(from, to), false, null);
                    if (precededBy(tokens, start, negations, NEGATION_WINDOW) || precededBy(tokens, start, nextWordNegations, 1)) {
                        hit = hit.veto(Cue.VETO_NEGATION);
                    } else if (phrase.section().equals(Cue.RESOLUTION_NOTICE) && precededBy(tokens, start, notYet, NEGATION_WINDOW)) {
                        hit = hit.veto(Cue.VETO_NOT_YET);
                    } else if (isConfirmation(phrase.section()) && precededBy(tokens, start, hypothetical, NEGATION_WINDOW)) {
                        hit = hit.veto(Cue.VETO_HYPOTHETICAL);
                    }
                    hits.add(hit);
                }
            }
        }
        return hits;
    }

    /** The confirmation section or one of its variants ({@code confirmation.weak}, {@code .closing}). */
    private static boolean isConfirmation(String section) {
        return section.equals(Cue.CONFIRMATION) || section.startsWith(Cue.CONFIRMATION + ".");
    }

    /** Token index just after the match of {@code words[w..]} starting at token {@code t}, or -1. */
    private static int match(List<Set<String>> words, int w, List<Token> tokens, int t) {
        if (w == words.size()) {
            return t;
        }
        Set<String> forms = words.get(w);
        if (forms == null) {
            for (int skip = 0; skip <= GAP && t + skip <= tokens.size(); skip++) {
                int end = match(words, w + 1, tokens, t + skip);
                if (end >= 0) {
                    return end;
                }
                if (t + skip < tokens.size() && CLAUSE_BREAKS.contains(tokens.get(t + skip).word())) {
                    break;
                }
            }
            return -1;
        }
        if (t >= tokens.size() || !matches(forms, tokens.get(t))) {
            return -1;
        }
        return match(words, w + 1, tokens, t + 1);
    }

    private static boolean matches(Set<String> forms, Token token) {
        if (forms.size() == 1 && forms.iterator().next().startsWith(EXACT)) {
            return forms.contains(EXACT + token.word().toLowerCase(Locale.ROOT));
        }
        return forms.contains(token.lemma()) || forms.contains(token.word().toLowerCase(Locale.ROOT));
    }

    private static boolean precededBy(List<Token> tokens, int start, Set<String> words, int window) {
        for (int i = start - 1; i >= Math.max(0, start - window); i--) {
            Token token = tokens.get(i);
            if (CLAUSE_BREAKS.contains(token.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (matches(words, token)) {
                return true;
            }
        }
        return false;
    }

    private List<Set<String>> compile(String phrase) {
        List<Set<String>> words = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        for (String chunk : phrase.strip().split("\\s+")) {
            if (chunk.equals(WILDCARD)) {
                addSegment(words, segment);
                if (!words.isEmpty()) {
                    words.add(null);
                }
            } else if (chunk.startsWith(EXACT) && chunk.length() > 1) {
                addSegment(words, segment);
                words.add(Set.of(chunk));
            } else {
                segment.append(segment.isEmpty() ? "" : " ").append(chunk);
            }
        }
        addSegment(words, segment);
        while (!words.isEmpty() && words.get(words.size() - 1) == null) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    private void addSegment(List<Set<String>> words, StringBuilder segment) {
        if (!segment.isEmpty()) {
            for (Token token : lemmatiser.tokens(normalise(segment.toString()))) {
                words.add(formsOf(token));
            }
            segment.setLength(0);
        }
    }

    private Set<String> forms(String word) {
        if (word.startsWith(EXACT) && word.length() > 1) {
            return Set.of(word.substring(1));
        }
        Set<String> forms = new HashSet<>();
        forms.add(word);
        for (Token token : lemmatiser.tokens(normalise(word))) {
            forms.addAll(formsOf(token));
        }
        return forms;
    }

    /** A word matches a cue word by lemma or as written (CoreNLP tags some cue words differently alone). */
    private static Set<String> formsOf(Token token) {
        return Set.copyOf(List.of(token.lemma(), token.word().toLowerCase(Locale.ROOT)));
    }

    /** Typographic apostrophes as ASCII, so "don’t" splits like "don't"; lengths are unchanged. */
    static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
