package ticketinsights.issues;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import ticketinsights.text.EnglishLemmas;
import ticketinsights.text.MessageCleaner;

/**
 * A problem statement as the terms it is clustered by: subject and first customer message,
 * cleaned ({@link MessageCleaner}), greetings and thanks removed, then English lemmas without
 * stop words, or character bigrams of the kanji and katakana runs for Japanese (which has no
 * spaces between words; bigrams are the usual tokenizer-free unit for Japanese retrieval, and
 * hiragana carries mostly particles and verb endings, ませ / せん / ます, which every Japanese
 * ticket shares and which would otherwise group tickets by language instead of by problem).
 */
public final class StatementTokens {
    // Pleasantries say nothing about the problem and, on short texts, pull unrelated tickets
    // together ("Hi team, ..." / "Thanks in advance"): drop them as whole phrases. A Japanese
    // business greeting is often followed on its line by the writer's self-introduction
    // (株式会社〇〇の鈴木です。), which would group tickets by company: it goes with the greeting.
    private static final Pattern GREETING = Pattern.compile(
            "(?im)^\\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)\\b[^,.!\\n]{0,40}[,.!:]*\\s*"
                    + "|^\\s*((いつも)?お世話になっております|お世話になります|こんにちは|はじめまして"
                    + "|はじめてお問い合わせ(いた)?します)[。、！! \\t\\u3000]*([^。、\\n]{1,30}の[^。、\\n]{1,10}です。?)?[。、！!\\s]*");
    private static final Pattern THANKS = Pattern.compile(
            "(?i)\\b(thanks|thank you|thx|many thanks)( (so|very) much)?( in advance)?( for (your|any) help)?[.!]*"
                    + "|\\b(any help|your help) (is|would be) (much |greatly )?appreciated[.!]*"
                    + "|ありがとうございます[。！!]*|よろしくお願い(いた|致)?します[。！!]*");
    private static final Pattern JAPANESE_SCRIPT = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Pattern JAPANESE_RUN = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー]+");
    private static final Pattern JAPANESE_CONTENT_RUN = Pattern.compile("[\\p{IsKatakana}\\p{IsHan}ー]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'_-]*");
    private static final Set<String> STOP_WORDS = loadStopWords();

    /** The text a person wrote about the problem: subject and cleaned first message, pleasantries removed. */
    public static String statement(String subject, String firstCustomerBody) {
        String body = MessageCleaner.clean(firstCustomerBody).text();
        String joined = (subject == null || subject.isBlank() ? "" : subject.strip() + "\n") + body;
        return withoutPleasantries(joined);
    }

    public static String withoutPleasantries(String text) {
        String noThanks = THANKS.matcher(text).replaceAll(" ");
        return GREETING.matcher(noThanks).replaceAll("").replaceAll("[ \\t]+", " ").strip();
    }

    /** {@code ja} when the text is written in Japanese script, else {@code en}. */
    public static String script(String text) {
        return JAPANESE_SCRIPT.matcher(text).find() ? "ja" : "en";
    }

    /** The terms of a statement: lemmas without stop words, or Japanese kanji and katakana bigrams. */
    public static List<String> terms(String statement) {
        if (statement == null || statement.isBlank()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        if (script(statement).equals("ja")) {
            var runs = JAPANESE_CONTENT_RUN.matcher(statement);
            while (runs.find()) {
                String run = runs.group();
                if (run.length() == 1) {
                    terms.add(run);
                }
                for (int i = 0; i + 2 <= run.length(); i++) {
                    terms.add(run.substring(i, i + 2));
                }
            }
            // Latin words inside Japanese text (product names, error codes) still count.
            statement = JAPANESE_RUN.matcher(statement).replaceAll(" ");
            for (var m = WORD.matcher(statement); m.find(); ) {
                addWord(terms, m.group().toLowerCase(Locale.ROOT));
            }
            return terms;
        }
        for (EnglishLemmas.Token token : EnglishLemmas.tokens(statement)) {
            addWord(terms, token.lemma());
        }
        return terms;
    }

    private static void addWord(List<String> terms, String lemma) {
        if (WORD.matcher(lemma).matches() && !STOP_WORDS.contains(lemma) && lemma.chars().anyMatch(Character::isLetter)) {
            terms.add(lemma);
        }
    }

    public static boolean isStopWord(String term) {
        return STOP_WORDS.contains(term);
    }

    private static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        for (String line : resourceLines("stopwords-en.txt")) {
            words.add(line);
        }
        return Set.copyOf(words);
    }

    /** Non-blank, non-comment lines of a resource file of this package. */
    static List<String> resourceLines(String name) {
        try (InputStream in = StatementTokens.class.getResourceAsStream("/ticketinsights/issues/" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource ticketinsights/issues/" + name + " is missing from the classpath");
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        lines.add(trimmed);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StatementTokens() {
    }
}
