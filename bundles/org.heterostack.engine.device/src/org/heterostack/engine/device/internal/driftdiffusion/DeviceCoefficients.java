package org.heterostack.engine.device.internal.driftdiffusion;

import static org.heterostack.engine.PhysicalConstants.ELEMENTARY_CHARGE_C;
import static org.heterostack.engine.PhysicalConstants.VACUUM_PERMITTIVITY_F_PER_M;

import java.util.List;

/**
 * Non-dimensional coefficients of the finite-volume discretisation, precomputed once per device and grid.
 *
 * <p>Scaling (as IonMonger, Courtier et al. 2019 sec. 3, adapted to N layers): x by the absorber thickness b,
 * potential by VT = kT/q, all densities by N = N0 (or the largest doping without ions), time kept in s.
 * Carriers are stored as absorber-equivalent densities n~ = n / s_n (s_n = (gc/gc,ref) exp((Ec,ref - Ec)/kT)),
 * which are continuous across heterointerfaces when the quasi-Fermi level is (IonMonger's n = kE n_E), so
 * every node has one (phi, n~, p~, P) block and each cell lies in one layer.
 */
final class DeviceCoefficients {

    final DeviceStack stack;
    final Grid grid;
    final double lengthScaleM;
    final double densityScalePerM3;
    final double vtV;
    final double poissonCharge;
    final double niRefSquaredScaled;
    final double[] hHat;
    final double[] eps;
    final double[] kn;
    final double[] kp;
    final double[] kIon;
    final double[] sn;
    final double[] sp;
    final double[] background;
    final boolean[] ionCell;
    final boolean[] recombines;
    final double[] tauN;
    final double[] tauP;
    final double[] radiative;
    final double[] augerN;
    final double[] augerP;
    final double[] niSquaredSi;
    final double[] genLeftHalf;
    final double[] genRightHalf;
    final double[] massN;
    final double[] massP;
    final double[] massIon;
    final InterfaceSite[] interfaceSites;
    final double[] contactN;
    final double[] contactP;

    /** Interface recombination site at a node: electron and hole densities read in the given cells. */
    record InterfaceSite(int node, int electronCell, int holeCell, double vn, double vp, double niSquaredScaled) {
    }

    DeviceCoefficients(DeviceStack stack, Grid grid) {
        this.stack = stack;
        this.grid = grid;
        List<Layer> layers = stack.layers();
        Layer ref = layers.get(stack.referenceLayerIndex());
        lengthScaleM = ref.thicknessM();
        densityScalePerM3 = densityScale(stack);
        vtV = stack.thermalVoltageV();
        double b = lengthScaleM;
        poissonCharge = ELEMENTARY_CHARGE_C * densityScalePerM3 * b * b / (VACUUM_PERMITTIVITY_F_PER_M * vtV);
        niRefSquaredScaled = ref.conductionDosPerM3() * ref.valenceDosPerM3()
                * Math.exp(-(ref.conductionBandEv() - ref.valenceBandEv()) / vtV) / sq(densityScalePerM3);
        int nc = grid.cells;
        hHat = new double[nc];
        eps = new double[nc];
        kn = new double[nc];
        kp = new double[nc];
        kIon = new double[nc];
        sn = new double[nc];
        sp = new double[nc];
        background = new double[nc];
        ionCell = new boolean[nc];
        recombines = new boolean[nc];
        tauN = new double[nc];
        tauP = new double[nc];
        radiative = new double[nc];
        augerN = new double[nc];
        augerP = new double[nc];
        niSquaredSi = new double[nc];
        for (int c = 0; c < nc; c++) {
            fillCell(c, layers.get(grid.cellLayer[c]), ref);
        }
        double[][] gen = Generation.halfCellRates(stack, grid, densityScalePerM3, lengthScaleM);
        genLeftHalf = gen[0];
        genRightHalf = gen[1];
        int nn = grid.nodes;
        massN = new double[nn];
        massP = new double[nn];
        massIon = new double[nn];
        for (int c = 0; c < nc; c++) {
            double half = 0.5 * hHat[c];
            massN[c] += half * sn[c];
            massN[c + 1] += half * sn[c];
            massP[c] += half * sp[c];
            massP[c + 1] += half * sp[c];
            if (ionCell[c]) {
                massIon[c] += half;
                massIon[c + 1] += half;
            }
        }
        interfaceSites = interfaceSites(stack, grid);
        contactN = new double[2];
        contactP = new double[2];
        contactValues(0, layers.get(0), 0);
        contactValues(1, layers.get(layers.size() - 1), nc - 1);
    }

    private void fillCell(int c, Layer l, Layer ref) {
        double b = lengthScaleM;
        hHat[c] = grid.widthM(c) / b;
        eps[c] = l.relativePermittivity();
        sn[c] = l.hasElectrons() ? l.conductionDosPerM3() / ref.conductionDosPerM3()
                * Math.exp((ref.conductionBandEv() - l.conductionBandEv()) / vtV) : 0;
        sp[c] = l.hasHoles() ? l.valenceDosPerM3() / ref.valenceDosPerM3()
                * Math.exp((l.valenceBandEv() - ref.valenceBandEv()) / vtV) : 0;
        kn[c] = l.electronDiffusivityM2PerS() * sn[c] / (b * b * hHat[c]);
        kp[c] = l.holeDiffusivityM2PerS() * sp[c] / (b * b * hHat[c]);
        ionCell[c] = stack.ions() != null && l.hostsIons();
        kIon[c] = ionCell[c] ? stack.ions().diffusivityM2PerS() / (b * b * hHat[c]) : 0;
        double fixed = l.donorDensityPerM3() - l.acceptorDensityPerM3()
                - (ionCell[c] ? stack.ions().meanDensityPerM3() : 0);
        background[c] = fixed / densityScalePerM3;
        BulkRecombination r = l.recombination();
        recombines[c] = l.hasElectrons() && l.hasHoles() && r.isActive();
        tauN[c] = r.srhElectronLifetimeS();
        tauP[c] = r.srhHoleLifetimeS();
        radiative[c] = r.radiativeCoefficientM3PerS();
        augerN[c] = r.augerElectronCoefficientM6PerS();
        augerP[c] = r.augerHoleCoefficientM6PerS();
        niSquaredSi[c] = l.conductionDosPerM3() * l.valenceDosPerM3()
                * Math.exp(-(l.conductionBandEv() - l.valenceBandEv()) / vtV);
    }

    private InterfaceSite[] interfaceSites(DeviceStack stack, Grid grid) {
        int count = stack.interfaces().size();
        InterfaceSite[] sites = new InterfaceSite[count];
        for (int k = 0; k < count; k++) {
            int node = grid.layerFirstNode[k + 1];
            int left = node - 1;
            int right = node;
            int eCell = sn[left] >= sn[right] ? left : right;
            int hCell = sp[left] >= sp[right] ? left : right;
            InterfaceRecombination ir = stack.interfaces().get(k);
            boolean active = ir.isActive() && sn[eCell] > 0 && sp[hCell] > 0;
            sites[k] = new InterfaceSite(node, eCell, hCell, active ? ir.electronVelocityMPerS() : 0,
                    active ? ir.holeVelocityMPerS() : 0, niRefSquaredScaled * sn[eCell] * sp[hCell]);
        }
        return sites;
    }

    private void contactValues(int side, Layer l, int cell) {
        double[] np = ContactDensities.equilibrium(l, stack.temperatureK());
        contactN[side] = sn[cell] > 0 ? np[0] / (sn[cell] * densityScalePerM3) : 0;
        contactP[side] = sp[cell] > 0 ? np[1] / (sp[cell] * densityScalePerM3) : 0;
    }

    private static double densityScale(DeviceStack stack) {
        if (stack.ions() != null) {
            return stack.ions().meanDensityPerM3();
        }
        double max = 1e20;
        for (Layer l : stack.layers()) {
            max = Math.max(max, Math.max(l.donorDensityPerM3(), l.acceptorDensityPerM3()));
        }
        return max;
    }

    private static double sq(double x) {
        return x * x;
    }

    /** @return scaled potential of the left contact for applied voltage V: (Vbi - V)/(2 VT) */
    double leftContactPotential(double voltageV) {
        return (stack.builtInVoltageV() - voltageV) / (2 * vtV);
    }

    /** @return factor from scaled particle flux (1/s) to current density in A/m2: q b N */
    double currentScaleAPerM2() {
        return ELEMENTARY_CHARGE_C * lengthScaleM * densityScalePerM3;
    }
}
