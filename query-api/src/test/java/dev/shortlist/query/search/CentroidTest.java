package dev.shortlist.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CentroidTest {

    @Test
    void theCentroidOfTwoOrthogonalUnitVectorsPointsBetweenThemWithUnitLength() {
        float[] c =
                Centroid.of(List.of(List.of(1f, 0f, 0f), List.of(0f, 2f, 0f))).orElseThrow();

        assertThat(c[0]).isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
        assertThat(c[1]).isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
        assertThat(c[2]).isZero();
    }

    @Test
    void missingZeroAndMismatchedVectorsAreIgnored() {
        float[] c = Centroid.of(Arrays.asList(null, List.of(0f, 0f, 0f), List.of(1f, 0f), List.of(0f, 0f, 3f)))
                .orElseThrow();

        assertThat(c).hasSize(3);
        assertThat(c[2]).isEqualTo(1f);
    }

    @Test
    void noUsableVectorMeansNoCentroid() {
        assertThat(Centroid.of(List.of())).isEmpty();
        assertThat(Centroid.of(List.of(List.of(0f, 0f)))).isEmpty();
    }
}
