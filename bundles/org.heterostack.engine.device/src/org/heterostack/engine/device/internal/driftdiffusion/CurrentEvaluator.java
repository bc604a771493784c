package org.heterostack.engine.device.internal.driftdiffusion;

import static org.heterostack.engine.device.internal.driftdiffusion.Discretisation.BLOCK;
import static org.heterostack.engine.device.internal.driftdiffusion.Discretisation.N;
import static org.heterostack.engine.device.internal.driftdiffusion.Discretisation.P;
import static org.heterostack.engine.device.internal.driftdiffusion.Discretisation.PHI;
import static org.heterostack.engine.device.internal.driftdiffusion.Discretisation.ION;

/** Current densities from a discrete state: terminal current and Scharfetter-Gummel cell currents. */
final class CurrentEvaluator {

    private CurrentEvaluator() {
    }

    /**
     * Terminal current density at the left contact, photocurrent positive. For stacks whose last layer holds
     * no electrons (every n-i-p / IonMonger stack) the electron current entering the left contact equals the
     * sum of all electron sources and sinks, J = q sum_i (G_i - R_i - R_s,i - M_i dn_i/dt) over the non-contact
     * nodes (the telescoped electron balance), which stays accurate when J is many orders of magnitude below
     * the drift and diffusion components of the Scharfetter-Gummel flux (dark currents of 1e-9 A/m2 through a
     * 1e24 m-3 doped ETL). Otherwise the flux of the first cell is used. A hole current at the left contact is
     * added from the first cell's flux when the first layer holds holes.
     *
     * @param u state
     * @param light illumination multiplier
     * @param storage M du/dt per unknown (BDF approximation), or null at steady state
     * @return current density in A/m2
     */
    static double terminalCurrentAPerM2(Discretisation disc, double[] u, double light, double[] storage) {
        DeviceCoefficients co = disc.co;
        int cells = co.grid.cells;
        double electrons;
        if (co.kn[cells - 1] == 0) {
            electrons = electronSourceSum(disc, u, light, storage);
        } else {
            int i = 0;
            int j = BLOCK;
            double delta = u[j + PHI] - u[i + PHI];
            double b = Bernoulli.value(delta);
            electrons = co.kn[0] * (b * u[j + N] - (b + delta) * u[i + N]);
        }
        double holes = 0;
        if (co.kp[0] > 0) {
            double delta = u[BLOCK + PHI] - u[PHI];
            double b = Bernoulli.value(delta);
            holes = co.kp[0] * ((b + delta) * u[BLOCK + P] - b * u[P]);
        }
        return co.currentScaleAPerM2() * (electrons - holes);
    }

    /** Sum over the nodes 1 .. nodes - 2 of the scaled electron sources G - R - R_s - M dn/dt. */
    private static double electronSourceSum(Discretisation disc, double[] u, double light, double[] storage) {
        DeviceCoefficients co = disc.co;
        double[] scratch = new double[3];
        double sum = 0;
        int last = disc.nodes - 1;
        for (int c = 0; c < co.grid.cells; c++) {
            double half = 0.5 * co.hHat[c];
            if (c > 0) {
                sum += light * co.genLeftHalf[c] - bulkRate(co, c, c, half, u, scratch);
            }
            if (c + 1 < last) {
                sum += light * co.genRightHalf[c] - bulkRate(co, c, c + 1, half, u, scratch);
            }
        }
        for (DeviceCoefficients.InterfaceSite s : co.interfaceSites) {
            if (s.vn() > 0) {
                int b = BLOCK * s.node();
                double n = co.sn[s.electronCell()] * u[b + N];
                double p = co.sp[s.holeCell()] * u[b + P];
                sum -= (n * p - s.niSquaredScaled()) / ((n / s.vp() + p / s.vn()) * co.lengthScaleM);
            }
        }
        if (storage != null) {
            for (int i = 1; i < last; i++) {
                sum -= storage[BLOCK * i + N];
            }
        }
        return sum;
    }

    private static double bulkRate(DeviceCoefficients co, int c, int node, double half, double[] u,
            double[] scratch) {
        if (!co.recombines[c]) {
            return 0;
        }
        int b = BLOCK * node;
        double scale = co.densityScalePerM3;
        Recombination.bulk(co.sn[c] * u[b + N] * scale, co.sp[c] * u[b + P] * scale, co.tauN[c], co.tauP[c],
                co.radiative[c], co.augerN[c], co.augerP[c], co.niSquaredSi[c], scratch);
        return half * scratch[0] / scale;
    }

    /**
     * Conduction current density through cell c (electrons + holes + ions), photocurrent positive.
     *
     * @return current density in A/m2
     */
    static double cellCurrentAPerM2(DeviceCoefficients co, double[] u, int c) {
        int i = BLOCK * c;
        int j = i + BLOCK;
        double delta = u[j + PHI] - u[i + PHI];
        double b = Bernoulli.value(delta);
        double bm = b + delta;
        double electrons = co.kn[c] * (b * u[j + N] - bm * u[i + N]);
        double holes = co.kp[c] * (bm * u[j + P] - b * u[i + P]);
        double ions = co.kIon[c] * (bm * u[j + ION] - b * u[i + ION]);
        return co.currentScaleAPerM2() * (electrons - holes - ions);
    }
}
