package org.heterostack.engine.device.internal.mapping;

import java.util.List;

import org.heterostack.engine.device.internal.driftdiffusion.BulkRecombination;
import org.heterostack.engine.device.internal.driftdiffusion.InterfaceRecombination;
import org.heterostack.engine.device.internal.twod.TwoDAssumptions;
import org.heterostack.model.Device;
import org.heterostack.model.Layer;
import org.heterostack.model.Placement;
import org.heterostack.model.TwoDPhasePlacement;

/**
 * The 2D phases of the absorber's heterostructure that are not a layer of the device act through recombination:
 * at the top surface or the buried interface the velocities of the absorber's interface on that side are lowered,
 * at the grain boundaries or mixed in the bulk the grain-boundary share of the film's SRH recombination is,
 * both for the covered part ({@code coverageFraction}, else all) by the passivation factor
 * ({@link TwoDAssumptions#passivated}). A placement a 2D layer next to the absorber already represents is left to
 * that layer.
 */
final class TwoDPlacements {

    private TwoDPlacements() {
    }

    /**
     * @param device      the device
     * @param simulated   the simulated model layers in simulated order
     * @param layers      their numerics layers (the absorber's recombination is replaced)
     * @param interfaces  recombination between adjacent simulated layers (replaced where passivated)
     * @param absorber    the absorber
     * @param reversed    whether the simulated order runs from the top of the model stack down
     * @param assumptions the 2D assumptions in force
     * @param notes       assumptions in force, appended
     */
    static void apply(Device device, List<Layer> simulated,
            List<org.heterostack.engine.device.internal.driftdiffusion.Layer> layers,
            List<InterfaceRecombination> interfaces, Layer absorber, boolean reversed, TwoDAssumptions assumptions,
            List<String> notes) {
        if (absorber.getHeterostructure() == null) {
            return;
        }
        int index = simulated.indexOf(absorber);
        for (TwoDPhasePlacement placement : absorber.getHeterostructure().getPhases()) {
            if (placement.getPhase() == null) {
                continue;
            }
            double coverage = placement.getCoverageFraction() == null ? 1 : placement.getCoverageFraction();
            String what = String.format("2D phase '%s' (%s of '%s', coverage %.2f%s)", placement.getPhase().getName(),
                    placement.getPlacement(), absorber.getName(), coverage,
                    placement.getCoverageFraction() == null ? ", assumed complete" : "");
            Placement where = placement.getPlacement();
            if (where == Placement.TOP_SURFACE || where == Placement.BURIED_INTERFACE) {
                boolean up = (where == Placement.TOP_SURFACE) != reversed;
                surface(simulated, interfaces, up ? index : index - 1, up ? index + 1 : index - 1, coverage,
                        assumptions, what, notes);
            } else if (where == Placement.GRAIN_BOUNDARIES || where == Placement.BULK_MIXED) {
                layers.set(index, grainBoundaries(layers.get(index), coverage, assumptions, what, notes));
            } else {
                notes.add(what + ": no placement given, so not simulated");
            }
        }
    }

    private static void surface(List<Layer> simulated, List<InterfaceRecombination> interfaces, int face,
            int neighbour, double coverage, TwoDAssumptions assumptions, String what, List<String> notes) {
        if (neighbour < 0 || neighbour >= simulated.size()) {
            notes.add(what + ": the absorber has no simulated neighbour on that side (an ohmic contact), so it acts "
                    + "on nothing");
            return;
        }
        if (InterfaceMapper.isTwoD(simulated.get(neighbour))) {
            notes.add(what + ": simulated as layer '" + simulated.get(neighbour).getName() + "'");
            return;
        }
        InterfaceRecombination given = interfaces.get(face);
        if (given.electronVelocityMPerS() == 0 && given.holeVelocityMPerS() == 0) {
            notes.add(what + ": the interface with '" + simulated.get(neighbour).getName() + "' has no recombination "
                    + "to passivate");
            return;
        }
        interfaces.set(face, new InterfaceRecombination(
                assumptions.passivated(given.electronVelocityMPerS(), coverage, 1),
                assumptions.passivated(given.holeVelocityMPerS(), coverage, 1)));
        notes.add(String.format("%s: passivates the interface with '%s', velocities v_n %.3g -> %.3g m/s, v_p %.3g -> "
                + "%.3g m/s (setting twod_passivation_factor %.3g)", what, simulated.get(neighbour).getName(),
                given.electronVelocityMPerS(), interfaces.get(face).electronVelocityMPerS(),
                given.holeVelocityMPerS(), interfaces.get(face).holeVelocityMPerS(), assumptions.passivationFactor()));
    }

    private static org.heterostack.engine.device.internal.driftdiffusion.Layer grainBoundaries(
            org.heterostack.engine.device.internal.driftdiffusion.Layer film, double coverage,
            TwoDAssumptions assumptions, String what, List<String> notes) {
        BulkRecombination r = film.recombination();
        if (Double.isInfinite(r.srhElectronLifetimeS()) && Double.isInfinite(r.srhHoleLifetimeS())) {
            notes.add(what + ": the film has no SRH recombination, so there is none at its grain boundaries to "
                    + "passivate");
            return film;
        }
        double rate = assumptions.passivated(1, coverage, assumptions.grainBoundaryShare());
        BulkRecombination passivated = new BulkRecombination(r.srhElectronLifetimeS() / rate,
                r.srhHoleLifetimeS() / rate, r.radiativeCoefficientM3PerS(), r.augerElectronCoefficientM6PerS(),
                r.augerHoleCoefficientM6PerS());
        notes.add(String.format("%s: passivates the grain boundaries, SRH lifetimes x %.3g (grain-boundary share %.2f "
                + "of the film's SRH recombination, settings twod_grain_boundary_share and twod_passivation_factor "
                + "%.3g)", what, 1 / rate, assumptions.grainBoundaryShare(), assumptions.passivationFactor()));
        return film.withRecombination(passivated);
    }
}
