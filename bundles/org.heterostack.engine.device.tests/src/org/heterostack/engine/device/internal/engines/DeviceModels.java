package org.heterostack.engine.device.internal.engines;

import org.heterostack.model.Architecture;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceInterface;
import org.heterostack.model.DeviceKind;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.IlluminationSide;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.OperatingConditions;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.RampShape;
import org.heterostack.model.ScanOrder;
import org.heterostack.model.Spectrum;
import org.heterostack.model.VoltageProtocol;

/** Model objects for the engine tests, built with the model's factory as a user or a .hstack file would. */
final class DeviceModels {

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;

    private DeviceModels() {
    }

    /**
     * The IonMonger v2.0 default device, every parameter from the reference table of docs/science.md
     * §5.3: n-i-p, light through the ETL (bottom), 298 K, Fph 1.4e21 m-2 s-1; protocol: steady state at
     * Vbi (preconditioningVoltageV unset), 5 s tanh ramp to 1.2 V, reverse then forward at 0.1 V/s.
     */
    static Device ionMonger() {
        Device device = F.createDevice();
        device.setName("ionmonger");
        device.setKind(DeviceKind.SOLAR_CELL);
        device.setArchitecture(Architecture.NIP);
        Layer etl = layer("ETL", LayerRole.ETL, 100);
        etl.setRelativePermittivity(10.0);
        etl.setDonorDensityPerM3(1e24);
        etl.setConductionBandDosPerM3(5e25);
        etl.setElectronAffinityEv(4.0);
        etl.setElectronDiffusivityM2PerS(1e-5);
        Layer perovskite = layer("perovskite", LayerRole.ABSORBER, 400);
        perovskite.setRelativePermittivity(24.1);
        perovskite.setElectronAffinityEv(3.7);
        perovskite.setIonisationEnergyEv(5.4);
        perovskite.setConductionBandDosPerM3(8.1e24);
        perovskite.setValenceBandDosPerM3(5.8e24);
        perovskite.setElectronDiffusivityM2PerS(1.7e-4);
        perovskite.setHoleDiffusivityM2PerS(1.7e-4);
        perovskite.setAbsorptionCoefficientPerM(1.3e7);
        perovskite.setMobileIonDensityPerM3(1.6e25);
        perovskite.setIonDiffusivityPrefactorM2PerS(6.5e-8);
        perovskite.setIonActivationEnergyEv(0.58);
        perovskite.setElectronSrhLifetimeNs(3.0);
        perovskite.setHoleSrhLifetimeNs(300.0);
        Layer htl = layer("HTL", LayerRole.HTL, 200);
        htl.setRelativePermittivity(3.0);
        htl.setAcceptorDensityPerM3(1e24);
        htl.setValenceBandDosPerM3(5e25);
        htl.setIonisationEnergyEv(5.1);
        htl.setHoleDiffusivityM2PerS(1e-6);
        device.getLayers().add(etl);
        device.getLayers().add(perovskite);
        device.getLayers().add(htl);
        device.getInterfaces().add(face("ETL/perovskite", etl, perovskite, 1e5, 10));
        device.getInterfaces().add(face("perovskite/HTL", perovskite, htl, 0.1, 1e5));
        OperatingConditions conditions = F.createOperatingConditions();
        conditions.setSpectrum(Spectrum.AM1_5G);
        conditions.setIntensitySuns(1);
        conditions.setTemperatureK(298);
        conditions.setPhotonFluxPerM2S(1.4e21);
        conditions.setIlluminatedSide(IlluminationSide.BOTTOM);
        device.setConditions(conditions);
        VoltageProtocol protocol = F.createVoltageProtocol();
        protocol.setRampTimeS(5.0);
        protocol.setRampShape(RampShape.TANH);
        protocol.setScanLowV(0);
        protocol.setScanHighV(1.2);
        protocol.setScanRateVPerS(0.1);
        protocol.setScanOrder(ScanOrder.REVERSE_THEN_FORWARD);
        device.setProtocol(protocol);
        return device;
    }

    /** The same device written as p-i-n: HTL at the bottom, ETL on top, light through the ETL (top). */
    static Device ionMongerInverted() {
        Device device = ionMonger();
        device.setName("ionmonger-pin");
        device.setArchitecture(Architecture.PIN);
        device.getLayers().move(0, 2);
        device.getLayers().move(2, 1);
        for (DeviceInterface face : device.getInterfaces()) {
            Layer lower = face.getLower();
            face.setLower(face.getUpper());
            face.setUpper(lower);
        }
        device.getConditions().setIlluminatedSide(IlluminationSide.TOP);
        return device;
    }

    static Layer layer(String name, LayerRole role, double thicknessNm) {
        Layer layer = F.createLayer();
        layer.setName(name);
        layer.setRole(role);
        layer.setThicknessNm(thicknessNm);
        return layer;
    }

    static DeviceInterface face(String name, Layer lower, Layer upper, double vn, double vp) {
        DeviceInterface face = F.createDeviceInterface();
        face.setName(name);
        face.setLower(lower);
        face.setUpper(upper);
        face.setElectronRecombinationVelocityMPerS(vn);
        face.setHoleRecombinationVelocityMPerS(vp);
        return face;
    }

    /** A 3D perovskite with only a band gap. */
    static Perovskite3D perovskite(String name, double gapEv) {
        Perovskite3D perovskite = F.createPerovskite3D();
        perovskite.setName(name);
        perovskite.setBandGapEv(gapEv);
        return perovskite;
    }

    /** A minimal device of a kind: one absorber (or emitter) layer of 400 nm. */
    static Device simple(String name, DeviceKind kind, LayerRole role) {
        Device device = F.createDevice();
        device.setName(name);
        device.setKind(kind);
        device.getLayers().add(layer(role == LayerRole.EMITTER ? "emitter" : "perovskite", role, 400));
        return device;
    }
}
