package org.heterostack.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.library.Library;
import org.heterostack.model.Electrode;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Material;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.SiteOccupancy;
import org.heterostack.model.Sourced;
import org.heterostack.model.TransportFunction;
import org.heterostack.model.ValueSource;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.model.validation.ModelProblem;
import org.heterostack.model.validation.ModelValidation;
import org.junit.jupiter.api.Test;

/** The curated library is complete (review spacers, materials of issue 3) and every number in it is sourced. */
class LibraryTest {

    /** Every ligand the review names (Ma, Sun, Dou, Chem. Commun. 60, 7824 (2024)), by abbreviation or name. */
    static final List<String> REVIEW_SPACERS = List.of("BA", "OA", "neoPA", "PEA", "2F-PEA", "3F-PEA", "4F-PEA", "FEA",
            "TEA", "BzA", "NMA", "NpMA", "pyrene-alkylammonium", "CMA", "CYCL", "AI", "VBA", "PEAMA", "anilinium",
            "fluoroanilinium", "AVA", "beta-GUA", "GBA", "GA", "4AMP", "3AMP", "EDA", "BDA", "ODA", "EDOEA", "TETA",
            "DMePDA", "3-AMPY", "4-AMPY", "4AP", "o-PDEA", "m-PDEA", "p-PDEA", "4Tm", "F4Tm", "Cl4Tm", "Br4Tm", "4Te");

    private final Library library = Library.get();

    @Test
    void everySpacerOfTheReviewIsPresent() {
        List<String> missing = REVIEW_SPACERS.stream().filter(k -> library.cation(k).isEmpty()).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void theMaterialsOfTheIssueArePresent() {
        for (String name : List.of("MAPbI3", "FAPbI3", "CsPbI3", "CsFAMA", "MAPbBr3", "CsPbBr3", "FASnI3",
                "MAPb0.5Sn0.5I3")) {
            assertTrue(library.find(name).orElseThrow() instanceof Perovskite3D, name);
        }
        assertEquals(Set.of("TiO2", "SnO2", "C60", "PCBM", "BCP", "spiro-OMeTAD", "PTAA", "NiOx", "MeO-2PACz"),
                library.transportMaterials().stream().map(Material::getName).collect(Collectors.toSet()));
        assertEquals(Set.of("ITO", "FTO", "Au", "Ag", "Cu"),
                library.electrodes().stream().map(Material::getName).collect(Collectors.toSet()));
        assertEquals(TransportFunction.HOLE_TRANSPORT, ((org.heterostack.model.TransportMaterial) library
                .find("MeO-2PACz").orElseThrow()).getFunction());
    }

    /**
     * Every set real-valued attribute of every library element names its source: a {@code sources} entry for that
     * attribute (the pKa: its {@code pKaSource}); site fractions define the composition and are backed by the
     * material's references. Integers (charge, halogen count) describe the structure itself.
     */
    @Test
    void everyNumberHasASource() {
        List<String> unsourced = new ArrayList<>();
        for (EObject object : (Iterable<EObject>) () -> library.model().eAllContents()) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                Class<?> type = attribute.getEType().getInstanceClass();
                boolean real = type == double.class || type == Double.class;
                if (!real || attribute.isDerived() || !object.eIsSet(attribute)) {
                    continue;
                }
                if (!sourced(object, attribute)) {
                    unsourced.add(label(object) + "." + attribute.getName());
                }
            }
        }
        assertEquals(List.of(), unsourced);
    }

    private static boolean sourced(EObject object, EAttribute attribute) {
        if (object instanceof OrganicCation cation && attribute.getName().equals("pKa")) {
            return cation.getPKaSource() != null;
        }
        if (object instanceof Sourced sourced) {
            return sourced.getSources().stream().map(ValueSource::getFeature).anyMatch(attribute.getName()::equals);
        }
        if (object instanceof SiteOccupancy && object.eContainer() instanceof Material material) {
            return !material.getReferences().isEmpty();
        }
        return false;
    }

    private static String label(EObject object) {
        return object instanceof Material material ? material.getName() : object.eClass().getName();
    }

    @Test
    void theLibraryValidatesClean() {
        assertEquals(List.of(),
                ModelValidation.validate(library.model()).stream().map(ModelProblem::toString).toList());
    }

    @Test
    void lookupIgnoresCaseAndKnowsSynonymsAndChemicalNames() {
        OrganicCation nma = library.cation("NMA").orElseThrow();
        assertSame(nma, library.cation("npma").orElseThrow());
        assertSame(nma, library.cation("1-naphthylmethylammonium").orElseThrow());
        assertTrue(library.cation("MAPbI3").isEmpty(), "a perovskite is not a cation");
        assertTrue(library.find("unobtainium").isEmpty());
    }

    @Test
    void spacersCarryTheirChemistry() {
        OrganicCation edoea = library.cation("EDOEA").orElseThrow();
        assertEquals(2, edoea.getCharge());
        assertEquals(Phase2D.DJ, edoea.getExpectedPhase());
        assertEquals("[NH3+]CCOCCOCC[NH3+]", edoea.getSmiles());
        assertEquals(12.0, library.cation("PEAMA").orElseThrow().getPKa());
        assertEquals("Ma2024", library.cation("PEAMA").orElseThrow().getPKaSource().getKey());
        assertEquals(Phase2D.ACI, library.cation("GA").orElseThrow().getExpectedPhase());
        assertTrue(library.cation("VBA").orElseThrow().isCrossLinkable());
        assertEquals(null, library.cation("TETA").orElseThrow().getCharge(), "uncertain protonation is left unset");
    }

    @Test
    void copyIntoBringsTheCitedReferences() {
        HeterostackModel model = ModelFiles.createModel();
        Material copy = library.copyInto("MAPbI3", model);
        library.copyInto("TiO2", model);
        assertTrue(copy.eContainer() == model);
        assertEquals(Set.of("Stoumpos2016", "Courtier2019", "Clarke2022", "Miyata2015", "Tang1994"),
                model.getReferences().stream().map(r -> r.getKey()).collect(Collectors.toSet()));
        assertEquals(List.of(), ModelValidation.validate(model).stream().map(ModelProblem::toString).toList());
        assertTrue(EcoreUtil.equals(((Perovskite3D) copy).getASite(),
                ((Perovskite3D) library.find("MAPbI3").orElseThrow()).getASite()));
        assertThrows(IllegalArgumentException.class, () -> library.copyInto("MAPbI3", model));
        assertNotNull(((Electrode) library.find("Au").orElseThrow()).getWorkFunctionEv());
    }
}
