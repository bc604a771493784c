package org.heterostack.engine.photophysics.internal.empirical;

import java.util.List;
import java.util.stream.IntStream;

import org.heterostack.engine.TwoDBandEdges;

/**
 * Published (BA)2(MA)(n-1)PbnI(3n+1) series the empirical model is calibrated on: the values of
 * {@link TwoDBandEdges}, the table the engines share.
 */
public final class ReferenceSeries {

    /**
     * Optical gaps, eV, room temperature (absorption edges): n = 1..4 from Stoumpos et al., Chem. Mater. 28,
     * 2852 (2016); n = 5 from Stoumpos et al., Chem 2, 427 (2017); as listed in docs/science.md §3.1.
     */
    public static final List<SeriesPoint> BA_GAPS_EV = measured(TwoDBandEdges::opticalGapEv);

    /**
     * Exciton binding energies, meV, Blancon et al., Nat. Commun. 9, 2254 (2018). The end points 470 meV (n = 1)
     * and 125 meV (n = 5) are stated in the abstract; n = 2, 3, 4 (270, 220, 170 meV) are read from their
     * Fig. 4d / Table 1 to about +-10 % and should be checked against the table before being relied on. A
     * cross-check for n = 4: the caption of their Fig. 4b gives the continuum edge E_G = 2.078 +- 0.012 eV, which
     * with the 1.91 eV optical gap above implies Eb = 168 +- 12 meV.
     */
    public static final List<SeriesPoint> BA_BINDING_MEV = measured(TwoDBandEdges::excitonBindingMeV);

    /** Exciton reduced masses (m0) of n = 1 and n = 5, Blancon et al. 2018 (abstract). */
    public static final double BA_REDUCED_MASS_N1 = 0.221;
    /** See {@link #BA_REDUCED_MASS_N1}. */
    public static final double BA_REDUCED_MASS_N5 = 0.186;
    /** MAPbI3 reduced mass, m0, magneto-absorption, Miyata et al., Nat. Phys. 11, 582 (2015). */
    public static final double MAPBI3_REDUCED_MASS = 0.104;

    private ReferenceSeries() {
    }

    /** The measured points n = 1..5 of the engines' shared series ({@link TwoDBandEdges}). */
    private static List<SeriesPoint> measured(java.util.function.IntToDoubleFunction series) {
        return IntStream.rangeClosed(1, TwoDBandEdges.MEASURED_MAX_N)
                .mapToObj(n -> new SeriesPoint(n, series.applyAsDouble(n))).toList();
    }
}
