package org.heterostack.engine.structure.internal.tolerance;

import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.composition.Composition;
import org.heterostack.engine.structure.internal.composition.Site;
import org.heterostack.engine.structure.internal.composition.SiteMixture;
import org.heterostack.engine.structure.internal.composition.SiteOccupancy;
import org.heterostack.engine.structure.internal.radii.IonRadius;
import org.heterostack.engine.structure.internal.radii.IonicRadiusSet;

/**
 * Composition-weighted site radii (virtual-crystal average r = sum x_i r_i) and the weighted A-site
 * oxidation state, the inputs of every tolerance factor.
 *
 * @param rAA           weighted A-site radius (Angstrom)
 * @param rBA           weighted B-site radius (Angstrom)
 * @param rXA           weighted X-site radius (Angstrom)
 * @param nA            weighted oxidation state of the A site (dimensionless, +1 for ABX3 halides)
 * @param radiusSetName name of the radius set the values come from
 */
public record SiteRadii(double rAA, double rBA, double rXA, double nA, String radiusSetName) {

    /**
     * Weighted radii of a composition in a radius set.
     *
     * @throws StructureException if an ion is missing from the set or has the wrong sign of charge for its site
     */
    public static SiteRadii of(Composition composition, IonicRadiusSet set) {
        return new SiteRadii(weighted(composition.a(), set, false), weighted(composition.b(), set, false),
                weighted(composition.x(), set, false), weighted(composition.a(), set, true), set.name());
    }

    private static double weighted(SiteMixture mixture, IonicRadiusSet set, boolean charge) {
        double sum = 0.0;
        for (SiteOccupancy o : mixture.occupants()) {
            IonRadius r = set.radius(o.ion());
            boolean anionSite = mixture.site() == Site.X;
            if (anionSite != (r.oxidationState() < 0)) {
                throw new StructureException("ion " + o.ion() + " (charge " + r.oxidationState()
                        + ") cannot sit on site " + mixture.site());
            }
            sum += o.fraction() * (charge ? r.oxidationState() : r.radiusA());
        }
        return sum;
    }
}
