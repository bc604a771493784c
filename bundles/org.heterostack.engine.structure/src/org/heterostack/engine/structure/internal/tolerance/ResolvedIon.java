package org.heterostack.engine.structure.internal.tolerance;

import java.util.Locale;

import org.heterostack.engine.structure.internal.composition.Site;
import org.heterostack.engine.structure.internal.radii.Coordination;
import org.heterostack.engine.structure.internal.radii.IonRadius;
import org.heterostack.engine.structure.internal.radii.IonText;

/**
 * An ion of a site with the oxidation state and radius the tolerance factors use.
 *
 * @param site     its site
 * @param ion      its symbol as written on the site
 * @param fraction its site fraction
 * @param radius   its radius, oxidation state, coordination and source
 * @param tabulatedInorganic true when the radius is a tabulated crystal-chemical (Shannon-type) radius, false for
 *                 an effective radius of a molecular ion or a user-given radius
 */
public record ResolvedIon(Site site, String ion, double fraction, IonRadius radius, boolean tabulatedInorganic) {

    /** e.g. {@code Pb2+}. */
    public String label() {
        return IonText.of(ion, radius.oxidationState());
    }

    /** e.g. {@code Pb2+ on site B: 1.19 Å (CN VI, Shannon 1976 ionic radius)}. */
    public String describe() {
        String cn = radius.coordination() == 0 ? "" : "CN " + Coordination.roman(radius.coordination()) + ", ";
        return String.format(Locale.ROOT, "%s on site %s: %s Å (%s%s)", label(), site, number(radius.radiusA()), cn,
                radius.source());
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
