package org.heterostack.engine.structure.internal.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.composition.Composition;
import org.heterostack.engine.structure.internal.composition.Site;
import org.heterostack.engine.structure.internal.composition.SiteMixture;
import org.heterostack.engine.structure.internal.composition.SiteOccupancy;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.PerovskiteComposition;
import org.heterostack.model.Reference;

/** Maps the site occupancies of a model perovskite (3D or the A/B/X sites of a 2D one) to a {@link Composition}. */
public final class Compositions {

    private Compositions() {
    }

    /**
     * The composition of a perovskite.
     *
     * @throws EngineException naming the perovskite when a site is empty, an ion is listed twice or fractions do
     *                         not sum to 1
     */
    public static Composition of(PerovskiteComposition perovskite) throws EngineException {
        try {
            return new Composition(site(perovskite, Site.A, perovskite.getASite(), "aSite"),
                    site(perovskite, Site.B, perovskite.getBSite(), "bSite"),
                    site(perovskite, Site.X, perovskite.getXSite(), "xSite"));
        } catch (StructureException e) {
            throw new EngineException(Labels.of(perovskite) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The inorganic sites of a 2D phase. Its A site is the phase's own, else that of the 3D film it grows on;
     * empty when neither is given, which only an n = 1 RP or DJ phase can do without.
     *
     * @param phase the 2D phase
     * @param film  the 3D film of its heterostructure, or null
     * @return the A (possibly empty), B and X sites
     * @throws EngineException naming the phase when its B or X site is missing or malformed
     */
    public static LayeredSites layered(Perovskite2D phase, Perovskite3D film) throws EngineException {
        List<org.heterostack.model.SiteOccupancy> a = !phase.getASite().isEmpty() || film == null ? phase.getASite()
                : film.getASite();
        try {
            return new LayeredSites(a.isEmpty() ? Optional.empty() : Optional.of(site(phase, Site.A, a, "aSite")),
                    site(phase, Site.B, phase.getBSite(), "bSite"), site(phase, Site.X, phase.getXSite(), "xSite"));
        } catch (StructureException e) {
            throw new EngineException(Labels.of(phase) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The inorganic sites of a layered phase.
     *
     * @param a the A site between the octahedral layers, if any
     * @param b the B site
     * @param x the X site
     */
    public record LayeredSites(Optional<SiteMixture> a, SiteMixture b, SiteMixture x) {
    }

    private static String source(Reference reference) {
        if (reference == null) {
            return null;
        }
        return reference.getCitation() == null || reference.getCitation().isBlank() ? reference.getKey()
                : reference.getCitation();
    }

    private static SiteMixture site(PerovskiteComposition perovskite, Site site,
            List<org.heterostack.model.SiteOccupancy> occupancies, String attribute) throws EngineException {
        if (occupancies.isEmpty()) {
            throw new EngineException(Labels.of(perovskite) + " has no " + site + "-site occupancy (" + attribute + ")");
        }
        List<SiteOccupancy> out = new ArrayList<>();
        for (org.heterostack.model.SiteOccupancy o : occupancies) {
            out.add(new SiteOccupancy(o.getIon(), o.getFraction(), o.getOxidationState(), o.getCoordinationNumber(),
                    o.getRadiusAngstrom(), source(o.getRadiusSource())));
        }
        return new SiteMixture(site, out);
    }
}
