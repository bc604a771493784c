package org.heterostack.engine;

/**
 * Band edges of a lead-iodide 2D perovskite phase on the 3D film it grows on: the one rule the engines that place
 * them share (the photophysics engines' band alignment, the drift-diffusion engine's derived 2D layers), so that a
 * band diagram and a device simulation of the same stack agree.
 *
 * <p>Confinement widens the quasiparticle (transport) gap of an n-layer slab over the 3D film's (the difference of
 * the film's band edges); the film's edges move apart by that widening, the conduction band by the share {@code s} of it, the valence band by {@code 1 - s}:
 * {@code Ec,2D = Ec,film + s dE}, {@code Ev,2D = Ev,film - (1 - s) dE}. The quasiparticle gap is the optical gap
 * plus the exciton binding energy: the measured (BA)2(MA)n-1PbnI3n+1 series, optical gaps 2.43 / 2.17 / 2.03 /
 * 1.91 / 1.83 eV for n = 1..5 (Stoumpos et al., Chem. Mater. 28, 2852 (2016); Chem 2, 427 (2017)) and binding
 * energies 470 / 270 / 220 / 170 / 125 meV (Blancon et al., Nat. Commun. 9, 2254 (2018)); MAPbI3, the n = infinity
 * member, 1.52 eV and 16 meV (Stoumpos 2016; Miyata et al., Nat. Phys. 11, 582 (2015)). Above n = 5 both
 * confinement excesses of n = 5 scale as 1/n^2 (a well whose width grows with n).
 *
 * <p>The share is measured, {@value #MEASURED_CONDUCTION_SHARE} (2/3): UPS/IPES of (BA)2PbI4 films give an electron
 * affinity of 3.1 eV and an ionisation energy of 5.8 eV (Silver, Yin, Li, Brédas, Kahn, Adv. Energy Mater. 8,
 * 1703468 (2018)) against MAPbI3's 3.9 and 5.4 eV by the same method (Schulz et al., Energy Environ. Sci. 7, 1377
 * (2014)): the conduction band rises by 0.8 eV, the valence band falls by 0.4 eV. An equal split (0.5) would follow
 * from equal electron and hole masses alone.
 *
 * @since 0.5
 */
public final class TwoDBandEdges {

    /** Share of the gap widening taken by the conduction band, measured on (BA)2PbI4 (class comment). */
    public static final double MEASURED_CONDUCTION_SHARE = 2.0 / 3;
    /** Optical gap of MAPbI3, the n = infinity member of the series, in eV (Stoumpos 2016). */
    public static final double BULK_OPTICAL_GAP_EV = 1.52;
    /** Exciton binding energy of MAPbI3 in meV (Miyata 2015). */
    public static final double BULK_EXCITON_BINDING_MEV = 16;
    /** Largest n of the measured series. */
    public static final int MEASURED_MAX_N = 5;

    private static final double[] OPTICAL_GAPS_EV = {2.43, 2.17, 2.03, 1.91, 1.83};
    private static final double[] EXCITON_BINDING_MEV = {470, 270, 220, 170, 125};

    private TwoDBandEdges() {
    }

    /**
     * @param n octahedral layers per slab (&gt;= 1)
     * @return the optical gap in eV of the lead-iodide n-layer phase (measured for n &lt;= 5, 1/n^2 beyond)
     */
    public static double opticalGapEv(int n) {
        return series(OPTICAL_GAPS_EV, BULK_OPTICAL_GAP_EV, n);
    }

    /**
     * @param n octahedral layers per slab (&gt;= 1)
     * @return the exciton binding energy in meV of the lead-iodide n-layer phase (measured for n &lt;= 5, 1/n^2
     *         beyond)
     */
    public static double excitonBindingMeV(int n) {
        return series(EXCITON_BINDING_MEV, BULK_EXCITON_BINDING_MEV, n);
    }

    /**
     * @param n octahedral layers per slab (&gt;= 1)
     * @return the quasiparticle (transport) gap in eV: optical gap plus exciton binding energy
     */
    public static double quasiparticleGapEv(int n) {
        return opticalGapEv(n) + excitonBindingMeV(n) / 1000;
    }

    /**
     * The 2D phase's band edges on a film.
     *
     * @param filmConductionEv  the film's conduction-band minimum vs vacuum in eV (-electron affinity)
     * @param filmValenceEv     the film's valence-band maximum vs vacuum in eV (-ionisation energy)
     * @param wideningEv        the 2D phase's quasiparticle gap minus the film's transport gap (Ec - Ev), in eV
     * @param conductionShare   the share of the widening taken by the conduction band, [0, 1]
     * @return {Ec, Ev} of the 2D phase in eV vs vacuum
     */
    public static double[] onFilm(double filmConductionEv, double filmValenceEv, double wideningEv,
            double conductionShare) {
        if (!(conductionShare >= 0 && conductionShare <= 1)) {
            throw new IllegalArgumentException("conduction share must lie in [0, 1], was " + conductionShare);
        }
        return new double[] {filmConductionEv + conductionShare * wideningEv,
                filmValenceEv - (1 - conductionShare) * wideningEv};
    }

    private static double series(double[] measured, double bulk, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        if (n <= measured.length) {
            return measured[n - 1];
        }
        double excess = measured[measured.length - 1] - bulk;
        return bulk + excess * measured.length * measured.length / ((double) n * n);
    }
}
