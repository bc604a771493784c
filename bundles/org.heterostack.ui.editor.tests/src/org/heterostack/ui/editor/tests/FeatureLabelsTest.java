package org.heterostack.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.heterostack.model.Architecture;
import org.heterostack.model.LayerRole;
import org.heterostack.model.Placement;
import org.heterostack.ui.editor.bridge.FeatureLabels;
import org.junit.jupiter.api.Test;

/** Property names with their units and enumeration literals in words. */
class FeatureLabelsTest {

    @Test
    void unitsComeFromTheAttributeNames() {
        assertEquals("Thickness (nm)", FeatureLabels.displayName("thicknessNm"));
        assertEquals("Band gap (eV)", FeatureLabels.displayName("bandGapEv"));
        assertEquals("Electron mobility (cm²/(V s))", FeatureLabels.displayName("electronMobilityCm2PerVs"));
        assertEquals("Conduction band DOS (m⁻³)", FeatureLabels.displayName("conductionBandDosPerM3"));
        assertEquals("Electron SRH lifetime (ns)", FeatureLabels.displayName("electronSrhLifetimeNs"));
        assertEquals("Exciton binding energy (meV)", FeatureLabels.displayName("excitonBindingEnergyMeV"));
        assertEquals("Jsc (mA/cm²)", FeatureLabels.displayName("jscMAPerCm2"));
        assertEquals("T80 (h)", FeatureLabels.displayName("t80Hours"));
        assertEquals("Temperature (K)", FeatureLabels.displayName("temperatureK"));
        assertEquals("Photon flux (m⁻² s⁻¹)", FeatureLabels.displayName("photonFluxPerM2S"));
        assertEquals("Interlayer spacing (Å)", FeatureLabels.displayName("interlayerSpacingAngstrom"));
        assertEquals("pKa", FeatureLabels.displayName("pKa"));
        assertEquals("Mean n", FeatureLabels.displayName("meanN"));
        assertEquals("Material", FeatureLabels.displayName("material"));
        assertEquals("eV", FeatureLabels.unit("ionisationEnergyEv"));
        assertNull(FeatureLabels.unit("coverageFraction"));
    }

    @Test
    void literalsReadAsWords() {
        assertEquals("2D passivation", FeatureLabels.literal(LayerRole.PASSIVATION_2D));
        assertEquals("ETL", FeatureLabels.literal(LayerRole.ETL));
        assertEquals("Top surface", FeatureLabels.literal(Placement.TOP_SURFACE));
        assertEquals("n-i-p", FeatureLabels.literal(Architecture.NIP));
    }
}
