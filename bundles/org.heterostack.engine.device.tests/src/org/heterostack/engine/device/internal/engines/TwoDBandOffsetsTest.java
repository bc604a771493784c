package org.heterostack.engine.device.internal.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.TwoDBandEdges;
import org.heterostack.engine.device.internal.driftdiffusion.Layer;
import org.heterostack.engine.device.internal.mapping.DeviceStackMapper;
import org.heterostack.engine.device.internal.mapping.MappedDevice;
import org.heterostack.engine.device.internal.twod.TwoDAssumptions;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.Orientation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.SiteOccupancy;
import org.junit.jupiter.api.Test;

/**
 * The derived band edges of a 2D layer follow the engines' shared rule ({@link TwoDBandEdges}), the one the
 * photophysics engines' band alignment follows: one physics, one answer for band diagram and device.
 */
class TwoDBandOffsetsTest {

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;

    /** (BA)2PbI4-like n = 1 cap of 10 nm between a MAPbI3 absorber (EA 3.9, IE 5.4 eV) and a hole transport layer. */
    private static Device capped(Orientation orientation) {
        Device device = DeviceModels.ionMonger();
        org.heterostack.model.Layer absorber = device.getLayers().get(1);
        absorber.setElectronAffinityEv(3.9);
        absorber.setIonisationEnergyEv(5.4);
        Perovskite2D phase = F.createPerovskite2D();
        phase.setName("BA2PbI4");
        phase.setOrientation(orientation);
        NPhaseFraction one = F.createNPhaseFraction();
        one.setN(1);
        one.setFraction(1);
        phase.getNPhases().add(one);
        SiteOccupancy iodide = F.createSiteOccupancy();
        iodide.setIon("I");
        phase.getXSite().add(iodide);
        org.heterostack.model.Layer cap = F.createLayer();
        cap.setName("2D cap");
        cap.setRole(LayerRole.PASSIVATION_2D);
        cap.setThicknessNm(10.0);
        cap.setMaterial(phase);
        device.getLayers().add(2, cap);
        return device;
    }

    private static Layer cap(MappedDevice mapped) {
        return mapped.stack().layers().stream().filter(l -> l.name().equals("2D cap")).findFirst().orElseThrow();
    }

    @Test
    void derivedEdgesAreTheSharedRuleAndMatchPhotoemission() throws EngineException {
        Layer cap = cap(DeviceStackMapper.map(capped(Orientation.PARALLEL)));
        // widening of the quasiparticle gap: 2.43 eV + 470 meV (n = 1) - 1.5 eV (between the film's edges)
        double[] expected = TwoDBandEdges.onFilm(-3.9, -5.4, 2.43 + 0.470 - 1.5,
                TwoDBandEdges.MEASURED_CONDUCTION_SHARE);
        assertEquals(expected[0], cap.conductionBandEv(), 1e-12);
        assertEquals(expected[1], cap.valenceBandEv(), 1e-12);
        // (BA)2PbI4 by UPS/IPES: EA 3.1, IE 5.8 eV (Silver et al., Adv. Energy Mater. 8, 1703468 (2018)), 0.15 eV
        assertEquals(-3.1, cap.conductionBandEv(), 0.15);
        assertEquals(-5.8, cap.valenceBandEv(), 0.15);
    }

    @Test
    void theDefaultShareIsTheMeasuredOneTheEnginesShare() {
        assertEquals(TwoDBandEdges.MEASURED_CONDUCTION_SHARE, TwoDAssumptions.DEFAULTS.conductionShare(), 0);
    }
}
