package org.heterostack.engine.structure.internal.layered;

import java.util.Optional;

import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.composition.Composition;
import org.heterostack.engine.structure.internal.composition.FormulaText;
import org.heterostack.engine.structure.internal.composition.Site;
import org.heterostack.engine.structure.internal.composition.SiteMixture;
import org.heterostack.engine.structure.internal.radii.IonicRadiusSet;
import org.heterostack.engine.structure.internal.radii.RadiusSets;
import org.heterostack.engine.structure.internal.tolerance.SiteRadii;

/**
 * Phase and formula of a 2D perovskite from its spacer and the 3D ABX3 composition it is built from.
 *
 * <p>Phase rule (docs/science.md §1.1 and the review, Ma, Sun, Dou, Chem. Commun. 60, 7824 (2024)):
 * guanidinium spacer with a small A cation (weighted A radius &lt;= that of MA+) -&gt; ACI, A' An Bn X(3n+1)
 * (Soe et al., JACS 139, 16297 (2017)); otherwise charge +1 -&gt; RP, A'2 A(n-1) Bn X(3n+1); charge +2 -&gt; DJ,
 * A' A(n-1) Bn X(3n+1). A guanidinium spacer with a larger A cation (FA, mixed FA-rich) has no known ACI
 * phase and is rejected rather than guessed.
 */
public final class LayeredFormulas {

    private static final String SMALL_A_REFERENCE = "MA";

    private LayeredFormulas() {
    }

    /** Phase with the default radius set for the small-A test. */
    public static LayeredPhase phase(Spacer spacer, Composition bulk) {
        return phase(spacer, bulk, RadiusSets.kieslichShannon());
    }

    /**
     * Phase from spacer charge, guanidinium anchoring and A-site size.
     *
     * @throws StructureException for guanidinium with an A site larger than MA+
     */
    public static LayeredPhase phase(Spacer spacer, Composition bulk, IonicRadiusSet set) {
        return phase(spacer, Optional.of(bulk.a()), bulk, set);
    }

    private static LayeredPhase phase(Spacer spacer, Optional<SiteMixture> a, Composition radii, IonicRadiusSet set) {
        if (spacer.guanidinium()) {
            if (a.isEmpty()) {
                throw new StructureException("guanidinium spacer " + spacer.abbreviation()
                        + " forms the ACI phase only with a small A-site cation, and none is given");
            }
            double rA = SiteRadii.of(radii, set).rAA();
            double rSmall = set.radius(SMALL_A_REFERENCE, 1, Site.A.conventionalCoordination()).radiusA();
            if (rA <= rSmall + 1e-9) {
                return LayeredPhase.ALTERNATING_CATION;
            }
            throw new StructureException("guanidinium spacer " + spacer.abbreviation() + " with A-site radius "
                    + rA + " A > " + SMALL_A_REFERENCE + "+ (" + rSmall + " A): no ACI phase known for this A site");
        }
        return spacer.charge() == 1 ? LayeredPhase.RUDDLESDEN_POPPER : LayeredPhase.DION_JACOBSON;
    }

    /** Phase and formula, e.g. BA + MAPbI3, n = 3 -&gt; RP {@code (BA)2(MA)2Pb3I10}. */
    public static LayeredStructure resolve(Spacer spacer, Composition bulk, int n) {
        return resolve(spacer, bulk, n, RadiusSets.kieslichShannon());
    }

    /**
     * Phase and formula with an explicit radius set.
     *
     * @throws StructureException if n &lt; 1 or the phase cannot be resolved
     */
    public static LayeredStructure resolve(Spacer spacer, Composition bulk, int n, IonicRadiusSet set) {
        return resolve(spacer, Optional.of(bulk.a()), bulk.b(), bulk.x(), n, set);
    }

    /**
     * Phase and formula of a layered phase whose A site may be empty: an n = 1 Ruddlesden-Popper or
     * Dion-Jacobson phase, e.g. (BA)2PbI4, has no A cation between its single octahedral layers.
     *
     * @param a the A-site mixture between the octahedral layers, empty when none is given
     * @throws StructureException if n &lt; 1, or the phase needs an A cation (n &gt; 1, or ACI) and none is given
     */
    public static LayeredStructure resolve(Spacer spacer, Optional<SiteMixture> a, SiteMixture b, SiteMixture x, int n,
            IonicRadiusSet set) {
        if (n < 1) {
            throw new StructureException("number of octahedral layers n must be >= 1, was " + n);
        }
        LayeredPhase phase = phase(spacer, a, a.map(site -> new Composition(site, b, x)).orElse(null), set);
        int spacerCount = phase == LayeredPhase.RUDDLESDEN_POPPER ? 2 : 1;
        int aCount = phase == LayeredPhase.ALTERNATING_CATION ? n : n - 1;
        StringBuilder f = new StringBuilder(FormulaText.ion(spacer.abbreviation(), spacerCount));
        if (aCount > 0) {
            SiteMixture cations = a.orElseThrow(() -> new StructureException("the n = " + n + " phase needs an A-site"
                    + " cation between its octahedral layers, and none is given"));
            f.append(FormulaText.site(cations, aCount));
        }
        f.append(FormulaText.site(b, n)).append(FormulaText.site(x, 3 * n + 1));
        return new LayeredStructure(phase, n, f.toString());
    }
}
