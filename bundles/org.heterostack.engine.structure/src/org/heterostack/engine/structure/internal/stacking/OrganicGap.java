package org.heterostack.engine.structure.internal.stacking;

import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.layered.LayeredPhase;

/**
 * Thickness added by the organic spacer layer to the stacking period, d(n) = n a_oct + gap.
 *
 * <p>Calibrated values come from measured n = 1 interlayer spacings d1: gap = d1 - a_oct, with a_oct =
 * {@link StackingPeriod#LEAD_IODIDE_OCTAHEDRAL_SPACING_A}:
 * <ul>
 * <li>BA (RP bilayer): d1 = 13.80 A, half of c = 27.6014 A of (BA)2PbI4 (Pbca, 293 K), Stoumpos et al.,
 * Chem. Mater. 28, 2852 (2016) -&gt; gap 7.5 A.</li>
 * <li>PEA (RP bilayer): d1 = 16.3 A for (PEA)2PbI4, the value of docs/science.md §2.3 (the (001) layer spacing of the
 * triclinic cell; Calabrese et al., J. Am. Chem. Soc. 113, 2328 (1991) report ~16.4 A) -&gt; gap 10.0 A.</li>
 * </ul>
 * Without a measured spacing, {@link #fromLigandLength} estimates the gap from the ligand length with a
 * straight line through the BA and PEA calibration points (see there).
 *
 * @param gapA   organic gap in Angstrom (&gt; 0)
 * @param source where the number comes from
 */
public record OrganicGap(double gapA, String source) {

    /** Extended N-to-tail length of n-butylammonium (4 zig-zag bonds x 1.25 A), Angstrom. */
    public static final double BA_LENGTH_A = 5.0;
    /** Extended N-to-para-C length of phenethylammonium (3 x 1.25 A + 2.8 A ring axis), Angstrom. */
    public static final double PEA_LENGTH_A = 6.55;

    private static final double BA_GAP_A = 13.80 - StackingPeriod.LEAD_IODIDE_OCTAHEDRAL_SPACING_A;
    private static final double PEA_GAP_A = 16.3 - StackingPeriod.LEAD_IODIDE_OCTAHEDRAL_SPACING_A;

    /** Validates a positive gap. */
    public OrganicGap {
        if (!Double.isFinite(gapA) || gapA <= 0.0) {
            throw new StructureException("organic gap must be positive, was " + gapA + " A (" + source + ")");
        }
    }

    /** BA bilayer gap calibrated on (BA)2PbI4 (Stoumpos et al. 2016). */
    public static OrganicGap butylammonium() {
        return new OrganicGap(BA_GAP_A, "(BA)2PbI4 layer spacing 13.80 A, Stoumpos et al., Chem. Mater. 28, 2852 (2016)");
    }

    /** PEA bilayer gap calibrated on (PEA)2PbI4 (16.3 A, docs/science.md §2.3). */
    public static OrganicGap phenethylammonium() {
        return new OrganicGap(PEA_GAP_A, "(PEA)2PbI4 layer spacing 16.3 A (docs/science.md §2.3; Calabrese et al., JACS 1991)");
    }

    /** Gap from a measured n = 1 layer spacing d1 (Angstrom) of the same spacer: gap = d1 - aOct. */
    public static OrganicGap fromN1Spacing(double d1A, double aOctA, String source) {
        return new OrganicGap(d1A - aOctA, "from n=1 spacing " + d1A + " A: " + source);
    }

    /**
     * Estimate from the extended ligand length L (ammonium N to farthest heavy atom, Angstrom).
     *
     * <p>RP bilayer: gap = s L + g0 with s and g0 the straight line through the BA and PEA calibration points
     * (s = 1.61, about 2 cos(36 deg): two tilted molecules; g0 = -0.6 A: ammonium heads sinking into the
     * octahedral pockets). DJ single molecule (L = N-to-N length of the diammonium): gap = (s/2) L + g0, the
     * same tilt and penetration with one molecule instead of two. The DJ branch is NOT calibrated on a
     * measured DJ spacing: treat it as an estimate within about 1 A. ACI is not supported (guanidinium does
     * not span the gap).
     *
     * @throws StructureException for ACI or a non-positive length or result
     */
    public static OrganicGap fromLigandLength(double lengthA, LayeredPhase phase) {
        if (!(lengthA > 0.0)) {
            throw new StructureException("ligand length must be positive, was " + lengthA + " A");
        }
        double slope = (PEA_GAP_A - BA_GAP_A) / (PEA_LENGTH_A - BA_LENGTH_A);
        double g0 = BA_GAP_A - slope * BA_LENGTH_A;
        return switch (phase) {
        case RUDDLESDEN_POPPER -> new OrganicGap(slope * lengthA + g0,
                "RP bilayer estimate from ligand length " + lengthA + " A (BA/PEA calibration)");
        case DION_JACOBSON -> new OrganicGap(0.5 * slope * lengthA + g0,
                "DJ single-molecule estimate from N-N length " + lengthA + " A (uncalibrated for DJ)");
        case ALTERNATING_CATION -> throw new StructureException(
                "organic gap from ligand length is not defined for the ACI phase; give a measured spacing");
        };
    }
}
