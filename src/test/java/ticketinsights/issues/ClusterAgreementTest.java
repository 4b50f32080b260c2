package ticketinsights.issues;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterAgreementTest {
    private static ClusterAgreement.Pair p(String label, String cluster) {
        return new ClusterAgreement.Pair(label, cluster);
    }

    @Test
    void identicalPartitionsUnderOtherNamesAgreeFully() {
        ClusterAgreement a = ClusterAgreement.of(List.of(p("a", "1"), p("a", "1"), p("b", "2"), p("b", "2")));
        assertEquals(1.0, a.nmi(), 1e-9);
        assertEquals(1.0, a.ari(), 1e-9);
        assertEquals(1.0, a.purity(), 1e-9);
    }

    @Test
    void handWorkedExample() {
        // Labels a a a b b b, clusters 1 1 2 2 2 2. Contingency: 1:{a2}, 2:{a1,b3}.
        // Pairs: same cluster = C(2,2)+C(4,2) = 7; same label = 3+3 = 6; both = 1 + 0 + 3 = 4.
        // Expected = 6·7/15 = 2.8; max = 6.5; ARI = (4 − 2.8)/(6.5 − 2.8) = 0.3243.
        // Purity = (2 + 3)/6.
        ClusterAgreement a = ClusterAgreement.of(List.of(p("a", "1"), p("a", "1"), p("a", "2"),
                p("b", "2"), p("b", "2"), p("b", "2")));
        assertEquals(1.2 / 3.7, a.ari(), 1e-9);
        assertEquals(5.0 / 6, a.purity(), 1e-9);
        assertTrue(a.nmi() > 0 && a.nmi() < 1);
    }
}
