package org.heterostack.engine.testing;

import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.PerovskiteComposition;
import org.heterostack.model.Phase2D;
import org.heterostack.model.SiteOccupancy;

/** Small model objects the engine tests build their targets from. */
public final class TestModels {

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;

    private TestModels() {
    }

    /** A single-ion 3D perovskite such as MAPbI3. */
    public static Perovskite3D abx3(String name, String a, String b, String x) {
        Perovskite3D p = F.createPerovskite3D();
        p.setName(name);
        sites(p, a, b, x);
        return p;
    }

    /** Fills the A, B and X sites of a perovskite with one ion each. */
    public static void sites(PerovskiteComposition p, String a, String b, String x) {
        p.getASite().add(site(a, 1.0));
        p.getBSite().add(site(b, 1.0));
        p.getXSite().add(site(x, 1.0));
    }

    /** One ion on a site with its fraction. */
    public static SiteOccupancy site(String ion, double fraction) {
        SiteOccupancy o = F.createSiteOccupancy();
        o.setIon(ion);
        o.setFraction(fraction);
        return o;
    }

    /** An organic cation with its name, abbreviation, SMILES and charge. */
    public static OrganicCation cation(String name, String abbreviation, String smiles, Integer charge) {
        OrganicCation c = F.createOrganicCation();
        c.setName(name);
        c.setAbbreviation(abbreviation);
        c.setSmiles(smiles);
        c.setCharge(charge);
        return c;
    }

    /** (spacer)(MA)(n-1)PbnI(3n+1) phases of a lead iodide, given as n, fraction pairs. */
    public static Perovskite2D leadIodide2D(String name, OrganicCation spacer, Phase2D phase, double... nAndFraction) {
        Perovskite2D p = F.createPerovskite2D();
        p.setName(name);
        p.getSpacers().add(spacer);
        p.setPhase(phase);
        sites(p, "MA", "Pb", "I");
        for (int i = 0; i < nAndFraction.length; i += 2) {
            NPhaseFraction f = F.createNPhaseFraction();
            f.setN((int) nAndFraction[i]);
            f.setFraction(nAndFraction[i + 1]);
            p.getNPhases().add(f);
        }
        return p;
    }
}
