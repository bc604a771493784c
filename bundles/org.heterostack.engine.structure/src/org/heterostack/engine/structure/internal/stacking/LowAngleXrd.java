package org.heterostack.engine.structure.internal.stacking;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.engine.structure.internal.StructureException;

/**
 * Low-angle (00l) reflections of n phases for indexing XRD/GIWAXS of 2D/3D films.
 *
 * <p>Bragg's law 2 theta = 2 asin(l lambda / (2 d(n))) for the layer repeat d(n) of {@link StackingPeriod}.
 * Indexing convention: {@link XrdReflection#order()} counts orders of the layer repeat; the conventional
 * crystallographic index is order x layers-per-cell, so the first order of (BA)2PbI4 is its (002) at 6.40 deg
 * (Cu K-alpha1). Orders whose l lambda / (2 d) exceeds 1 do not diffract and are not listed.
 */
public final class LowAngleXrd {

    /** Cu K-alpha1 wavelength, 1.5406 A (NIST SRM; Hoelzer et al., Phys. Rev. A 56, 4554 (1997)). */
    public static final double CU_K_ALPHA1_A = 1.5406;

    private LowAngleXrd() {
    }

    /**
     * Reflections for n = 1..nMax and orders l = 1..maxOrder.
     *
     * @throws StructureException for non-positive arguments
     */
    public static List<XrdReflection> reflections(StackingPeriod stacking, int nMax, int maxOrder,
            double wavelengthA) {
        if (nMax < 1 || maxOrder < 1 || !(wavelengthA > 0.0)) {
            throw new StructureException("XRD needs nMax >= 1, maxOrder >= 1 and a positive wavelength (got " + nMax
                    + ", " + maxOrder + ", " + wavelengthA + " A)");
        }
        List<XrdReflection> out = new ArrayList<>();
        for (int n = 1; n <= nMax; n++) {
            double d = stacking.layerSpacingA(n);
            for (int l = 1; l <= maxOrder; l++) {
                double s = l * wavelengthA / (2.0 * d);
                if (s >= 1.0) {
                    break;
                }
                out.add(new XrdReflection(n, l, l * stacking.phase().layersPerCell(), d / l,
                        Math.toDegrees(2.0 * Math.asin(s))));
            }
        }
        return List.copyOf(out);
    }

    /** 2 theta in degrees of a d-spacing (Angstrom) at a wavelength (Angstrom). */
    public static double twoThetaDeg(double dSpacingA, double wavelengthA) {
        double s = wavelengthA / (2.0 * dSpacingA);
        if (!(dSpacingA > 0.0) || s >= 1.0) {
            throw new StructureException("no Bragg reflection for d = " + dSpacingA + " A at lambda = " + wavelengthA + " A");
        }
        return Math.toDegrees(2.0 * Math.asin(s));
    }
}
