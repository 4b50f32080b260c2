package ticketinsights.issues;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class CentroidMergeTest {

    @Test
    void mergesOnlyCentroidsAtLeastAsSimilarAsTheThreshold() {
        // (1,0) and (0.8,0.6) have cosine 0.8; (0,1) is 0.6 from the second and 0 from the first.
        List<double[]> merged = CentroidMerge.merge(List.of(new double[] {1, 0}, new double[] {0.8, 0.6}, new double[] {0, 1}),
                new long[] {3, 1, 5}, 0.7);
        assertEquals(2, merged.size());
        // Size-weighted: 3·(1,0) + 1·(0.8,0.6) = (3.8, 0.6), normalised.
        double norm = Math.hypot(3.8, 0.6);
        assertArrayEquals(new double[] {3.8 / norm, 0.6 / norm}, merged.get(0), 1e-9);
    }

    @Test
    void emptyProposedClustersAreDropped() {
        assertEquals(1, CentroidMerge.merge(List.of(new double[] {1, 0}, new double[] {0, 1}), new long[] {2, 0}, 0.9).size());
    }
}
