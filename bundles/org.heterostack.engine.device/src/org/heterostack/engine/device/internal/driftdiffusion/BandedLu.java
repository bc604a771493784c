package org.heterostack.engine.device.internal.driftdiffusion;

import java.util.Arrays;

/**
 * Square banded matrix with in-place LU factorisation with partial (row) pivoting and row equilibration,
 * for the Newton systems of the drift-diffusion discretisation (block-tridiagonal, bandwidth 2 x block - 1).
 *
 * <p>Storage: row i keeps columns i - kl .. i + kl + ku (width 2 kl + ku + 1; the extra kl columns hold the
 * fill-in that row interchanges create, as in LAPACK dgbtrf). No allocation after construction.
 */
final class BandedLu {

    final int n;
    final int kl;
    final int ku;
    private final int width;
    private final double[] a;
    private final int[] pivot;
    private final double[] rowScale;
    private final int[] rowEnd;

    /**
     * @param n dimension
     * @param kl lower bandwidth
     * @param ku upper bandwidth
     */
    BandedLu(int n, int kl, int ku) {
        this.n = n;
        this.kl = kl;
        this.ku = ku;
        this.width = 2 * kl + ku + 1;
        this.a = new double[n * width];
        this.pivot = new int[n];
        this.rowScale = new double[n];
        this.rowEnd = new int[n];
    }

    /** Sets every entry to zero. */
    void clear() {
        Arrays.fill(a, 0);
    }

    /** Adds v to entry (i, j); |i - j| must be within the band. */
    void add(int i, int j, double v) {
        a[i * width + (j - i + kl)] += v;
    }

    /** @return entry (i, j) before factorisation */
    double get(int i, int j) {
        return a[i * width + (j - i + kl)];
    }

    /** Replaces row i by the unit row (Dirichlet / identity equation). */
    void setIdentityRow(int i) {
        Arrays.fill(a, i * width, (i + 1) * width, 0);
        a[i * width + kl] = 1;
    }

    /**
     * Factorises in place (row-equilibrated partial pivoting).
     *
     * @return false if a zero pivot makes the matrix singular
     */
    boolean factor() {
        for (int i = 0; i < n; i++) {
            double max = 0;
            int base = i * width;
            for (int k = 0; k < width; k++) {
                max = Math.max(max, Math.abs(a[base + k]));
            }
            if (max == 0 || !Double.isFinite(max)) {
                return false;
            }
            double s = 1 / max;
            rowScale[i] = s;
            int end = 0;
            for (int k = 0; k < width; k++) {
                a[base + k] *= s;
                if (a[base + k] != 0) {
                    end = k;
                }
            }
            rowEnd[i] = i - kl + end;
        }
        for (int k = 0; k < n; k++) {
            int last = Math.min(n - 1, k + kl);
            int p = k;
            double best = Math.abs(a[k * width + kl]);
            for (int r = k + 1; r <= last; r++) {
                double v = Math.abs(a[r * width + (k - r + kl)]);
                if (v > best) {
                    best = v;
                    p = r;
                }
            }
            pivot[k] = p;
            if (best == 0) {
                return false;
            }
            if (p != k) {
                swapRows(k, p);
            }
            int kb = k * width - k + kl;
            double inv = 1 / a[kb + k];
            int lastCol = rowEnd[k];
            for (int r = k + 1; r <= last; r++) {
                int rb = r * width - r + kl;
                double f = a[rb + k] * inv;
                a[rb + k] = f;
                if (f != 0) {
                    for (int j = k + 1; j <= lastCol; j++) {
                        a[rb + j] -= f * a[kb + j];
                    }
                    rowEnd[r] = Math.max(rowEnd[r], lastCol);
                }
            }
        }
        return true;
    }

    /**
     * Exchanges the active parts (columns k .. k + kl + ku) of rows k and p &gt; k; the multipliers left of
     * column k stay in place, as in LINPACK dgbfa, and the solve applies the interchanges in order.
     */
    private void swapRows(int k, int p) {
        int hi = Math.max(rowEnd[k], rowEnd[p]);
        int end = rowEnd[k];
        rowEnd[k] = rowEnd[p];
        rowEnd[p] = end;
        int kb = k * width - k + kl;
        int pb = p * width - p + kl;
        for (int j = k; j <= hi; j++) {
            double t = a[kb + j];
            a[kb + j] = a[pb + j];
            a[pb + j] = t;
        }
    }

    /**
     * Solves A x = b with the factorisation, in place.
     *
     * @param b right-hand side, overwritten with the solution
     */
    void solve(double[] b) {
        for (int i = 0; i < n; i++) {
            b[i] *= rowScale[i];
        }
        for (int k = 0; k < n; k++) {
            int p = pivot[k];
            if (p != k) {
                double t = b[k];
                b[k] = b[p];
                b[p] = t;
            }
            double bk = b[k];
            if (bk != 0) {
                int last = Math.min(n - 1, k + kl);
                for (int r = k + 1; r <= last; r++) {
                    b[r] -= a[r * width + (k - r + kl)] * bk;
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            int ib = i * width - i + kl;
            double s = b[i];
            int lastCol = rowEnd[i];
            for (int j = i + 1; j <= lastCol; j++) {
                s -= a[ib + j] * b[j];
            }
            b[i] = s / a[ib + i];
        }
    }
}
