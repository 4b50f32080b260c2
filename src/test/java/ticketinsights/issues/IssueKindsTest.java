package ticketinsights.issues;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueKindsTest {

    @Test
    void englishCues() {
        assertEquals(IssueKinds.FEATURE_REQUEST, IssueKinds.fromText("It would be great if the app had dark mode"));
        assertEquals(IssueKinds.FEATURE_REQUEST, IssueKinds.fromText("Please add export to PDF"));
        assertEquals(IssueKinds.BUG, IssueKinds.fromText("The app crashes when I open settings"));
        assertEquals(IssueKinds.BUG, IssueKinds.fromText("Login doesn\u2019t work since yesterday"));
        assertEquals(IssueKinds.QUESTION, IssueKinds.fromText("How do I change my password?"));
        assertEquals(IssueKinds.OTHER, IssueKinds.fromText("My order 1234"));
        // Issue-tracker style: an imperative subject line, not "added" nor "add" mid-sentence.
        assertEquals(IssueKinds.FEATURE_REQUEST, IssueKinds.fromText("Add events for mint and burn\nso indexers can follow"));
        assertEquals(IssueKinds.OTHER, IssueKinds.fromText("Added a card yesterday"));
    }

    @Test
    void cuesMatchWholeWordsOnly() {
        // "terror" contains "error" but is not one.
        assertEquals(IssueKinds.OTHER, IssueKinds.fromText("The terror film"));
    }

    @Test
    void aCrashAskedAsAQuestionIsABug() {
        // One bug cue and one question cue: ties go to bug.
        assertEquals(IssueKinds.BUG, IssueKinds.fromText("How do I stop the crash?"));
    }

    @Test
    void japaneseCues() {
        assertEquals(IssueKinds.BUG, IssueKinds.fromText("アプリが起動しません。エラーが出ます"));
        assertEquals(IssueKinds.FEATURE_REQUEST, IssueKinds.fromText("CSV出力の機能を追加してほしいです"));
        assertEquals(IssueKinds.QUESTION, IssueKinds.fromText("パスワードの変更方法を教えてください"));
    }

    @Test
    void sourceLabelsWinOverCues() {
        assertEquals(IssueKinds.FEATURE_REQUEST, IssueKinds.of("The app crashes", List.of("enhancement")));
        assertEquals(IssueKinds.BUG, IssueKinds.of("Please add dark mode", List.of("Bug")));
        assertEquals(IssueKinds.FEATURE_REQUEST, IssueKinds.of("x", List.of("feature")));
        assertEquals(IssueKinds.BUG, IssueKinds.of("The app crashes", List.of("vip", "billing")));
    }

    @Test
    void clusterKindIsTheDominantCuedKind() {
        // 10 tickets: 3 bug, 1 question, 6 without cue: bug has 30% ≥ 25%.
        assertEquals(IssueKinds.BUG, IssueKinds.dominant(Map.of("bug", 3L, "question", 1L, "other", 6L)));
        // 2 of 10 is below 25%.
        assertEquals(IssueKinds.OTHER, IssueKinds.dominant(Map.of("feature_request", 2L, "other", 8L)));
    }
}
