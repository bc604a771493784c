package org.heterostack.engine.device.internal.driftdiffusion;

import static org.heterostack.engine.device.internal.driftdiffusion.Discretisation.BLOCK;

import java.util.List;

/** Converts a scaled state into an {@link InternalProfile} in SI units and eV. */
final class ProfileBuilder {

    private ProfileBuilder() {
    }

    static InternalProfile build(Discretisation disc, double[] u, double timeS, double voltageV) {
        DeviceCoefficients co = disc.co;
        Grid g = co.grid;
        List<Layer> layers = co.stack.layers();
        int points = g.nodes + layers.size() - 1;
        double[][] a = new double[10][points];
        int[] layerIndex = new int[points];
        double vt = co.vtV;
        double scale = co.densityScalePerM3;
        double[] r = new double[3];
        int k = 0;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            int cell = g.layerFirstNode[l];
            for (int i = g.layerFirstNode[l]; i <= g.layerFirstNode[l + 1]; i++) {
                int b = BLOCK * i;
                double phi = u[b + Discretisation.PHI] * vt;
                double n = co.sn[cell] * u[b + Discretisation.N] * scale;
                double p = co.sp[cell] * u[b + Discretisation.P] * scale;
                double ec = layer.conductionBandEv() - phi;
                double ev = layer.valenceBandEv() - phi;
                a[0][k] = g.xM[i];
                a[1][k] = phi;
                a[2][k] = ec;
                a[3][k] = ev;
                a[4][k] = layer.hasElectrons() ? ec + vt * Math.log(n / layer.conductionDosPerM3()) : Double.NaN;
                a[5][k] = layer.hasHoles() ? ev - vt * Math.log(p / layer.valenceDosPerM3()) : Double.NaN;
                a[6][k] = n;
                a[7][k] = p;
                a[8][k] = co.ionCell[cell] ? u[b + Discretisation.ION] * scale : 0;
                if (co.recombines[cell]) {
                    Recombination.bulk(n, p, co.tauN[cell], co.tauP[cell], co.radiative[cell], co.augerN[cell],
                            co.augerP[cell], co.niSquaredSi[cell], r);
                    a[9][k] = r[0];
                }
                layerIndex[k] = l;
                k++;
            }
        }
        double[] centres = new double[g.cells];
        double[] currents = new double[g.cells];
        for (int c = 0; c < g.cells; c++) {
            centres[c] = 0.5 * (g.xM[c] + g.xM[c + 1]);
            currents[c] = CurrentEvaluator.cellCurrentAPerM2(co, u, c);
        }
        return new InternalProfile(timeS, voltageV, a[0], layerIndex, a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8],
                a[9], interfaceRates(co, u), centres, currents);
    }

    private static double[] interfaceRates(DeviceCoefficients co, double[] u) {
        double[] rates = new double[co.interfaceSites.length];
        for (int s = 0; s < rates.length; s++) {
            DeviceCoefficients.InterfaceSite site = co.interfaceSites[s];
            if (site.vn() > 0) {
                int b = BLOCK * site.node();
                double n = co.sn[site.electronCell()] * u[b + Discretisation.N];
                double p = co.sp[site.holeCell()] * u[b + Discretisation.P];
                double scale = co.densityScalePerM3;
                rates[s] = (n * p - site.niSquaredScaled()) * scale / (n / site.vp() + p / site.vn());
            }
        }
        return rates;
    }
}
