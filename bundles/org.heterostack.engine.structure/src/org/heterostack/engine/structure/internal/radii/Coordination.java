package org.heterostack.engine.structure.internal.radii;

import java.util.List;

/** Coordination numbers: the nearest listed one and how they are written (Roman numerals, as Shannon does). */
public final class Coordination {

    private static final String[] ROMAN = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
            "XII", "XIII", "XIV" };

    private Coordination() {
    }

    /**
     * The listed coordination number nearest to the wanted one; on a tie the first listed (Shannon lists them in
     * ascending order, so the lower), as the code of Bartel et al. 2019 does.
     *
     * @param radii non-empty radii of one ion in one oxidation state, in table order
     */
    static int nearest(List<TabulatedRadius> radii, int wanted) {
        int best = radii.get(0).coordination();
        for (TabulatedRadius r : radii) {
            if (Math.abs(r.coordination() - wanted) < Math.abs(best - wanted)) {
                best = r.coordination();
            }
        }
        return best;
    }

    /** A coordination number in Roman numerals (I to XIV), else in digits. */
    public static String roman(int coordination) {
        return coordination > 0 && coordination < ROMAN.length ? ROMAN[coordination] : Integer.toString(coordination);
    }
}
