package ticketinsights.issues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of a problem statement: {@code bug}, {@code feature_request}, {@code question} or
 * {@code other}. Source labels win (GitHub {@code bug}; {@code enhancement}/{@code feature};
 * {@code question}), because the people who triage set them; otherwise cue phrases from
 * {@code kind-cues-en.txt} and {@code kind-cues-ja.txt} decide, the kind with most cue matches
 * winning and ties going bug → feature request → question (a crash reported as a question is
 * still a crash).
 */
public final class IssueKinds {
    public static final String BUG = "bug";
    public static final String FEATURE_REQUEST = "feature_request";
    public static final String QUESTION = "question";
    public static final String OTHER = "other";
    private static final List<String> ORDER = List.of(BUG, FEATURE_REQUEST, QUESTION);

    static final double DOMINANT_SHARE = 0.25;

    private record Cue(String kind, Pattern pattern) {
    }

    private static final List<Cue> CUES = loadCues();

    /** The kind from tags when they say it, else from the statement's cue phrases. */
    public static String of(String statement, List<String> tags) {
        String fromTags = fromTags(tags);
        return fromTags != null ? fromTags : fromText(statement);
    }

    /**
     * A cluster's kind: its most common ticket kind other than {@code other}, when that kind is
     * at least {@link #DOMINANT_SHARE} of the cluster's tickets (ties: bug, feature request,
     * question); else {@code other}. Most tickets carry no cue at all, so a majority over all
     * tickets would almost always say {@code other}.
     */
    public static String dominant(java.util.Map<String, Long> ticketsByKind) {
        long total = ticketsByKind.values().stream().mapToLong(Long::longValue).sum();
        String best = OTHER;
        long bestCount = 0;
        for (String kind : ORDER) {
            long c = ticketsByKind.getOrDefault(kind, 0L);
            if (c > bestCount) {
                best = kind;
                bestCount = c;
            }
        }
        return total > 0 && bestCount >= DOMINANT_SHARE * total ? best : OTHER;
    }

    static String fromTags(List<String> tags) {
        if (tags == null) {
            return null;
        }
        for (String tag : tags) {
            String t = tag.toLowerCase(Locale.ROOT).replaceAll("^(type|kind)[:/ ]\\s*", "").strip();
            if (t.equals("bug") || t.equals("defect") || t.equals("regression")) {
                return BUG;
            }
            if (t.equals("enhancement") || t.equals("feature") || t.equals("feature request") || t.equals("feature_request")) {
                return FEATURE_REQUEST;
            }
        }
        for (String tag : tags) {
            if (tag.equalsIgnoreCase("question")) {
                return QUESTION;
            }
        }
        return null;
    }

    public static String fromText(String statement) {
        if (statement == null || statement.isBlank()) {
            return OTHER;
        }
        String text = statement.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int[] hits = new int[ORDER.size()];
        for (Cue cue : CUES) {
            var m = cue.pattern().matcher(text);
            while (m.find()) {
                hits[ORDER.indexOf(cue.kind())]++;
            }
        }
        int best = -1;
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] > 0 && (best < 0 || hits[i] > hits[best])) {
                best = i;
            }
        }
        return best < 0 ? OTHER : ORDER.get(best);
    }

    /** Cue lines are {@code kind<TAB>phrase}; English phrases match on word boundaries, {@code *} is any short gap,
     * a leading {@code ^} anchors the phrase at the start of a line (the subject's imperative: "add …"). */
    private static List<Cue> loadCues() {
        List<Cue> cues = new ArrayList<>();
        for (String file : List.of("kind-cues-en.txt", "kind-cues-ja.txt")) {
            boolean words = file.endsWith("-en.txt");
            for (String line : StatementTokens.resourceLines(file)) {
                String[] parts = line.split("\t", 2);
                if (parts.length != 2 || !ORDER.contains(parts[0].strip())) {
                    throw new IllegalStateException("bad cue line in " + file + ": '" + line + "'");
                }
                String phrase = parts[1].strip().toLowerCase(Locale.ROOT);
                boolean atStart = phrase.startsWith("^");
                phrase = atStart ? phrase.substring(1).strip() : phrase;
                String regex = String.join("[^.!?。\\n]{0,25}?", java.util.Arrays.stream(phrase.split("\\s*\\*\\s*"))
                        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList());
                String bounded = words ? "(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])" : regex;
                cues.add(new Cue(parts[0].strip(), Pattern.compile(atStart ? "(?m)^\\s*" + bounded : bounded)));
            }
        }
        return List.copyOf(cues);
    }

    private IssueKinds() {
    }
}
