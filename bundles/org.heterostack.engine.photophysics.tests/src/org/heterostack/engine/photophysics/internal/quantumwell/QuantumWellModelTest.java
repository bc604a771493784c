package org.heterostack.engine.photophysics.internal.quantumwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.heterostack.engine.photophysics.internal.common.LayerResult;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.heterostack.engine.photophysics.internal.empirical.ReferenceSeries;
import org.heterostack.engine.photophysics.internal.empirical.SeriesPoint;
import org.junit.jupiter.api.Test;

/**
 * Acceptance of the physical quantum-well engine (no fit to the n-series) against the BA series:
 * gaps of Stoumpos et al. (Chem. Mater. 2016, Chem 2017) and binding energies of Blancon et al. (Nat. Commun. 2018).
 */
class QuantumWellModelTest {

    private static final QuantumWellModel MODEL = new QuantumWellModel();

    /** Stoumpos 2016/2017: within 0.15 eV for n = 2..5. */
    @Test
    void gapsWithin150MeVForN2To5() {
        for (SeriesPoint p : ReferenceSeries.BA_GAPS_EV) {
            if (p.n() >= 2) {
                assertEquals(p.value(), MODEL.layer(p.n()).bandGapEv(), 0.15, "Eg(n=" + p.n() + ") vs Stoumpos");
            }
        }
    }

    /** Blancon 2018: within 30 % for n = 1..5. */
    @Test
    void bindingEnergiesWithin30PercentOfBlanconForN1To5() {
        for (SeriesPoint p : ReferenceSeries.BA_BINDING_MEV) {
            double eb = MODEL.layer(p.n()).excitonBindingEnergyMeV();
            assertEquals(p.value(), eb, 0.30 * p.value(), "Eb(n=" + p.n() + ") vs Blancon 2018");
        }
    }

    /**
     * Records what the lattice (polaron) screening does: without it the bare eps_w = 6.1 attraction gives n = 5
     * about 164 meV, +31 % against Blancon's 125 meV (abstract), outside the 30 % acceptance; with MAPbI3's static
     * permittivity and LO phonon (Frost 2017) every n loses 30-35 meV of binding.
     */
    @Test
    void latticeScreeningLowersTheBindingOfEveryWell() {
        QuantumWellModel bare = new QuantumWellModel(QuantumWellParameters.alkylammoniumLeadIodide().withoutPolaronScreening());
        double bareError = bare.layer(5).excitonBindingEnergyMeV() / 125.0 - 1.0;
        assertTrue(bareError > 0.28 && bareError < 0.34, String.format(Locale.ROOT, "bare n=5 Eb error %+.1f %%", 100 * bareError));
        for (int n = 1; n <= 5; n++) {
            double loss = bare.layer(n).excitonBindingEnergyMeV() - MODEL.layer(n).excitonBindingEnergyMeV();
            assertTrue(loss > 25 && loss < 45, String.format(Locale.ROOT, "n=%d screening lowers Eb by %.1f meV", n, loss));
        }
    }

    /** Haken's bracket: bare eps_inf at contact, static eps_s far away; polaron radius from hbar omega_LO. */
    @Test
    void hakenScreeningLimits() {
        PolaronScreening s = PolaronScreening.haken(6.1, 24.1, 9.3, 0.208, 0.208);
        assertEquals(1.0, s.factor(1e-6), 1e-6);
        assertEquals(6.1 / 24.1, s.factor(1e6), 1e-12);
        // sqrt(3.80998 eV A^2 / (0.208 x 0.0093 eV)) = 44.4 A
        assertEquals(44.38, s.electronRadiusA(), 0.05);
        assertEquals(1.0, PolaronScreening.none().factor(10.0), 0.0);
        assertEquals("polaron screening: static permittivity 5.0 is below the high-frequency permittivity 6.1",
                assertThrows(PhotophysicsException.class, () -> PolaronScreening.haken(6.1, 5.0, 9.3, 0.2, 0.2)).getMessage());
    }

    /**
     * Records the n = 1 failure of the effective-mass picture instead of hiding it: a single 6.3 A octahedral
     * sheet is not an effective-mass well, and the model overestimates Stoumpos' 2.43 eV by about 0.8 eV.
     * If a model change moves this error, update the documented figure (QuantumWellModel Javadoc, report).
     */
    @Test
    void n1ErrorIsRecorded() {
        double error = MODEL.layer(1).bandGapEv() - 2.43;
        assertTrue(error > 0.75 && error < 0.85, String.format(Locale.ROOT, "n=1 gap error %+.3f eV", error));
    }

    /** Miyata et al., Nat. Phys. 2015: MAPbI3 Eb 12-16 meV; acceptance window 10-20 meV. */
    @Test
    void bulkBindingEnergyInWindow() {
        double eb = MODEL.bulkLayer().excitonBindingEnergyMeV();
        assertTrue(eb >= 10 && eb <= 20, "bulk Eb " + eb);
        assertEquals(1.52, MODEL.bulkLayer().bandGapEv(), 1e-4, "hydrogenic 15.99 meV vs the 16 meV in the bulk QP gap");
    }

    /** Dielectric confinement: a more polarisable barrier (eps_b = 3.3, aromatic) binds the exciton less. */
    @Test
    void higherBarrierPermittivityLowersBinding() {
        QuantumWellModel aromatic = new QuantumWellModel(QuantumWellParameters.alkylammoniumLeadIodide().withEpsBarrier(3.3));
        assertTrue(aromatic.layer(2).excitonBindingEnergyMeV() < MODEL.layer(2).excitonBindingEnergyMeV());
    }

    /** Without dielectric contrast and for a wide well the model tends to the strict-2D/3D hydrogen limits. */
    @Test
    void noImagesGivesPlainCoulombSelfEnergyZero() {
        DielectricSlab slab = new DielectricSlab(12.6, 6.1, 6.1);
        assertEquals(0.0, slab.selfEnergyEv(), 1e-15);
        // strictly 2D hydrogen for a very thin slab: Eb -> 4 Ry mu / eps^2
        double eb2d = 4 * 13.605693 * 0.104 / (6.1 * 6.1);
        double thin = ExcitonVariational.bindingEnergy(new DielectricSlab(0.05, 6.1, 6.1), 0.104)[0];
        assertEquals(eb2d, thin, 0.02 * eb2d);
    }

    @Test
    void bandShiftsAreConsistent() {
        LayerResult r = MODEL.layer(3);
        assertEquals(r.quasiparticleGapEv() - MODEL.bulk().quasiparticleGapEv(), r.conductionShiftEv() + r.valenceShiftEv(), 1e-12);
        assertEquals(r.quasiparticleGapEv() - r.excitonBindingEnergyMeV() / 1000, r.bandGapEv(), 1e-12);
    }

    @Test
    void nOutOfRange() {
        assertEquals("quantum-well model: n must be in 1..20, was 21",
                assertThrows(PhotophysicsException.class, () -> MODEL.layer(21)).getMessage());
    }

    /** Infinite-barrier parabolic limit: E = hbar^2 pi^2 / (2 m L^2). */
    @Test
    void finiteWellTendsToInfiniteWell() {
        double e = FiniteWell.groundStateEv(50.0, 0.2, 0.2, 1e6, Double.POSITIVE_INFINITY);
        double inf = 3.80998 * Math.PI * Math.PI / (0.2 * 2500.0);
        assertEquals(inf, e, 0.01 * inf);
    }
}
