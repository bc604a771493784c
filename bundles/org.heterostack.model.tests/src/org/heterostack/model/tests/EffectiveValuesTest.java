package org.heterostack.model.tests;

import static org.heterostack.model.tests.TestModels.F;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Layer;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.TransportMaterial;
import org.junit.jupiter.api.Test;

/**
 * The model's one rule for the values an engine reads from a device layer: the layer's own value, else its
 * material's, else its heterostructure's 3D film's; unset stays unset.
 */
class EffectiveValuesTest {

    private static final EAttribute GAP = HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV;
    private static final EAttribute AFFINITY = HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV;

    private final Layer layer = F.createLayer();

    @Test
    void theLayersOwnValueWinsOverItsMaterial() {
        TransportMaterial material = F.createTransportMaterial();
        material.setBandGapEv(3.5);
        layer.setMaterial(material);
        layer.setBandGapEv(3.2);
        assertEquals(3.2, layer.effectiveValue(GAP));
        assertSame(layer, layer.effectiveValueHolder(GAP));
    }

    @Test
    void anUnsetLayerValueComesFromTheMaterial() {
        TransportMaterial material = F.createTransportMaterial();
        material.setBandGapEv(3.5);
        layer.setMaterial(material);
        assertEquals(3.5, layer.effectiveValue(GAP));
        assertSame(material, layer.effectiveValueHolder(GAP));
    }

    @Test
    void aHeterostructureLayerFallsBackToTheFilm() {
        Perovskite3D film = F.createPerovskite3D();
        film.setBandGapEv(1.6);
        film.setElectronAffinityEv(3.9);
        Heterostructure structure = F.createHeterostructure();
        structure.setFilm(film);
        layer.setHeterostructure(structure);
        layer.setElectronAffinityEv(3.7);
        assertEquals(1.6, layer.effectiveValue(GAP));
        assertSame(film, layer.effectiveValueHolder(GAP));
        assertEquals(3.7, layer.effectiveValue(AFFINITY), "the layer still overrides the film");
    }

    @Test
    void aValueNobodyHasStaysUnknown() {
        layer.setMaterial(F.createTransportMaterial());
        layer.setHeterostructure(F.createHeterostructure());
        assertNull(layer.effectiveValue(GAP));
        assertNull(layer.effectiveValueHolder(GAP));
    }

    @Test
    void anAttributeOutsideTheSemiconductorParametersIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> layer.effectiveValue(HeterostackPackage.Literals.LAYER__THICKNESS_NM));
        assertEquals("effective values exist for the number-valued attributes of SemiconductorParameters, not for "
                + "Layer.thicknessNm", e.getMessage());
    }

    @Test
    void thicknessComesFromTheLayerThenThe2DMaterialThenTheFilm() {
        Heterostructure structure = F.createHeterostructure();
        structure.setFilmThicknessNm(500.0);
        layer.setHeterostructure(structure);
        assertEquals(500.0, layer.effectiveThicknessNm());
        Perovskite2D phase = F.createPerovskite2D();
        phase.setThicknessNm(20.0);
        layer.setMaterial(phase);
        assertEquals(20.0, layer.effectiveThicknessNm());
        layer.setThicknessNm(15.0);
        assertEquals(15.0, layer.effectiveThicknessNm());
    }

    @Test
    void aLayerWithoutAnyThicknessHasNone() {
        layer.setMaterial(F.createTransportMaterial());
        assertNull(layer.effectiveThicknessNm());
    }
}
