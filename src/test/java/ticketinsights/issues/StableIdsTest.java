package ticketinsights.issues;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StableIdsTest {
    private static final Map<String, Double> CARD = Map.of("card", 0.8, "arrive", 0.6);
    private static final Map<String, Double> REFUND = Map.of("refund", 1.0);
    private static final Map<String, Double> PIN = Map.of("pin", 0.6, "change", 0.8);

    @Test
    void firstRunNumbersFromOne() {
        assertArrayEquals(new int[] {1, 2}, StableIds.assign(Map.of(), List.of(CARD, REFUND), 0.5));
    }

    @Test
    void sameIssueKeepsItsIdEvenWhenItsRankChanges() {
        // Previous: 12 = card, 7 = refund. Now refund is larger (first), card drifted a bit
        // (cos = 0.8·0.6 + 0.6·0.8 = 0.96 ≥ 0.5), and "pin" is new: it gets 13 (max 12 + 1).
        Map<String, Double> cardNow = Map.of("card", 0.6, "arrive", 0.8);
        int[] ids = StableIds.assign(Map.of(12, CARD, 7, REFUND), List.of(REFUND, cardNow, PIN), 0.5);
        assertArrayEquals(new int[] {7, 12, 13}, ids);
    }

    @Test
    void anOldIdGoesToOneNewClusterOnly() {
        // Both current clusters resemble old 3; the more similar one keeps it.
        Map<String, Double> close = Map.of("card", 0.8, "arrive", 0.6);
        Map<String, Double> looser = Map.of("card", 0.6, "arrive", 0.4, "fee", 0.69);
        int[] ids = StableIds.assign(Map.of(3, CARD), List.of(looser, close), 0.5);
        assertArrayEquals(new int[] {4, 3}, ids);
    }

    @Test
    void dissimilarClustersDoNotInherit() {
        assertArrayEquals(new int[] {6}, StableIds.assign(Map.of(5, CARD), List.of(REFUND), 0.5));
    }
}
