package org.heterostack.engine.structure.internal.tolerance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.composition.Composition;
import org.heterostack.engine.structure.internal.composition.Site;
import org.heterostack.engine.structure.internal.composition.SiteOccupancy;
import org.heterostack.engine.structure.internal.radii.IonRadius;
import org.heterostack.engine.structure.internal.radii.IonicRadiusSet;

/**
 * Composition-weighted site radii (virtual-crystal average r = sum x_i r_i) and the weighted A- and B-site
 * oxidation states, the inputs of every tolerance factor. A double perovskite A2BB'X6 is the B site B0.5B'0.5, so
 * its rB and nB are the means of B and B', as in Bartel et al., Sci. Adv. 5, eaav0693 (2019).
 *
 * @param rAA           weighted A-site radius (Angstrom)
 * @param rBA           weighted B-site radius (Angstrom)
 * @param rXA           weighted X-site radius (Angstrom)
 * @param nA            weighted oxidation state of the A site (dimensionless)
 * @param nB            weighted oxidation state of the B site (dimensionless)
 * @param radiusSetName name of the radius set the values come from
 * @param ions          every ion with the radius and oxidation state used, in site order A, B, X
 * @param notes         fallbacks and choices made on the way
 */
public record SiteRadii(double rAA, double rBA, double rXA, double nA, double nB, String radiusSetName,
        List<ResolvedIon> ions, List<RadiusNote> notes) {

    /** Copies the lists. */
    public SiteRadii {
        ions = List.copyOf(ions);
        notes = List.copyOf(notes);
    }

    /**
     * Weighted radii of a composition in a radius set: each ion's user-given radius, else the set's radius of its
     * oxidation state ({@link OxidationStates}) at its stated coordination or the site's convention.
     *
     * @throws StructureException naming the ion and its site when no radius or oxidation state can be found
     */
    public static SiteRadii of(Composition composition, IonicRadiusSet set) {
        List<RadiusNote> notes = new ArrayList<>();
        List<Integer> states = OxidationStates.resolve(composition, set, notes);
        List<ResolvedIon> ions = new ArrayList<>();
        for (var mixture : List.of(composition.a(), composition.b(), composition.x())) {
            for (SiteOccupancy o : mixture.occupants()) {
                ResolvedIon ion = resolve(mixture.site(), o, states.get(ions.size()), set);
                ion.radius().fallback().ifPresent(f -> notes.add(new RadiusNote(false, ion.label() + " on site "
                        + ion.site() + ": " + f)));
                ions.add(ion);
            }
        }
        return new SiteRadii(weighted(ions, Site.A, false), weighted(ions, Site.B, false),
                weighted(ions, Site.X, false), weighted(ions, Site.A, true), weighted(ions, Site.B, true), set.name(),
                ions, notes);
    }

    /** The ions of a site as text, e.g. {@code Pb2+} or {@code Cs+ 0.5, MA+ 0.5}. */
    public String describe(Site site) {
        List<ResolvedIon> onSite = ions.stream().filter(i -> i.site() == site).toList();
        return onSite.size() == 1 ? onSite.get(0).label()
                : onSite.stream().map(i -> i.label() + " " + ResolvedIon.number(i.fraction()))
                        .collect(Collectors.joining(", "));
    }

    private static ResolvedIon resolve(Site site, SiteOccupancy o, int state, IonicRadiusSet set) {
        if (o.radiusA() != null) {
            String source = o.radiusSource() == null ? "given by the user" : "given by the user from " + o.radiusSource();
            return new ResolvedIon(site, o.ion(), o.fraction(), new IonRadius(o.radiusA(), state, 0, source,
                    Optional.empty()), false);
        }
        int coordination = o.coordination() == null ? site.conventionalCoordination() : o.coordination();
        try {
            IonRadius radius = set.radius(o.ion(), state, coordination);
            return new ResolvedIon(site, o.ion(), o.fraction(), radius, radius.coordination() != 0);
        } catch (StructureException e) {
            throw new StructureException("ion " + o.ion() + " on site " + site + ": " + e.getMessage()
                    + "; state another oxidationState or give its radiusAngstrom");
        }
    }

    private static double weighted(List<ResolvedIon> ions, Site site, boolean charge) {
        double sum = 0.0;
        for (ResolvedIon i : ions) {
            if (i.site() == site) {
                sum += i.fraction() * (charge ? i.radius().oxidationState() : i.radius().radiusA());
            }
        }
        return sum;
    }
}
