package org.heterostack.engine.structure.internal.tolerance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.composition.Composition;
import org.heterostack.engine.structure.internal.composition.Site;
import org.heterostack.engine.structure.internal.composition.SiteMixture;
import org.heterostack.engine.structure.internal.composition.SiteOccupancy;
import org.heterostack.engine.structure.internal.radii.IonicRadiusSet;
import org.heterostack.engine.structure.internal.radii.RadiusSets;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link OxidationStates} and the coordination rules of {@link SiteRadii}. */
class OxidationStatesTest {

    private static final IonicRadiusSet SET = RadiusSets.shannonBartel();

    private static SiteRadii radii(Composition c) {
        return SiteRadii.of(c, SET);
    }

    private static Composition abx3(SiteOccupancy a, SiteOccupancy b, SiteOccupancy x) {
        return new Composition(new SiteMixture(Site.A, List.of(a)), new SiteMixture(Site.B, List.of(b)),
                new SiteMixture(Site.X, List.of(x)));
    }

    private static List<String> texts(SiteRadii r) {
        return r.notes().stream().map(n -> (n.warning() ? "WARNING: " : "INFO: ") + n.text()).toList();
    }

    /** Rule 1: the only state of the site's sign is taken silently: K+, Mg2+, F- (F7+ is no anion). */
    @Test
    void onlyListedStateIsTakenSilently() {
        SiteRadii r = radii(Composition.of("K", "Mg", "F"));
        assertEquals(1.0, r.nA());
        assertEquals(2.0, r.nB());
        assertEquals(List.of(), r.notes());
    }

    /** Rule 2: of several listed states the one charge balance allows is taken and named: BaPbO3 holds Pb4+. */
    @Test
    void chargeBalanceFixesOneOfSeveralStates() {
        SiteRadii r = radii(Composition.of("Ba", "Pb", "O"));
        assertEquals(4.0, r.nB());
        assertEquals(0.775, r.rBA(), 1e-9);
        assertEquals(List.of("INFO: oxidation state of Pb on site B: +4, the only one that balances the charge (the "
                + "radius set lists Pb2+, Pb4+)"), texts(r));
    }

    /** CsIO3: iodine on the B site is a cation, I5+ (0.95 Å, CN VI), the only one that balances Cs+ and 3 O2-. */
    @Test
    void iodineOnTheBSiteIsIodineFivePlus() {
        SiteRadii r = radii(Composition.of("Cs", "I", "O"));
        assertEquals(5.0, r.nB());
        assertEquals(0.95, r.rBA(), 1e-9);
    }

    /** Rule 3: between balancing pairs the lower A-site state wins, with a warning: PbTiO3 is Pb2+ Ti4+. */
    @Test
    void lowerASiteStateWinsATieAndWarns() {
        SiteRadii r = radii(Composition.of("Pb", "Ti", "O"));
        assertEquals(2.0, r.nA());
        assertEquals(4.0, r.nB());
        assertEquals(1.49, r.rAA(), 1e-9);
        assertEquals("WARNING: oxidation state of Pb on site A: +2 by charge balance, one of several that balance it "
                + "(the radius set lists Pb2+, Pb4+); state its oxidationState to choose another", texts(r).get(0));
    }

    /** Rule 4: a stated state is kept even where another would balance, and unbalanced charge is a warning. */
    @Test
    void statedStateIsKeptAndImbalanceIsReported() {
        SiteRadii r = radii(abx3(SiteOccupancy.withState("Ba", 1, 2), SiteOccupancy.withState("Pb", 1, 2),
                new SiteOccupancy("O", 1)));
        assertEquals(1.19, r.rBA(), 1e-9);
        assertEquals(List.of("WARNING: the stated oxidation states do not balance the charge: A +2, B +2, X3 -6"),
                texts(r));
    }

    @Test
    void noBalancingStatesFailNamingTheIons() {
        StructureException e = assertThrows(StructureException.class, () -> radii(Composition.of("Cs", "Ti", "O")));
        assertEquals("no oxidation states of Ti (Ti2+, Ti3+, Ti4+) balance the charge of the formula unit; state their "
                + "oxidationState", e.getMessage());
    }

    @Test
    void statedStateOfTheWrongSignFails() {
        StructureException e = assertThrows(StructureException.class, () -> radii(abx3(
                SiteOccupancy.withState("Cs", 1, -1), new SiteOccupancy("Pb", 1), new SiteOccupancy("I", 1))));
        assertEquals("ion Cs with oxidation state -1 cannot sit on site A", e.getMessage());
    }

    /** Rule 5: an ion the set does not know, with a user radius, takes the state that balances (MA-like +1). */
    @Test
    void unknownIonWithUserRadiusTakesTheBalancingState() {
        SiteRadii r = radii(abx3(new SiteOccupancy("TEA", 1, null, null, 2.5, "DFT"),
                SiteOccupancy.withState("Pb", 1, 2), new SiteOccupancy("I", 1)));
        assertEquals(1.0, r.nA());
        assertEquals(2.5, r.rAA(), 1e-9);
        assertEquals("TEA+ on site A: 2.5 Å (given by the user from DFT)", r.ions().get(0).describe());
        assertEquals(List.of("INFO: oxidation state of TEA on site A: +1, the only one that balances the charge (not in "
                + "the radius set)"), texts(r));
    }

    /** Coordination rule: Pb2+ on an A site takes its CN XII radius (1.49 Å), not the B-site CN VI one. */
    @Test
    void leadOnTheASiteTakesTheASiteCoordination() {
        SiteRadii r = radii(abx3(SiteOccupancy.withState("Pb", 1, 2), new SiteOccupancy("Ti", 1),
                new SiteOccupancy("O", 1)));
        assertEquals("Pb2+ on site A: 1.49 Å (CN XII, Shannon 1976 ionic radius)", r.ions().get(0).describe());
    }

    /** Coordination fallback: Ag+ on A is listed up to CN VIII, and the result says so. */
    @Test
    void coordinationFallbackIsReported() {
        SiteRadii r = radii(abx3(SiteOccupancy.withState("Ag", 1, 1), SiteOccupancy.withState("Nb", 1, 5),
                new SiteOccupancy("O", 1)));
        assertEquals(1.28, r.rAA(), 1e-9);
        assertEquals(List.of("INFO: Ag+ on site A: no CN XII radius listed, CN VIII (the nearest) used"), texts(r));
    }

    /** A stated coordination replaces the site's convention: Cs+ CN VIII is 1.74 Å. */
    @Test
    void statedCoordinationIsUsed() {
        SiteRadii r = radii(abx3(new SiteOccupancy("Cs", 1, null, 8, null, null),
                SiteOccupancy.withState("Pb", 1, 2), new SiteOccupancy("I", 1)));
        assertEquals(1.74, r.rAA(), 1e-9);
        assertEquals(List.of(), r.notes());
    }

    /** Spin rule: LaCoO3 takes high-spin Co3+ (d6), 0.61 Å, and says so. */
    @Test
    void spinChoiceIsReported() {
        SiteRadii r = radii(abx3(new SiteOccupancy("La", 1), SiteOccupancy.withState("Co", 1, 3),
                new SiteOccupancy("O", 1)));
        assertEquals(0.61, r.rBA(), 1e-9);
        assertEquals(List.of("INFO: Co3+ on site B: high-spin radius (d6)"), texts(r));
    }

    /** Mixed valence: La0.7Sr0.3MnO3 as Mn3+ 0.7 and Mn4+ 0.3, each stated: rB = 0.7 x 0.645 + 0.3 x 0.53. */
    @Test
    void mixedValenceSiteWithStatedStates() {
        Composition c = new Composition(
                new SiteMixture(Site.A, List.of(new SiteOccupancy("La", 0.7), new SiteOccupancy("Sr", 0.3))),
                new SiteMixture(Site.B, List.of(SiteOccupancy.withState("Mn", 0.7, 3), SiteOccupancy.withState("Mn", 0.3, 4))),
                SiteMixture.pure(Site.X, "O"));
        SiteRadii r = radii(c);
        assertEquals(0.7 * 0.645 + 0.3 * 0.53, r.rBA(), 1e-9);
        assertEquals(0.7 * 1.36 + 0.3 * 1.44, r.rAA(), 1e-9);
        assertEquals(2.7, r.nA(), 1e-9);
        assertEquals(3.3, r.nB(), 1e-9);
    }
}
