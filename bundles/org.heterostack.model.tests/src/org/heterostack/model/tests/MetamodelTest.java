package org.heterostack.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.io.ModelFiles;
import org.junit.jupiter.api.Test;

/** Conventions of the metamodel: a versioned namespace, documented features, distinguishable unset numbers. */
class MetamodelTest {

    private static final EPackage PACKAGE = HeterostackPackage.eINSTANCE;

    private static List<EStructuralFeature> features() {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EClassifier classifier : PACKAGE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                features.addAll(eClass.getEStructuralFeatures());
            }
        }
        return features;
    }

    @Test
    void theNamespaceCarriesTheVersion() {
        assertEquals("http://heterostack.org/model/1.1", PACKAGE.getNsURI());
        assertEquals("hstack", PACKAGE.getNsPrefix());
        assertEquals(PACKAGE.getNsURI(), ModelFiles.NAMESPACE);
    }

    @Test
    void everyFeatureAndClassIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        for (EStructuralFeature feature : features()) {
            if (EcoreUtil.getDocumentation(feature) == null) {
                undocumented.add(feature.getEContainingClass().getName() + "." + feature.getName());
            }
        }
        for (EClassifier classifier : PACKAGE.getEClassifiers()) {
            if (EcoreUtil.getDocumentation(classifier) == null) {
                undocumented.add(classifier.getName());
            }
        }
        assertEquals(List.of(), undocumented);
    }

    @Test
    void unsetNumbersAreDistinguishableFromZero() {
        List<String> ambiguous = new ArrayList<>();
        for (EStructuralFeature feature : features()) {
            if (feature instanceof EAttribute attribute && !attribute.isMany() && !attribute.isDerived()
                    && attribute.getEType().getInstanceClass() != null
                    && attribute.getEType().getInstanceClass().isPrimitive() && !attribute.isUnsettable()) {
                ambiguous.add(attribute.getEContainingClass().getName() + "." + attribute.getName());
            }
        }
        assertEquals(List.of(), ambiguous, "primitive attributes must be unsettable (or use an object type)");
    }

    @Test
    void numericAttributeNamesCarryTheirUnit() {
        List<String> dimensionless = List.of("relativePermittivity", "pKa", "fraction", "x", "y", "coverageFraction", "value",
                "uncertainty", "meanN", "n", "dominantN", "charge", "halogenCount", "intensitySuns",
                // an ion on a perovskite site: formal charge and number of neighbours
                "oxidationState", "coordinationNumber",
                // a study axis's range, in the unit the axis names
                "from", "to", "count");
        List<String> unitless = new ArrayList<>();
        for (EStructuralFeature feature : features()) {
            Class<?> type = feature.getEType().getInstanceClass();
            boolean numeric = type == double.class || type == Double.class || type == int.class || type == Integer.class;
            if (numeric && feature.getEType().getEPackage() == EcorePackage.eINSTANCE
                    && !dimensionless.contains(feature.getName()) && !feature.getName().matches(
                            ".*(Ev|MeV|Nm|Angstrom|PerM3|PerM|M2PerS|M3PerS|M6PerS|MPerS|Cm2PerVs|Ns|K|V|S|VPerS|"
                                    + "Percent|Hours|Seconds|Cm2|MAPerCm2|PerNm2|Debye|PerM2S|OhmPerSq)")) {
                unitless.add(feature.getEContainingClass().getName() + "." + feature.getName());
            }
        }
        assertEquals(List.of(), unitless);
        assertTrue(features().size() > 150, "the metamodel is complete");
    }
}
