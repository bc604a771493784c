package org.heterostack.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.heterostack.model.Architecture;
import org.heterostack.model.CarrierSpecies;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceInterface;
import org.heterostack.model.IlluminationSide;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.OperatingConditions;
import org.heterostack.model.RampShape;
import org.heterostack.model.ScanOrder;
import org.heterostack.model.VoltageProtocol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example {@code ionmonger-reference.hstack} holds every parameter of the IonMonger v2.0 reference case
 * (Clarke et al., J. Comput. Electron. 2023; defaults of Courtier et al., Energy Environ. Sci. 2019) exactly.
 */
class IonMongerReferenceTest {

    private static Device device;
    private static Layer etl;
    private static Layer perovskite;
    private static Layer htl;

    @BeforeAll
    static void load() {
        device = (Device) TestModels.loadExample("ionmonger-reference.hstack").findByName("IonMonger-reference");
        etl = device.getLayers().get(0);
        perovskite = device.getLayers().get(1);
        htl = device.getLayers().get(2);
    }

    @Test
    void stackIsEtlPerovskiteHtlNip() {
        assertEquals(Architecture.NIP, device.getArchitecture());
        assertEquals(List.of(LayerRole.ETL, LayerRole.ABSORBER, LayerRole.HTL),
                device.getLayers().stream().map(Layer::getRole).toList());
        assertEquals(List.of(100.0, 400.0, 200.0), device.getLayers().stream().map(Layer::getThicknessNm).toList());
        assertEquals(List.of(10.0, 24.1, 3.0), device.getLayers().stream().map(Layer::getRelativePermittivity).toList());
    }

    @Test
    void perovskite() {
        assertEquals(-3.7, -perovskite.getElectronAffinityEv(), "Ec");
        assertEquals(-5.4, -perovskite.getIonisationEnergyEv(), "Ev");
        assertEquals(8.1e24, perovskite.getConductionBandDosPerM3());
        assertEquals(5.8e24, perovskite.getValenceBandDosPerM3());
        assertEquals(1.7e-4, perovskite.getElectronDiffusivityM2PerS());
        assertEquals(1.7e-4, perovskite.getHoleDiffusivityM2PerS());
        assertEquals(1.3e7, perovskite.getAbsorptionCoefficientPerM());
        assertEquals(CarrierSpecies.BOTH, perovskite.getCarriers());
    }

    @Test
    void ionVacancies() {
        assertEquals(1.6e25, perovskite.getMobileIonDensityPerM3());
        assertEquals(6.5e-8, perovskite.getIonDiffusivityPrefactorM2PerS());
        assertEquals(0.58, perovskite.getIonActivationEnergyEv());
    }

    @Test
    void bulkRecombinationIsDeepTrapSrhOnly() {
        assertEquals(3.0, perovskite.getElectronSrhLifetimeNs());
        assertEquals(300.0, perovskite.getHoleSrhLifetimeNs());
        assertEquals(0.0, perovskite.getRadiativeCoefficientM3PerS());
        assertEquals(0.0, perovskite.getAugerElectronCoefficientM6PerS());
        assertEquals(0.0, perovskite.getAugerHoleCoefficientM6PerS());
    }

    @Test
    void transportLayers() {
        assertEquals(1e24, etl.getDonorDensityPerM3());
        assertEquals(5e25, etl.getConductionBandDosPerM3());
        assertEquals(-4.0, -etl.getElectronAffinityEv(), "EcE");
        assertEquals(1e-5, etl.getElectronDiffusivityM2PerS());
        assertEquals(CarrierSpecies.ELECTRONS, etl.getCarriers());
        assertEquals(1e24, htl.getAcceptorDensityPerM3());
        assertEquals(5e25, htl.getValenceBandDosPerM3());
        assertEquals(-5.1, -htl.getIonisationEnergyEv(), "EvH");
        assertEquals(1e-6, htl.getHoleDiffusivityM2PerS());
        assertEquals(CarrierSpecies.HOLES, htl.getCarriers());
        assertEquals(0.8991, device.getBuiltInVoltageV());
    }

    @Test
    void interfaceRecombination() {
        DeviceInterface left = device.getInterfaces().get(0);
        DeviceInterface right = device.getInterfaces().get(1);
        assertSame(etl, left.getLower());
        assertSame(perovskite, left.getUpper());
        assertEquals(1e5, left.getElectronRecombinationVelocityMPerS());
        assertEquals(10.0, left.getHoleRecombinationVelocityMPerS());
        assertSame(perovskite, right.getLower());
        assertSame(htl, right.getUpper());
        assertEquals(0.1, right.getElectronRecombinationVelocityMPerS());
        assertEquals(1e5, right.getHoleRecombinationVelocityMPerS());
    }

    @Test
    void conditions() {
        OperatingConditions conditions = device.getConditions();
        assertEquals(298.0, conditions.getTemperatureK());
        assertEquals(1.0, conditions.getIntensitySuns());
        assertEquals(1.4e21, conditions.getPhotonFluxPerM2S());
        assertEquals(IlluminationSide.BOTTOM, conditions.getIlluminatedSide(), "light enters through the ETL");
    }

    @Test
    void protocol() {
        VoltageProtocol protocol = device.getProtocol();
        assertEquals(0.8991, protocol.getPreconditioningVoltageV(), "steady state at Vbi");
        assertNull(protocol.getPreconditioningTimeS(), "until steady state");
        assertTrue(protocol.isPreconditioningIlluminated());
        assertEquals(5.0, protocol.getRampTimeS());
        assertEquals(RampShape.TANH, protocol.getRampShape());
        assertEquals(1.2, protocol.getScanHighV());
        assertEquals(0.0, protocol.getScanLowV());
        assertEquals(0.1, protocol.getScanRateVPerS());
        assertEquals(ScanOrder.REVERSE_THEN_FORWARD, protocol.getScanOrder());
        assertTrue(protocol.isSetScanOrder() && protocol.isSetScanHighV(), "written explicitly in the file");
        assertFalse(device.getReferences().isEmpty());
    }
}
