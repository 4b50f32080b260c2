package ticketinsights.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Language identification with Lingua, one detector per JVM (executors build it on first use).
 * Restricted to the languages support teams meet most, which keeps memory small and short texts
 * accurate; anything else comes out {@link #UNKNOWN}, never guessed.
 */
public final class Languages {
    public static final String ENGLISH = "en";
    public static final String JAPANESE = "ja";
    /** Too short, no letters, or not one of the detected languages. */
    public static final String UNKNOWN = "unknown";

    private static final int MIN_LETTERS = 2;

    private static volatile LanguageDetector detector;

    /** ISO 639-1 code of the text's language, or {@link #UNKNOWN}. */
    public static String detect(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return UNKNOWN;
        }
        Language language = detector().detectLanguageOf(text);
        if (language == Language.UNKNOWN) {
            return UNKNOWN;
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private static LanguageDetector detector() {
        if (detector == null) {
            synchronized (Languages.class) {
                if (detector == null) {
                    detector = LanguageDetectorBuilder.fromLanguages(
                            Language.ENGLISH, Language.JAPANESE, Language.SPANISH, Language.FRENCH,
                            Language.GERMAN, Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH,
                            Language.CHINESE, Language.KOREAN, Language.RUSSIAN, Language.ARABIC,
                            Language.TURKISH, Language.POLISH, Language.SWEDISH, Language.INDONESIAN,
                            Language.HINDI, Language.THAI, Language.VIETNAMESE)
                            .withPreloadedLanguageModels()
                            .build();
                }
            }
        }
        return detector;
    }

    private Languages() {
    }
}
