package org.heterostack.engine.stability.internal.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.heterostack.engine.stability.internal.common.StabilityException;

/**
 * Reconstruction of the 2D capping layer when part of its spacer has migrated into the 3D film (Perini et al.,
 * Adv. Mater. 2022, 2204726, review ref. 140 and Fig. 9(a): 2D phases evolve during thermal ageing).
 *
 * <p>Uniform-dilution rule: lead is conserved in the capping layer and the retained spacer fraction phi scales
 * the spacer-to-lead ratio of every phase, so phase n becomes n' = n / phi (an RP phase A'2 A(n-1) Pb_n X(3n+1)
 * has 2/n spacer per Pb). A non-integer n' is split between the neighbouring integer phases so that Pb and
 * spacer are both conserved; slabs thicker than n_max are counted as bulk-like 3D (loss of the capping layer).
 * Assumptions: no preference for dissolving particular phases, no loss of lead, equilibrium at each instant.
 */
public final class PhaseDrift {

    private PhaseDrift() {
    }

    /**
     * @param initial initial Pb distribution over n (size must not exceed nMax)
     * @param retainedFraction phi, fraction of the spacer still in the capping layer, in [0, 1]
     * @param nMax highest n counted as 2D, &gt;= 1
     * @return the drifted distribution over n = 1..nMax plus the bulk-like fraction
     */
    public static NDistribution drift(NDistribution initial, double retainedFraction, int nMax) {
        if (!(retainedFraction >= 0 && retainedFraction <= 1)) {
            throw new StabilityException("phase drift: retained spacer fraction must be in [0, 1], got "
                    + retainedFraction);
        }
        if (initial.pbFractionByN().size() > nMax) {
            throw new StabilityException("phase drift: initial distribution contains n = "
                    + initial.pbFractionByN().size() + " above n_max = " + nMax);
        }
        double[] out = new double[nMax];
        double bulk = initial.bulkLikeFraction();
        for (int i = 0; i < initial.pbFractionByN().size(); i++) {
            double w = initial.pbFractionByN().get(i);
            if (w == 0) {
                continue;
            }
            bulk += distribute(w, (i + 1) / retainedFraction, out, nMax);
        }
        List<Double> list = new ArrayList<>(Collections.nCopies(nMax, 0.0));
        double sum = bulk;
        for (int i = 0; i < nMax; i++) {
            list.set(i, out[i]);
            sum += out[i];
        }
        // renormalise rounding only (sum is 1 up to ~1e-15 by construction)
        for (int i = 0; i < nMax; i++) {
            list.set(i, list.get(i) / sum);
        }
        return new NDistribution(list, bulk / sum);
    }

    /** Splits weight w of effective thickness nEff over integer phases; returns the bulk-like part. */
    private static double distribute(double w, double nEff, double[] out, int nMax) {
        if (nEff >= nMax) {
            // spacer per Pb 1/nEff = x / nMax + (1 - x) * 0  ->  x = nMax / nEff
            double x = Double.isInfinite(nEff) ? 0.0 : nMax / nEff;
            out[nMax - 1] += w * x;
            return w * (1.0 - x);
        }
        int a = (int) Math.floor(nEff);
        if (a == nEff) {
            out[a - 1] += w;
            return 0.0;
        }
        int b = a + 1;
        // x / a + (1 - x) / b = 1 / nEff
        double x = (1.0 / nEff - 1.0 / b) / (1.0 / a - 1.0 / b);
        out[a - 1] += w * x;
        out[b - 1] += w * (1.0 - x);
        return 0.0;
    }
}
