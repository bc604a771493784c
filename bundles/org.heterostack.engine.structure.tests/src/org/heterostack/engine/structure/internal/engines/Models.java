package org.heterostack.engine.structure.internal.engines;

import org.heterostack.engine.testing.TestModels;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.PerovskiteComposition;
import org.heterostack.model.Phase2D;
import org.heterostack.model.SiteOccupancy;

/** Model objects for the structure engine tests. */
final class Models {

    private Models() {
    }

    static Perovskite3D abx3(String name, String a, String b, String x) {
        return TestModels.abx3(name, a, b, x);
    }

    static void sites(PerovskiteComposition p, String a, String b, String x) {
        TestModels.sites(p, a, b, x);
    }

    static SiteOccupancy site(String ion, double fraction) {
        return TestModels.site(ion, fraction);
    }

    static OrganicCation cation(String name, String abbreviation, String smiles, Integer charge) {
        return TestModels.cation(name, abbreviation, smiles, charge);
    }

    /** (spacer)2(MA)(n-1)PbnI(3n+1) with the given n phases as n, fraction pairs. */
    static Perovskite2D twoD(String name, OrganicCation spacer, Phase2D phase, double... nAndFraction) {
        return TestModels.leadIodide2D(name, spacer, phase, nAndFraction);
    }

    static OrganicCation butylammonium() {
        return cation("butylammonium", "BA", "CCCC[NH3+]", 1);
    }
}
