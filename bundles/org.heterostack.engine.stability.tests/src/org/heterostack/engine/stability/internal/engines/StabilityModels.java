package org.heterostack.engine.stability.internal.engines;

import org.heterostack.model.Device;
import org.heterostack.model.DeviceKind;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.Placement;
import org.heterostack.model.Reference;
import org.heterostack.model.TailClass;
import org.heterostack.model.TwoDPhasePlacement;

/**
 * Model objects for the engine tests, built with {@link HeterostackFactory}. pKa values: docs/science.md §1.2 "typical
 * pKa" (PEA ~9.8, n-butylammonium 10.6-10.8, CYCL 10.6, benzylammonium ~9.3, PEAMA 12.0 from the review);
 * values marked "test input" are estimates to exercise the engines, not curated data (same as the numerics'
 * SpacerCatalogue). SMILES are the protonated cations.
 */
final class StabilityModels {

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;

    private final HeterostackModel model = F.createHeterostackModel();
    private final Reference domain = reference("science", "docs/science.md §1.2, typical pKa of conjugate acids (aqueous)");
    private final Reference review = reference("review", "K. Ma, J. Sun, L. Dou, Chem. Commun. 60, 7824 (2024), "
            + "section 7 (PEAMA pKa 12.0, from M. Wang et al., Nat. Energy 8, 1229 (2023))");
    private final Reference estimate = reference("estimate", "test input: estimate, not curated data");

    StabilityModels() {
        model.setDescription("stability engine tests");
    }

    private Reference reference(String key, String citation) {
        Reference reference = F.createReference();
        reference.setKey(key);
        reference.setCitation(citation);
        model.getReferences().add(reference);
        return reference;
    }

    /** Phenethylammonium, pKa 9.8 (docs/science.md §1.2). */
    OrganicCation pea() {
        return cation("PEA", "[NH3+]CCc1ccccc1", 9.8, domain, TailClass.ARYL);
    }

    /** n-Butylammonium, pKa 10.7 (docs/science.md §1.2: 10.6-10.8, midpoint). */
    OrganicCation ba() {
        return cation("BA", "CCCC[NH3+]", 10.7, domain, TailClass.ALKYL);
    }

    /** n-Octylammonium, pKa 10.65 (test input: n-alkylammoniums lie at 10.6-10.8 like BA). */
    OrganicCation oa() {
        return cation("OA", "CCCCCCCC[NH3+]", 10.65, estimate, TailClass.ALKYL);
    }

    /** Cyclohexylammonium, pKa 10.6 (docs/science.md §1.2). */
    OrganicCation cycl() {
        return cation("CYCL", "[NH3+]C1CCCCC1", 10.6, domain, TailClass.ALKYL);
    }

    /** (Phenethylamino)methaniminium, pKa 12.0 (review section 7). */
    OrganicCation peama() {
        return cation("PEAMA", "C(=[NH2+])NCCc1ccccc1", 12.0, review,
                TailClass.ARYL);
    }

    /** 4-Vinylbenzylammonium, cross-linkable (vinyl); pKa 9.3 (test input: benzylammonium ~9.3, docs/science.md §1.2). */
    OrganicCation vba() {
        OrganicCation vba = cation("VBA", "C=Cc1ccc(C[NH3+])cc1", 9.3, estimate, TailClass.ARYL);
        vba.setCrossLinkable(true);
        vba.setCrossLinkableGroup("vinyl");
        return vba;
    }

    /** 4-Fluorophenethylammonium; pKa 9.7 (test input: para-F lowers the pKa of PEA slightly). */
    OrganicCation fpea() {
        return cation("4F-PEA", "[NH3+]CCc1ccc(F)cc1", 9.7, estimate, TailClass.ARYL);
    }

    OrganicCation cation(String abbreviation, String smiles, Double pKa, Reference source, TailClass tail) {
        OrganicCation cation = F.createOrganicCation();
        cation.setName(abbreviation + "+");
        cation.setAbbreviation(abbreviation);
        cation.setSmiles(smiles);
        cation.setCharge(1);
        cation.setPKa(pKa);
        cation.setPKaSource(source);
        cation.setTailClass(tail);
        model.getMaterials().add(cation);
        return cation;
    }

    /** A 20 nm RP capping layer, 60 % n = 1, 30 % n = 2, 10 % n = 3 of its lead (test input). */
    Perovskite2D capping(OrganicCation spacer) {
        Perovskite2D phase = F.createPerovskite2D();
        phase.setName("(" + spacer.getAbbreviation() + ")2PbI4 capping");
        phase.getSpacers().add(spacer);
        phase.setPhase(Phase2D.RP);
        phase.setThicknessNm(20.0);
        phase.getNPhases().add(n(1, 0.6));
        phase.getNPhases().add(n(2, 0.3));
        phase.getNPhases().add(n(3, 0.1));
        model.getMaterials().add(phase);
        return phase;
    }

    private static NPhaseFraction n(int n, double fraction) {
        NPhaseFraction entry = F.createNPhaseFraction();
        entry.setN(n);
        entry.setFraction(fraction);
        return entry;
    }

    /** FAPbI3 with the 2D phase of {@code spacer} on top. */
    Heterostructure heterostructure(OrganicCation spacer) {
        Perovskite3D film = F.createPerovskite3D();
        film.setName("FAPbI3 for " + spacer.getAbbreviation());
        model.getMaterials().add(film);
        Heterostructure heterostructure = F.createHeterostructure();
        heterostructure.setName(spacer.getAbbreviation() + "-2D/FAPbI3");
        heterostructure.setFilm(film);
        heterostructure.setFilmThicknessNm(500.0);
        TwoDPhasePlacement placement = F.createTwoDPhasePlacement();
        placement.setName("top");
        placement.setPhase(capping(spacer));
        placement.setPlacement(Placement.TOP_SURFACE);
        heterostructure.getPhases().add(placement);
        model.getHeterostructures().add(heterostructure);
        return heterostructure;
    }

    /** An n-i-p cell whose absorber is the heterostructure of {@code spacer}. */
    Device device(OrganicCation spacer) {
        Device device = F.createDevice();
        device.setName(spacer.getAbbreviation() + " cell");
        device.setKind(DeviceKind.SOLAR_CELL);
        device.getLayers().add(layer("SnO2", LayerRole.ETL, 30));
        Layer absorber = layer("absorber", LayerRole.ABSORBER, 500);
        absorber.setHeterostructure(heterostructure(spacer));
        device.getLayers().add(absorber);
        device.getLayers().add(layer("spiro-OMeTAD", LayerRole.HTL, 200));
        model.getDevices().add(device);
        return device;
    }

    private static Layer layer(String name, LayerRole role, double thicknessNm) {
        Layer layer = F.createLayer();
        layer.setName(name);
        layer.setRole(role);
        layer.setThicknessNm(thicknessNm);
        return layer;
    }
}
