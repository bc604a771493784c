package org.heterostack.engine.device.internal.engines;

import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.Orientation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Placement;
import org.heterostack.model.SiteOccupancy;
import org.heterostack.model.TwoDPhasePlacement;

/** 2D phases on the IonMonger reference cell (without mobile ions), built as a .hstack file would hold them. */
final class TwoDCaps {

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;

    private TwoDCaps() {
    }

    /** A single-n lead-iodide 2D perovskite with only its structure: n, orientation, X = I. */
    static Perovskite2D phase(int n, Orientation orientation) {
        Perovskite2D phase = F.createPerovskite2D();
        phase.setName("2D n=" + n + " " + orientation);
        phase.setOrientation(orientation);
        NPhaseFraction fraction = F.createNPhaseFraction();
        fraction.setN(n);
        fraction.setFraction(1);
        phase.getNPhases().add(fraction);
        SiteOccupancy iodide = F.createSiteOccupancy();
        iodide.setIon("I");
        phase.getXSite().add(iodide);
        return phase;
    }

    /** The reference cell without mobile ions, its perovskite/HTL interface with the given electron velocity. */
    static Device cell(double htlInterfaceElectronVelocityMPerS) {
        Device device = DeviceModels.ionMonger();
        device.getLayers().get(1).setMobileIonDensityPerM3(null);
        device.getInterfaces().get(1).setElectronRecombinationVelocityMPerS(htlInterfaceElectronVelocityMPerS);
        return device;
    }

    /** The cell with a 2D layer of the phase between perovskite and HTL (the n-i-p top cap). */
    static Device capped(Device cell, Perovskite2D phase, double thicknessNm) {
        Layer cap = DeviceModels.layer("2D cap", LayerRole.PASSIVATION_2D, thicknessNm);
        cap.setMaterial(phase);
        cell.getLayers().add(2, cap);
        return cell;
    }

    /** The cell whose perovskite carries the phase at a placement, without a layer for it. */
    static Device placed(Device cell, Perovskite2D phase, Placement placement) {
        Perovskite3D film = F.createPerovskite3D();
        film.setName("film");
        Heterostructure structure = F.createHeterostructure();
        structure.setName("2D/3D");
        structure.setFilm(film);
        TwoDPhasePlacement where = F.createTwoDPhasePlacement();
        where.setName(placement.getLiteral());
        where.setPhase(phase);
        where.setPlacement(placement);
        structure.getPhases().add(where);
        cell.getLayers().get(1).setHeterostructure(structure);
        return cell;
    }
}
