package org.heterostack.engine.structure.internal.radii;

import java.util.List;

/**
 * Which of a high-spin and a low-spin radius an ion takes: high spin for d4 to d7 ions, low spin otherwise, the
 * rule of the code of Bartel et al., Sci. Adv. 5, eaav0693 (2019) (their {@code make_radii_dict.py}); where the
 * table lists one spin state, or the same coordination twice without spin, the first listed value is taken.
 */
final class SpinStates {

    private SpinStates() {
    }

    /** The radius of one coordination number to use. */
    static TabulatedRadius choose(List<TabulatedRadius> atOneCoordination) {
        boolean high = highSpin(atOneCoordination.get(0).dElectrons());
        for (TabulatedRadius r : atOneCoordination) {
            if (r.spin().equals(high ? "HS" : "LS")) {
                boolean other = atOneCoordination.stream().anyMatch(o -> o.spin().equals(high ? "LS" : "HS"));
                if (other) {
                    return r;
                }
            }
        }
        return atOneCoordination.get(0);
    }

    /** e.g. {@code "high-spin radius (d5)"}. */
    static String describe(TabulatedRadius r) {
        return (r.spin().equals("HS") ? "high" : "low") + "-spin radius (d" + r.dElectrons() + ")";
    }

    private static boolean highSpin(int dElectrons) {
        return dElectrons >= 4 && dElectrons <= 7;
    }
}
