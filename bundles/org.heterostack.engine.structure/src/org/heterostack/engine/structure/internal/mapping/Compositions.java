package org.heterostack.engine.structure.internal.mapping;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.composition.Composition;
import org.heterostack.engine.structure.internal.composition.Site;
import org.heterostack.engine.structure.internal.composition.SiteMixture;
import org.heterostack.engine.structure.internal.composition.SiteOccupancy;
import org.heterostack.model.PerovskiteComposition;

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

    private static SiteMixture site(PerovskiteComposition perovskite, Site site,
            List<org.heterostack.model.SiteOccupancy> occupancies, String attribute) throws EngineException {
        if (occupancies.isEmpty()) {
            throw new EngineException(Labels.of(perovskite) + " has no " + site + "-site occupancy (" + attribute + ")");
        }
        List<SiteOccupancy> out = new ArrayList<>();
        for (org.heterostack.model.SiteOccupancy o : occupancies) {
            out.add(new SiteOccupancy(o.getIon(), o.getFraction()));
        }
        return new SiteMixture(site, out);
    }
}
