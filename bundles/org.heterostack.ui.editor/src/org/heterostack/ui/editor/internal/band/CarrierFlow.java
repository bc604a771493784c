package org.heterostack.ui.editor.internal.band;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.ui.editor.internal.stack.SlabKind;

/**
 * Where electrons and holes go at each interface of a device's band diagram. Carriers are generated in the 3D
 * absorber and move outwards, away from it; at an interface an electron passes unless the conduction-band minimum on
 * the outer side is more than {@value #BARRIER_EV} eV higher, a hole passes unless the valence-band maximum on the
 * outer side is more than {@value #BARRIER_EV} eV lower (about 4 kT at 300 K). On the way to the electron transport
 * layer a cell needs electrons to pass (extraction) and holes to be stopped (blocking), on the way to the hole
 * transport layer the other way round; a flow is "wanted" when it is what the cell needs.
 */
public final class CarrierFlow {

    /** A barrier above this (eV) stops a carrier. */
    public static final double BARRIER_EV = 0.1;

    /** The carrier. */
    public enum Carrier {
        /** An electron, in the conduction band. */
        ELECTRON,
        /** A hole, in the valence band. */
        HOLE
    }

    /**
     * One carrier at one interface.
     *
     * @param interfaceIndex the interface between column {@code interfaceIndex - 1} and {@code interfaceIndex}
     * @param carrier        electron or hole
     * @param rightwards     whether it moves towards higher column indices (away from the absorber)
     * @param barrierEv      the energy it must gain to cross (eV; zero or negative: downhill for it)
     * @param passes         whether it crosses ({@code barrierEv <= }{@value #BARRIER_EV})
     * @param wanted         whether crossing (or being stopped) is what the cell needs here
     */
    public record Flow(int interfaceIndex, Carrier carrier, boolean rightwards, double barrierEv, boolean passes,
            boolean wanted) {
    }

    private CarrierFlow() {
    }

    /**
     * @param columns the band diagram's columns, bottom layer first
     * @return the flows at every interface between two layers with both band edges, outside the absorber; none when
     *         the device has no 3D absorber or no transport layer
     */
    public static List<Flow> of(List<BandColumn> columns) {
        int absorber = index(columns, SlabKind.ABSORBER);
        int etl = index(columns, SlabKind.ETL);
        int htl = index(columns, SlabKind.HTL);
        List<Flow> flows = new ArrayList<>();
        if (absorber < 0 || etl < 0 && htl < 0) {
            return flows;
        }
        for (int i = 1; i < columns.size(); i++) {
            BandColumn left = columns.get(i - 1);
            BandColumn right = columns.get(i);
            if (!left.hasEdges() || !right.hasEdges()) {
                continue;
            }
            boolean rightwards = i > absorber;
            BandColumn from = rightwards ? left : right;
            BandColumn to = rightwards ? right : left;
            boolean towardsEtl = etl >= 0 && (rightwards ? etl >= i : etl < i);
            double electronBarrier = to.ecEv() - from.ecEv();
            double holeBarrier = from.evEv() - to.evEv();
            boolean electronPasses = electronBarrier <= BARRIER_EV;
            boolean holePasses = holeBarrier <= BARRIER_EV;
            flows.add(new Flow(i, Carrier.ELECTRON, rightwards, electronBarrier, electronPasses,
                    electronPasses == towardsEtl));
            flows.add(new Flow(i, Carrier.HOLE, rightwards, holeBarrier, holePasses, holePasses != towardsEtl));
        }
        return flows;
    }

    private static int index(List<BandColumn> columns, SlabKind kind) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }
}
