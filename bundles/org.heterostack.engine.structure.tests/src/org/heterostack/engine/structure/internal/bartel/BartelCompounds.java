package org.heterostack.engine.structure.internal.bartel;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Reference;
import org.heterostack.model.SiteOccupancy;
import org.heterostack.model.io.ModelFiles;

/**
 * The 576 experimentally characterised ABX3 compounds of Bartel et al., Sci. Adv. 5, eaav0693 (2019), table S1, as
 * a Heterostack model: one {@code Perovskite3D} per compound, named by its formula, with its A, B and X ions and
 * (optionally) the oxidation states the paper assigned; its description holds the experimental label.
 */
public final class BartelCompounds {

    /** Description prefix of a compound observed as a perovskite. */
    public static final String PEROVSKITE = "perovskite (Bartel et al. 2019, table S1)";
    /** Description prefix of a compound observed in another structure. */
    public static final String NON_PEROVSKITE = "non-perovskite (Bartel et al. 2019, table S1)";

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;

    private BartelCompounds() {
    }

    /**
     * The model of table S1.
     *
     * @param withOxidationStates true to state the paper's oxidation states on every site, false to leave them to
     *                            the engine
     */
    public static HeterostackModel model(boolean withOxidationStates) throws IOException {
        HeterostackModel model = ModelFiles.createModel();
        model.setDescription("The 576 ABX3 compounds of Bartel et al. 2019, table S1"
                + (withOxidationStates ? ", with their oxidation states" : ", oxidation states left to the engine"));
        Reference bartel = F.createReference();
        bartel.setKey("Bartel2019");
        bartel.setCitation("C. J. Bartel et al., Sci. Adv. 5, eaav0693 (2019), table S1");
        bartel.setDoi("10.1126/sciadv.aav0693");
        model.getReferences().add(bartel);
        List<Map<String, String>> rows = BartelTable.rows("TableS1");
        for (Map<String, String> row : rows) {
            Perovskite3D p = F.createPerovskite3D();
            p.setName(row.get("ABX3"));
            p.setDescription(Double.parseDouble(row.get("exp_label")) > 0 ? PEROVSKITE : NON_PEROVSKITE);
            p.getReferences().add(bartel);
            p.getASite().add(site(row.get("A"), withOxidationStates ? row.get("nA") : null));
            p.getBSite().add(site(row.get("B"), withOxidationStates ? row.get("nB") : null));
            p.getXSite().add(site(row.get("X"), withOxidationStates ? row.get("nX") : null));
            model.getMaterials().add(p);
        }
        return model;
    }

    /** True if the compound's description says it was observed as a perovskite. */
    public static boolean observedPerovskite(Perovskite3D p) {
        return p.getDescription().equals(PEROVSKITE);
    }

    private static SiteOccupancy site(String ion, String oxidationState) {
        SiteOccupancy o = F.createSiteOccupancy();
        o.setIon(ion);
        o.setFraction(1.0);
        if (oxidationState != null) {
            o.setOxidationState(Integer.valueOf(oxidationState));
        }
        return o;
    }
}
