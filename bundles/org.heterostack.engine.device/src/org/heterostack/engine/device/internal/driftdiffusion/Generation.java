package org.heterostack.engine.device.internal.driftdiffusion;

import java.util.List;

/**
 * Beer-Lambert photogeneration G(x) = F alpha_L exp(-alpha_L (x - x_L)) T_L in each layer L (T_L the
 * transmission of the layers before it, from the illuminated side), integrated exactly over each half
 * control volume so that the discrete total generation equals F (1 - exp(-sum alpha d)) for any grid.
 * Only layers holding both carriers generate pairs.
 */
final class Generation {

    private Generation() {
    }

    /**
     * @return {left-half integrals (cell c, node c), right-half integrals (cell c, node c + 1)} scaled by
     *         1/(b N) so they are rates in 1/s of the scaled continuity equations
     */
    static double[][] halfCellRates(DeviceStack stack, Grid grid, double densityScale, double lengthScaleM) {
        double[] left = new double[grid.cells];
        double[] right = new double[grid.cells];
        double flux = stack.illumination().photonFluxPerM2S();
        if (flux == 0) {
            return new double[][] {left, right};
        }
        List<Layer> layers = stack.layers();
        double total = grid.xM[grid.nodes - 1];
        boolean fromLeft = stack.illumination().fromLeft();
        double scale = 1 / (densityScale * lengthScaleM);
        for (int c = 0; c < grid.cells; c++) {
            int l = grid.cellLayer[c];
            Layer layer = layers.get(l);
            if (!(layer.hasElectrons() && layer.hasHoles()) || layer.absorptionCoefficientPerM() == 0) {
                continue;
            }
            double x0 = grid.xM[c];
            double x1 = grid.xM[c + 1];
            double xm = 0.5 * (x0 + x1);
            double a = fluxAtDepth(layers, grid, l, fromLeft ? x0 : total - x0, fromLeft, flux);
            double m = fluxAtDepth(layers, grid, l, fromLeft ? xm : total - xm, fromLeft, flux);
            double e = fluxAtDepth(layers, grid, l, fromLeft ? x1 : total - x1, fromLeft, flux);
            left[c] = Math.abs(a - m) * scale;
            right[c] = Math.abs(m - e) * scale;
        }
        return new double[][] {left, right};
    }

    /** Photon flux remaining at optical depth (distance from the illuminated face) inside layer l. */
    private static double fluxAtDepth(List<Layer> layers, Grid grid, int l, double depthM, boolean fromLeft,
            double flux) {
        double remaining = flux;
        double start = 0;
        int n = layers.size();
        for (int k = 0; k < n; k++) {
            int idx = fromLeft ? k : n - 1 - k;
            Layer layer = layers.get(idx);
            if (idx == l) {
                return remaining * Math.exp(-layer.absorptionCoefficientPerM() * (depthM - start));
            }
            remaining *= Math.exp(-layer.absorptionCoefficientPerM() * layer.thicknessM());
            start += layer.thicknessM();
        }
        throw new IllegalStateException("layer " + l + " not in stack");
    }
}
