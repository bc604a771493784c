package org.heterostack.engine.photophysics.internal.engines;

import org.heterostack.engine.testing.TestModels;
import org.heterostack.model.Architecture;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceKind;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.InterfaceDescriptor;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.PerovskiteComposition;
import org.heterostack.model.Phase2D;
import org.heterostack.model.Placement;
import org.heterostack.model.TailClass;
import org.heterostack.model.TransportMaterial;
import org.heterostack.model.TwoDPhasePlacement;

/** Model objects for the photophysics engine tests. */
final class Models {

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;

    private Models() {
    }

    static OrganicCation butylammonium() {
        OrganicCation c = F.createOrganicCation();
        c.setName("butylammonium");
        c.setAbbreviation("BA");
        c.setSmiles("CCCC[NH3+]");
        c.setCharge(1);
        c.setTailClass(TailClass.ALKYL);
        return c;
    }

    /** (BA)2(MA)(n-1)PbnI(3n+1) with n, fraction pairs. */
    static Perovskite2D ba(String name, double... nAndFraction) {
        return TestModels.leadIodide2D(name, butylammonium(), Phase2D.RP, nAndFraction);
    }

    /** MAPbI3 with electron affinity 3.9 eV and ionisation energy 5.4 eV (Schulz et al., EES 7, 1377 (2014)). */
    static Perovskite3D mapbi3() {
        Perovskite3D p = F.createPerovskite3D();
        p.setName("MAPbI3");
        sites(p, "MA", "Pb", "I");
        p.setElectronAffinityEv(3.9);
        p.setIonisationEnergyEv(5.4);
        return p;
    }

    static void sites(PerovskiteComposition p, String a, String b, String x) {
        TestModels.sites(p, a, b, x);
    }

    /** MAPbI3 with one 2D phase on top, its interface optionally carrying ligand density (nm^-2) and dipole (D). */
    static Heterostructure capped(Perovskite2D phase, Double densityPerNm2, Double dipoleDebye) {
        Heterostructure h = F.createHeterostructure();
        h.setName("capped MAPbI3");
        h.setFilm(mapbi3());
        TwoDPhasePlacement top = F.createTwoDPhasePlacement();
        top.setName("top 2D");
        top.setPhase(phase);
        top.setPlacement(Placement.TOP_SURFACE);
        InterfaceDescriptor d = F.createInterfaceDescriptor();
        d.setLigandArealDensityPerNm2(densityPerNm2);
        d.setDipoleMomentDebye(dipoleDebye);
        top.setInterface(d);
        h.getPhases().add(top);
        return h;
    }

    /** FTO / TiO2 / capped MAPbI3 / spiro-OMeTAD / Au, n-i-p. */
    static Device nipCell(Heterostructure absorber) {
        Device device = F.createDevice();
        device.setName("cell");
        device.setKind(DeviceKind.SOLAR_CELL);
        device.setArchitecture(Architecture.NIP);
        device.getLayers().add(layer("FTO", LayerRole.ELECTRODE, null));
        device.getLayers().add(layer("TiO2", LayerRole.ETL, transport("TiO2", 4.0, 7.2)));
        Layer abs = layer("absorber", LayerRole.ABSORBER, null);
        abs.setHeterostructure(absorber);
        device.getLayers().add(abs);
        device.getLayers().add(layer("spiro-OMeTAD", LayerRole.HTL, transport("spiro-OMeTAD", 2.1, 5.1)));
        device.getLayers().add(layer("Au", LayerRole.ELECTRODE, null));
        return device;
    }

    static TransportMaterial transport(String name, double ea, double ie) {
        TransportMaterial m = F.createTransportMaterial();
        m.setName(name);
        m.setElectronAffinityEv(ea);
        m.setIonisationEnergyEv(ie);
        return m;
    }

    static Layer layer(String name, LayerRole role, TransportMaterial material) {
        Layer layer = F.createLayer();
        layer.setName(name);
        layer.setRole(role);
        layer.setMaterial(material);
        layer.setThicknessNm(100.0);
        return layer;
    }
}
