package org.heterostack.engine.structure.internal.stacking;

import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.layered.LayeredPhase;

/**
 * Layer repeat (interlayer spacing) of an n-layer 2D perovskite: d(n) = n a_oct + gap.
 *
 * <p>Model: n corner-sharing octahedral layers each add a_oct along the stacking axis; the organic spacer adds
 * a constant gap (bilayer of tails for RP, one molecule for DJ). d(n) is the distance between equivalent
 * inorganic layers, i.e. one layer repeat, NOT the crystallographic cell axis (which is 2 d for RP stacking).
 * Validity: checked against (BA)2(MA)(n-1)PbnI(3n+1), n = 1..4 (Stoumpos et al., Chem. Mater. 28, 2852 (2016):
 * half long axes 13.80, 19.67, 25.98, 32.19 A) to within 0.6 A (2 %).
 *
 * @param phase     RP, DJ or ACI (sets how many layers the crystallographic cell holds)
 * @param aOctA     thickness of one octahedral layer, Angstrom (default 6.3 A for lead iodides)
 * @param gap       organic gap
 */
public record StackingPeriod(LayeredPhase phase, double aOctA, OrganicGap gap) {

    /**
     * Octahedral layer thickness of lead iodides, 6.3 A (docs/science.md §2.2; the mean increment of the BA series
     * layer spacing per added octahedral layer is 6.13 A, and the pseudo-cubic MAPbI3 lattice parameter is 6.3 A,
     * Stoumpos et al., Inorg. Chem. 52, 9019 (2013)).
     */
    public static final double LEAD_IODIDE_OCTAHEDRAL_SPACING_A = 6.3;

    /** Validates positive parameters. */
    public StackingPeriod {
        if (phase == null || gap == null) {
            throw new StructureException("stacking period needs a phase and an organic gap");
        }
        if (!(aOctA > 0.0) || !Double.isFinite(aOctA)) {
            throw new StructureException("octahedral layer thickness must be positive, was " + aOctA + " A");
        }
    }

    /** Lead-iodide stacking with a_oct = 6.3 A. */
    public static StackingPeriod leadIodide(LayeredPhase phase, OrganicGap gap) {
        return new StackingPeriod(phase, LEAD_IODIDE_OCTAHEDRAL_SPACING_A, gap);
    }

    /**
     * Layer repeat d(n) in Angstrom.
     *
     * @throws StructureException if n &lt; 1
     */
    public double layerSpacingA(int n) {
        if (n < 1) {
            throw new StructureException("number of octahedral layers n must be >= 1, was " + n);
        }
        return n * aOctA + gap.gapA();
    }
}
