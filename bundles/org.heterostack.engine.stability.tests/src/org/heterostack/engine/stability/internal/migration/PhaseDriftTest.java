package org.heterostack.engine.stability.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.heterostack.engine.stability.internal.common.StabilityException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhaseDriftTest {

    private static final NDistribution INITIAL = NDistribution.of(0.6, 0.3, 0.1);

    /** Lead and spacer are conserved: spacer per Pb after drift = phi x spacer per Pb before. */
    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.9, 0.5, 0.37, 0.1, 0.01})
    void conservesLeadAndScalesSpacerByRetainedFraction(double phi) {
        NDistribution after = PhaseDrift.drift(INITIAL, phi, 6);
        assertEquals(1.0, after.twoDFraction() + after.bulkLikeFraction(), 1e-12, "Pb conserved");
        assertEquals(phi * INITIAL.relativeSpacerPerLead(), after.relativeSpacerPerLead(), 1e-12, "spacer scaled");
    }

    @Test
    void halvingTheSpacerTurnsNOneIntoNTwo() {
        NDistribution after = PhaseDrift.drift(NDistribution.of(1.0), 0.5, 6);
        assertEquals(1.0, after.pbFractionByN().get(1), 1e-15);
        assertEquals(2.0, after.meanN(), 1e-15);
    }

    @Test
    void noSpacerLeftMeansAllBulkLike() {
        NDistribution after = PhaseDrift.drift(INITIAL, 0.0, 6);
        assertEquals(1.0, after.bulkLikeFraction(), 1e-15);
    }

    @Test
    void distributionAboveNMaxIsRejected() {
        StabilityException e = assertThrows(StabilityException.class,
                () -> PhaseDrift.drift(NDistribution.of(0.5, 0.5), 0.5, 1));
        assertEquals("phase drift: initial distribution contains n = 2 above n_max = 1", e.getMessage());
    }

    @Test
    void fractionsMustSumToOne() {
        StabilityException e = assertThrows(StabilityException.class, () -> NDistribution.of(0.5, 0.4));
        assertEquals("n distribution: Pb fractions must sum to 1 (got 0.9, bulk-like 0.0)", e.getMessage());
    }
}
