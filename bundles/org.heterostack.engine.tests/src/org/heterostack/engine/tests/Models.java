package org.heterostack.engine.tests;

import org.heterostack.model.Architecture;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceKind;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;

/** Small model objects for the engine tests. */
final class Models {

    private Models() {
    }

    /** An n-i-p cell: 100 nm ETL, 400 nm perovskite (alpha 1.3e7 /m, as IonMonger's default), 200 nm HTL. */
    static Device nipCell() {
        Device device = HeterostackFactory.eINSTANCE.createDevice();
        device.setName("cell");
        device.setKind(DeviceKind.SOLAR_CELL);
        device.setArchitecture(Architecture.NIP);
        device.getLayers().add(layer("ETL", LayerRole.ETL, 100));
        Layer absorber = layer("perovskite", LayerRole.ABSORBER, 400);
        absorber.setAbsorptionCoefficientPerM(1.3e7);
        device.getLayers().add(absorber);
        device.getLayers().add(layer("HTL", LayerRole.HTL, 200));
        return device;
    }

    static Layer layer(String name, LayerRole role, double thicknessNm) {
        Layer layer = HeterostackFactory.eINSTANCE.createLayer();
        layer.setName(name);
        layer.setRole(role);
        layer.setThicknessNm(thicknessNm);
        return layer;
    }
}
