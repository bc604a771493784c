package org.heterostack.engine.structure.internal.stacking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.layered.LayeredPhase;
import org.junit.jupiter.api.Test;

class StackingTest {

    private static final StackingPeriod BA = StackingPeriod.leadIodide(LayeredPhase.RUDDLESDEN_POPPER,
            OrganicGap.butylammonium());

    /**
     * Half of the long axis of (BA)2(MA)(n-1)PbnI(3n+1), Stoumpos et al., Chem. Mater. 28, 2852 (2016):
     * n=1 c = 27.6014, n=2 b = 39.347, n=3 b = 51.959, n=4 b = 64.383 A (two layers per cell). Tolerance 0.6 A.
     */
    @Test
    void baSeriesLayerSpacingMatchesStoumpos2016() {
        double[] halfAxis = {27.6014 / 2, 39.347 / 2, 51.959 / 2, 64.383 / 2};
        for (int n = 1; n <= 4; n++) {
            assertEquals(halfAxis[n - 1], BA.layerSpacingA(n), 0.6, "d(" + n + ") vs Stoumpos 2016");
        }
    }

    /** (BA)2PbI4 (002) at 2 theta = 6.40 deg with Cu K-alpha (d = 13.80 A, Stoumpos 2016); tolerance 0.05 deg. */
    @Test
    void baN1FirstOrderIsThe002At6p4Degrees() {
        List<XrdReflection> r = LowAngleXrd.reflections(BA, 1, 3, LowAngleXrd.CU_K_ALPHA1_A);
        assertEquals(3, r.size());
        XrdReflection first = r.get(0);
        assertEquals(2, first.crystallographicL());
        assertEquals(6.40, first.twoThetaDeg(), 0.05);
        assertEquals(4, r.get(1).crystallographicL());
        assertEquals(2 * Math.toDegrees(Math.asin(2 * 1.5406 / (2 * 13.8))), r.get(1).twoThetaDeg(), 1e-9);
    }

    @Test
    void peaN1SpacingIs16p3() {
        StackingPeriod pea = StackingPeriod.leadIodide(LayeredPhase.RUDDLESDEN_POPPER, OrganicGap.phenethylammonium());
        assertEquals(16.3, pea.layerSpacingA(1), 1e-9);
    }

    /** The ligand-length line passes through its two calibration points by construction. */
    @Test
    void ligandLengthEstimateReproducesCalibration() {
        assertEquals(7.5, OrganicGap.fromLigandLength(OrganicGap.BA_LENGTH_A, LayeredPhase.RUDDLESDEN_POPPER).gapA(), 1e-9);
        assertEquals(10.0, OrganicGap.fromLigandLength(OrganicGap.PEA_LENGTH_A, LayeredPhase.RUDDLESDEN_POPPER).gapA(), 1e-9);
        assertThrows(StructureException.class, () -> OrganicGap.fromLigandLength(5.0, LayeredPhase.ALTERNATING_CATION));
    }

    @Test
    void djHasOneLayerPerCell() {
        StackingPeriod dj = StackingPeriod.leadIodide(LayeredPhase.DION_JACOBSON, new OrganicGap(4.0, "test"));
        XrdReflection r = LowAngleXrd.reflections(dj, 2, 1, LowAngleXrd.CU_K_ALPHA1_A).get(1);
        assertEquals(2, r.n());
        assertEquals(1, r.crystallographicL());
        assertEquals(16.6, r.dSpacingA(), 1e-9);
    }

    @Test
    void badInput() {
        assertEquals("number of octahedral layers n must be >= 1, was 0",
                assertThrows(StructureException.class, () -> BA.layerSpacingA(0)).getMessage());
        assertThrows(StructureException.class, () -> LowAngleXrd.twoThetaDeg(0.5, 1.5406));
    }
}
