package org.heterostack.engine.device.internal.driftdiffusion;

import java.util.List;

import org.heterostack.engine.PhysicalConstants;

/**
 * Non-uniform 1D finite-volume grid with nodes on every layer boundary, refined towards every interface
 * with IonMonger's tanh clustering x(s) = (tanh(st (2 s - 1))/tanh(st) + 1)/2 on each layer (Courtier et al.
 * 2019, sec. 4.1): st is chosen so that a fraction X = 0.2 of the reference-layer intervals lies within one
 * ionic Debye length of each interface, and the other layers get as many intervals as needed for their
 * spacing at the shared interface to match the reference layer's. Unlike IonMonger, a contact layer is
 * refined only towards its internal interface (one-sided tanh): at an ohmic contact the layer is neutral,
 * and sub-picometre cells there would only add round-off to the contact current.
 */
final class Grid {

    private static final double DEBYE_FRACTION = 0.2;
    private static final int MIN_LAYER_INTERVALS = 4;

    final double[] xM;
    final int[] cellLayer;
    final int[] layerFirstNode;
    final int nodes;
    final int cells;

    private Grid(double[] xM, int[] cellLayer, int[] layerFirstNode) {
        this.xM = xM;
        this.cellLayer = cellLayer;
        this.layerFirstNode = layerFirstNode;
        this.nodes = xM.length;
        this.cells = cellLayer.length;
    }

    /**
     * @param stack the device
     * @param referenceIntervals number of intervals in the reference (absorber) layer, &gt;= 8
     * @return the grid
     */
    static Grid build(DeviceStack stack, int referenceIntervals) {
        if (referenceIntervals < 8) {
            throw new DriftDiffusionException("grid needs >= 8 intervals in the absorber, got " + referenceIntervals);
        }
        List<Layer> layers = stack.layers();
        int ref = stack.referenceLayerIndex();
        double b = layers.get(ref).thicknessM();
        double st = clusteringParameter(stack, b);
        int[] intervals = new int[layers.size()];
        int total = 0;
        int lastLayer = layers.size() - 1;
        for (int l = 0; l < layers.size(); l++) {
            double w = layers.get(l).thicknessM() / b;
            if (l == ref) {
                intervals[l] = referenceIntervals;
            } else if (l == 0 || l == lastLayer) {
                intervals[l] = matchedOneSided(w, referenceIntervals, st);
            } else {
                intervals[l] = matchedIntervals(w, referenceIntervals, st);
            }
            total += intervals[l];
        }
        double[] x = new double[total + 1];
        int[] cellLayer = new int[total];
        int[] first = new int[layers.size() + 1];
        int node = 0;
        double x0 = 0;
        for (int l = 0; l < layers.size(); l++) {
            first[l] = node;
            double d = layers.get(l).thicknessM();
            for (int k = 0; k < intervals[l]; k++) {
                double sk = (double) k / intervals[l];
                double map = l == ref || (l != 0 && l != lastLayer) ? tanhMap(sk, st)
                        : l == 0 ? Math.tanh(st * sk) / Math.tanh(st) : 1 - Math.tanh(st * (1 - sk)) / Math.tanh(st);
                x[node] = x0 + d * map;
                cellLayer[node] = l;
                node++;
            }
            x0 += d;
        }
        x[node] = x0;
        first[layers.size()] = node;
        return new Grid(x, cellLayer, first);
    }

    /** Maps s in [0, 1] to [0, 1], clustered at both ends. */
    static double tanhMap(double s, double st) {
        return (Math.tanh(st * (2 * s - 1)) / Math.tanh(st) + 1) / 2;
    }

    private static double clusteringParameter(DeviceStack stack, double b) {
        if (stack.ions() == null) {
            return 2.5;
        }
        Layer host = stack.layers().get(stack.referenceLayerIndex());
        double debyeM = Math.sqrt(host.relativePermittivity() * PhysicalConstants.VACUUM_PERMITTIVITY_F_PER_M
                * stack.thermalVoltageV() / (PhysicalConstants.ELEMENTARY_CHARGE_C * stack.ions().meanDensityPerM3()));
        double lambda = debyeM / b;
        if (lambda >= DEBYE_FRACTION) {
            return 1e-3;
        }
        double lo = 1e-3;
        double hi = 60;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (tanhMap(DEBYE_FRACTION, mid) > lambda) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Intervals of a layer of relative width w whose end spacing equals the reference layer's. */
    private static int matchedIntervals(double w, int n, double st) {
        double a = (Math.tanh(st * (1 - 2.0 / n)) - (1 - w) * Math.tanh(st)) / w;
        if (!(a < 1) || a <= -1) {
            return Math.max(MIN_LAYER_INTERVALS, (int) Math.round(n * w));
        }
        double m = 2 / (1 - atanh(a) / st);
        return Math.max(MIN_LAYER_INTERVALS, (int) Math.round(m));
    }

    /** Intervals of a one-sided layer (fine at its internal interface) matching the reference end spacing. */
    private static int matchedOneSided(double w, int n, double st) {
        double hRef = (1 - Math.tanh(st * (1 - 2.0 / n)) / Math.tanh(st)) / 2;
        double a = Math.tanh(st) * (1 - hRef / w);
        if (!(a > 0) || st < 0.01) {
            return Math.max(MIN_LAYER_INTERVALS, (int) Math.round(n * w));
        }
        double m = 1 / (1 - atanh(a) / st);
        return Math.max(MIN_LAYER_INTERVALS, (int) Math.round(m));
    }

    private static double atanh(double a) {
        return 0.5 * Math.log((1 + a) / (1 - a));
    }

    /** @return width of cell c in m */
    double widthM(int c) {
        return xM[c + 1] - xM[c];
    }
}
