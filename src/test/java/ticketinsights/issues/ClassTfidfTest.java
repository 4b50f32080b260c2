package ticketinsights.issues;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassTfidfTest {

    @Test
    void distinctiveTermsWinOverTermsEveryClusterShares() {
        // Cluster 1: card ×4, arrive ×3, "card arrive" ×3, account ×2 (12 terms); cluster 2: refund ×4, account ×2 (6 terms).
        // A = 18 / 2 = 9. account: f = 4, weight in 1 = 2/12 × ln(1 + 9/4) = 0.196;
        // card: 4/12 × ln(1 + 9/4) = 0.393; arrive and "card arrive": 3/12 × ln(1 + 9/3) = 0.347.
        Map<Integer, Map<String, Double>> w = ClassTfidf.weights(Map.of(
                1, Map.of("card", 4L, "arrive", 3L, "card arrive", 3L, "account", 2L),
                2, Map.of("refund", 4L, "account", 2L)));
        assertEquals(4.0 / 12 * Math.log(1 + 9.0 / 4), w.get(1).get("card"), 1e-9);
        assertEquals(2.0 / 12 * Math.log(1 + 9.0 / 4), w.get(1).get("account"), 1e-9);
        assertEquals(3.0 / 12 * Math.log(4), w.get(1).get("card arrive"), 1e-9);
        // "card arrive" replaces "card", and "arrive" is then already shown; account comes last.
        assertEquals("card arrive, account", ClassTfidf.label(w.get(1), 4));
        assertEquals("refund, account", ClassTfidf.label(w.get(2), 4));
    }

    @Test
    void bigramsSeenOnceInAClusterAreNoise() {
        Map<Integer, Map<String, Double>> w = ClassTfidf.weights(Map.of(1, Map.of("login", 3L, "login fail", 1L)));
        assertFalse(w.get(1).containsKey("login fail"));
    }

    @Test
    void signatureIsUnitLengthOverTopTerms() {
        Map<String, Double> s = ClassTfidf.signature(Map.of("a", 3.0, "b", 4.0, "c", 0.1), 2);
        assertEquals(List.of("b", "a"), List.copyOf(s.keySet()));
        assertEquals(0.8, s.get("b"), 1e-9);
        assertEquals(0.6, s.get("a"), 1e-9);
    }

    @Test
    void bigramsOfAdjacentTerms() {
        assertEquals(List.of("card", "not", "arrive", "card not", "not arrive"),
                ClassTfidf.unigramsAndBigrams(List.of("card", "not", "arrive")));
    }
}
