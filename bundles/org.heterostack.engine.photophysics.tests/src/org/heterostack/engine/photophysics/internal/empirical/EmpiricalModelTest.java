package org.heterostack.engine.photophysics.internal.empirical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.photophysics.internal.common.LayerResult;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.junit.jupiter.api.Test;

/** Acceptance of the empirical engine against the BA series (docs/science.md §3.1). */
class EmpiricalModelTest {

    private final EmpiricalModel model = new EmpiricalModel();

    /** Stoumpos et al., Chem. Mater. 2016 (n = 1-4) and Chem 2017 (n = 5): within 0.05 eV. */
    @Test
    void gapsWithin50MeVOfStoumposSeries() {
        for (SeriesPoint p : ReferenceSeries.BA_GAPS_EV) {
            assertEquals(p.value(), model.layer(p.n()).bandGapEv(), 0.05, "Eg(n=" + p.n() + ") vs Stoumpos");
        }
    }

    /** Blancon et al., Nat. Commun. 9, 2254 (2018): within 15 %. */
    @Test
    void bindingEnergiesWithin15PercentOfBlancon() {
        for (SeriesPoint p : ReferenceSeries.BA_BINDING_MEV) {
            double eb = model.layer(p.n()).excitonBindingEnergyMeV();
            assertEquals(p.value(), eb, 0.15 * p.value(), "Eb(n=" + p.n() + ") vs Blancon 2018");
        }
    }

    /** MAPbI3 12-16 meV (Miyata et al., Nat. Phys. 2015); acceptance window 10-20 meV. */
    @Test
    void bulkBindingEnergyInWindow() {
        double eb = model.bulkLayer().excitonBindingEnergyMeV();
        assertTrue(eb >= 10 && eb <= 20, "bulk Eb " + eb);
        assertEquals(model.bulk().excitonBindingMeV() + EmpiricalModel.BINDING_B_MEV / Math.pow(1e6 + EmpiricalModel.BINDING_N1, 2),
                model.layer(1_000_000).excitonBindingEnergyMeV(), 1e-9, "large n tends to the bulk");
    }

    /** The stored coefficients are the result of the one-time fit. */
    @Test
    void storedCoefficientsAreTheFit() {
        InverseSquareFit.Result g = InverseSquareFit.fit(ReferenceSeries.BA_GAPS_EV, 1.52);
        assertEquals(EmpiricalModel.GAP_A_EV, g.a(), 1e-3);
        assertEquals(EmpiricalModel.GAP_N0, g.n0(), 1e-4);
        InverseSquareFit.Result b = InverseSquareFit.fit(ReferenceSeries.BA_BINDING_MEV, 16.0);
        assertEquals(EmpiricalModel.BINDING_B_MEV, b.a(), 0.1);
        assertEquals(EmpiricalModel.BINDING_N1, b.n0(), 1e-4);
        for (double r : g.residuals()) {
            assertTrue(Math.abs(r) < 0.012, "gap residual " + r);
        }
    }

    @Test
    void bandShiftsAddUpToQuasiparticleGapIncrease() {
        LayerResult r = model.layer(2);
        assertEquals(r.quasiparticleGapEv() - model.bulk().quasiparticleGapEv(),
                r.conductionShiftEv() + r.valenceShiftEv(), 1e-12);
        assertEquals(r.bandGapEv() + r.excitonBindingEnergyMeV() / 1000, r.quasiparticleGapEv(), 1e-12);
        assertEquals(0.221, model.layer(1).reducedMassRel(), 1e-12);
        assertEquals(0.186, model.layer(7).reducedMassRel(), 1e-12);
    }

    @Test
    void invalidN() {
        assertEquals("empirical model: n must be >= 1, was 0",
                assertThrows(PhotophysicsException.class, () -> model.layer(0)).getMessage());
    }
}
