package org.heterostack.engine.structure.internal.engines;

import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.PerovskiteComposition;
import org.heterostack.model.Phase2D;
import org.heterostack.model.SiteOccupancy;

/** Model objects for the structure engine tests. */
final class Models {

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;

    private Models() {
    }

    static Perovskite3D abx3(String name, String a, String b, String x) {
        Perovskite3D p = F.createPerovskite3D();
        p.setName(name);
        sites(p, a, b, x);
        return p;
    }

    static void sites(PerovskiteComposition p, String a, String b, String x) {
        p.getASite().add(site(a, 1.0));
        p.getBSite().add(site(b, 1.0));
        p.getXSite().add(site(x, 1.0));
    }

    static SiteOccupancy site(String ion, double fraction) {
        SiteOccupancy o = F.createSiteOccupancy();
        o.setIon(ion);
        o.setFraction(fraction);
        return o;
    }

    static OrganicCation cation(String name, String abbreviation, String smiles, Integer charge) {
        OrganicCation c = F.createOrganicCation();
        c.setName(name);
        c.setAbbreviation(abbreviation);
        c.setSmiles(smiles);
        c.setCharge(charge);
        return c;
    }

    /** (spacer)2(MA)(n-1)PbnI(3n+1) with the given n phases as n, fraction pairs. */
    static Perovskite2D twoD(String name, OrganicCation spacer, Phase2D phase, double... nAndFraction) {
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

    static OrganicCation butylammonium() {
        return cation("butylammonium", "BA", "CCCC[NH3+]", 1);
    }
}
