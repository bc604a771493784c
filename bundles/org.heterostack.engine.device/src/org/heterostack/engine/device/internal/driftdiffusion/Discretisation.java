package org.heterostack.engine.device.internal.driftdiffusion;

import java.util.Arrays;

/**
 * Finite-volume residual F(u) and banded Jacobian of the drift-diffusion-ion system with Scharfetter-Gummel
 * fluxes (Courtier et al., J. Comput. Electron. 18 (2019) 1435, eqs. 1-14, generalised to N layers):
 * <pre>
 *   Poisson:   (eps phi')' = -q (p - n + P - N0 + Nd - Na)
 *   electrons: dn/dt =  (1/q) j_n' + G - R,   j_n = q Dn (n' - n phi'/VT)
 *   holes:     dp/dt = -(1/q) j_p' + G - R,   j_p = -q Dp (p' + p phi'/VT)
 *   ions:      dP/dt = -F_P',                 F_P = -D_I (P' + P phi'/VT), F_P = 0 at the ion-layer ends
 * </pre>
 * with interface SRH sinks at heterointerface nodes and ohmic Dirichlet contacts. Unknowns per node
 * (phi, n~, p~, P) in scaled units (see {@link DeviceCoefficients}); the time-discrete residual is
 * R = F(u) - shift M u - hist, where M is the (diagonal) storage and the caller's BDF coefficients give
 * shift and hist. Absent species have identity rows (u = 0).
 */
final class Discretisation {

    static final int PHI = 0;
    static final int N = 1;
    static final int P = 2;
    static final int ION = 3;
    static final int BLOCK = 4;

    final DeviceCoefficients co;
    final int nodes;
    final int size;
    final double[] mass;
    private final boolean[] identity;
    private final boolean[] dirichlet;
    private final double[] scratch = new double[3];

    Discretisation(DeviceCoefficients co) {
        this.co = co;
        this.nodes = co.grid.nodes;
        this.size = BLOCK * nodes;
        this.mass = new double[size];
        this.identity = new boolean[size];
        this.dirichlet = new boolean[size];
        for (int i = 0; i < nodes; i++) {
            mass[BLOCK * i + N] = co.massN[i];
            mass[BLOCK * i + P] = co.massP[i];
            mass[BLOCK * i + ION] = co.massIon[i];
            identity[BLOCK * i + N] = co.massN[i] == 0;
            identity[BLOCK * i + P] = co.massP[i] == 0;
            identity[BLOCK * i + ION] = co.massIon[i] == 0;
        }
        for (int node : new int[] {0, nodes - 1}) {
            dirichlet[BLOCK * node + PHI] = true;
            dirichlet[BLOCK * node + N] = !identity[BLOCK * node + N];
            dirichlet[BLOCK * node + P] = !identity[BLOCK * node + P];
        }
    }

    /** @return true if unknown i is a trivial (absent-species) unknown */
    boolean isIdentity(int i) {
        return identity[i];
    }

    /** @return a new banded matrix of the right shape */
    BandedLu newMatrix() {
        return new BandedLu(size, 2 * BLOCK - 1, 2 * BLOCK - 1);
    }

    /**
     * Assembles the residual and Jacobian.
     *
     * @param u state
     * @param voltageV applied voltage in V
     * @param light illumination multiplier (1 = the stack's illumination)
     * @param shift BDF coefficient alpha0/h in 1/s (0 for a pure steady state)
     * @param hist BDF history term M beta/h per unknown (null for none)
     * @param res residual output
     * @param jac Jacobian output, or null for the residual only
     */
    void assemble(double[] u, double voltageV, double light, double shift, double[] hist, double[] res,
            BandedLu jac) {
        Arrays.fill(res, 0);
        if (jac != null) {
            jac.clear();
        }
        for (int c = 0; c < co.grid.cells; c++) {
            fluxes(c, u, res, jac);
            local(c, c, 0.5 * co.hHat[c], light * co.genLeftHalf[c], u, res, jac);
            local(c, c + 1, 0.5 * co.hHat[c], light * co.genRightHalf[c], u, res, jac);
        }
        for (DeviceCoefficients.InterfaceSite s : co.interfaceSites) {
            if (s.vn() > 0) {
                interfaceRecombination(s, u, res, jac);
            }
        }
        for (int i = 0; i < size; i++) {
            if (mass[i] > 0) {
                res[i] -= shift * mass[i] * u[i] + (hist == null ? 0 : hist[i]);
                add(jac, i, i, -shift * mass[i]);
            }
            if (identity[i]) {
                res[i] = u[i];
                identityRow(jac, i);
            }
        }
        double phiLeft = co.leftContactPotential(voltageV);
        boundary(0, phiLeft, co.contactN[0], co.contactP[0], u, res, jac);
        boundary(nodes - 1, -phiLeft, co.contactN[1], co.contactP[1], u, res, jac);
    }

    private void boundary(int node, double phi, double n, double p, double[] u, double[] res, BandedLu jac) {
        int b = BLOCK * node;
        double[] target = {phi, n, p};
        for (int k = 0; k < 3; k++) {
            if (dirichlet[b + k]) {
                res[b + k] = u[b + k] - target[k];
                identityRow(jac, b + k);
            }
        }
    }

    /** Poisson and Scharfetter-Gummel fluxes of cell c between nodes c and c + 1. */
    private void fluxes(int c, double[] u, double[] res, BandedLu jac) {
        int i = BLOCK * c;
        int j = i + BLOCK;
        double delta = u[j + PHI] - u[i + PHI];
        double e = co.eps[c] / co.hHat[c];
        res[i + PHI] += e * delta;
        res[j + PHI] -= e * delta;
        add(jac, i + PHI, i + PHI, -e);
        add(jac, i + PHI, j + PHI, e);
        add(jac, j + PHI, i + PHI, e);
        add(jac, j + PHI, j + PHI, -e);
        double b = Bernoulli.value(delta);
        double bm = b + delta;
        double db = Bernoulli.derivative(delta, b);
        double dbm = db + 1;
        if (co.kn[c] > 0) {
            double k = co.kn[c];
            double flux = k * (b * u[j + N] - bm * u[i + N]);
            double dDelta = k * (db * u[j + N] - dbm * u[i + N]);
            scatter(i, j, N, flux, -k * bm, k * b, dDelta, res, jac);
        }
        if (co.kp[c] > 0) {
            double k = co.kp[c];
            double flux = k * (bm * u[j + P] - b * u[i + P]);
            double dDelta = k * (dbm * u[j + P] - db * u[i + P]);
            scatter(i, j, P, flux, -k * b, k * bm, dDelta, res, jac);
        }
        if (co.kIon[c] > 0) {
            double k = co.kIon[c];
            double flux = k * (bm * u[j + ION] - b * u[i + ION]);
            double dDelta = k * (dbm * u[j + ION] - db * u[i + ION]);
            scatter(i, j, ION, flux, -k * b, k * bm, dDelta, res, jac);
        }
    }

    private static void add(BandedLu jac, int i, int j, double v) {
        if (jac != null) {
            jac.add(i, j, v);
        }
    }

    private static void identityRow(BandedLu jac, int i) {
        if (jac != null) {
            jac.setIdentityRow(i);
        }
    }

    /** Adds +flux to node i's and -flux to node j's equation of species s, with derivatives. */
    private static void scatter(int i, int j, int s, double flux, double dLeft, double dRight, double dDelta,
            double[] res, BandedLu jac) {
        res[i + s] += flux;
        res[j + s] -= flux;
        add(jac, i + s, i + s, dLeft);
        add(jac, i + s, j + s, dRight);
        add(jac, i + s, i + PHI, -dDelta);
        add(jac, i + s, j + PHI, dDelta);
        add(jac, j + s, i + s, -dLeft);
        add(jac, j + s, j + s, -dRight);
        add(jac, j + s, i + PHI, dDelta);
        add(jac, j + s, j + PHI, -dDelta);
    }

    /** Space charge, generation and bulk recombination of the half of cell c next to node k. */
    private void local(int c, int node, double half, double gen, double[] u, double[] res, BandedLu jac) {
        int b = BLOCK * node;
        double q = co.poissonCharge * half;
        double rho = co.sp[c] * u[b + P] - co.sn[c] * u[b + N] + co.background[c];
        add(jac, b + PHI, b + P, q * co.sp[c]);
        add(jac, b + PHI, b + N, -q * co.sn[c]);
        if (co.ionCell[c]) {
            rho += u[b + ION];
            add(jac, b + PHI, b + ION, q);
        }
        res[b + PHI] += q * rho;
        if (gen != 0) {
            res[b + N] += gen;
            res[b + P] += gen;
        }
        if (co.recombines[c]) {
            double scale = co.densityScalePerM3;
            double n = co.sn[c] * u[b + N] * scale;
            double p = co.sp[c] * u[b + P] * scale;
            double[] r = scratch;
            Recombination.bulk(n, p, co.tauN[c], co.tauP[c], co.radiative[c], co.augerN[c], co.augerP[c],
                    co.niSquaredSi[c], r);
            double rate = half * r[0] / scale;
            double dn = half * r[1] * co.sn[c];
            double dp = half * r[2] * co.sp[c];
            res[b + N] -= rate;
            res[b + P] -= rate;
            add(jac, b + N, b + N, -dn);
            add(jac, b + N, b + P, -dp);
            add(jac, b + P, b + N, -dn);
            add(jac, b + P, b + P, -dp);
        }
    }

    private void interfaceRecombination(DeviceCoefficients.InterfaceSite s, double[] u, double[] res,
            BandedLu jac) {
        int b = BLOCK * s.node();
        double sn = co.sn[s.electronCell()];
        double sp = co.sp[s.holeCell()];
        double n = sn * u[b + N];
        double p = sp * u[b + P];
        double bLen = co.lengthScaleM;
        double excess = n * p - s.niSquaredScaled();
        double d = (n / s.vp() + p / s.vn()) * bLen;
        double rate = excess / d;
        double dn = (p * d - excess * bLen / s.vp()) / (d * d) * sn;
        double dp = (n * d - excess * bLen / s.vn()) / (d * d) * sp;
        res[b + N] -= rate;
        res[b + P] -= rate;
        add(jac, b + N, b + N, -dn);
        add(jac, b + N, b + P, -dp);
        add(jac, b + P, b + N, -dn);
        add(jac, b + P, b + P, -dp);
    }
}
