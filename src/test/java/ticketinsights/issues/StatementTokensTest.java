package ticketinsights.issues;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Japanese statements (no CoreNLP needed): what is kept of the greeting, the signature and the script. */
class StatementTokensTest {

    @Test
    void japaneseGreetingTakesTheSelfIntroductionOnItsLineAndTheClosingTakesTheSignature() {
        String statement = StatementTokens.statement("CSV出力について",
                "お世話になっております。株式会社サクラ商事の鈴木です。\nレポートをCSVで出力できますか？\n\n"
                        + "ご確認のほど、よろしくお願いいたします。\n株式会社サクラ商事 鈴木 陽子");
        assertEquals("CSV出力について\nレポートをCSVで出力できますか？", statement);
    }

    @Test
    void aSentenceOnTheLineAfterTheGreetingStays() {
        assertEquals("同期\nHarborの同期の問題です。", StatementTokens.statement("同期", "いつもお世話になっております。\nHarborの同期の問題です。"));
    }

    @Test
    void japaneseTermsAreBigramsOfKanjiAndKatakanaRunsPlusLatinWords() {
        // Runs without hiragana: 同期 / 終 / Harbor. 同期 is one bigram, 終 a run of one character
        // (kept alone), ログイン gives ログ, グイ, イン; が, わらない, できません are hiragana and dropped.
        assertEquals(List.of("同期", "終", "ログ", "グイ", "イン", "harbor"),
                StatementTokens.terms("同期が終わらない。Harborにログインできません"));
    }
}
