package org.heterostack.engine.structure.internal.tolerance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.heterostack.engine.structure.internal.bartel.BartelTable;
import org.heterostack.engine.structure.internal.composition.Composition;
import org.heterostack.engine.structure.internal.composition.Site;
import org.heterostack.engine.structure.internal.composition.SiteMixture;
import org.heterostack.engine.structure.internal.composition.SiteOccupancy;
import org.heterostack.engine.structure.internal.radii.RadiusSets;
import org.junit.jupiter.api.Test;

/**
 * Double perovskites A2BB'X6 as the half-and-half B site B0.5B'0.5 against the tau and t Bartel et al. (Sci. Adv. 5,
 * eaav0693 (2019)) tabulate, to their two printed decimals (tolerance 0.005 plus rounding): table S3, the 2021
 * Cs2BB'Cl6 and MA2BB'Br6 compounds, and table S2, 73 compounds compared with computed decomposition enthalpies.
 */
class DoublePerovskiteTest {

    private static final double PRINTED = 0.005 + 1e-9;

    @Test
    void tableS3TauAndTOfEveryCompound() throws IOException {
        List<String> off = compare(BartelTable.rows("TableS3"), "compound");
        assertEquals(List.of(), off, off.size() + " of 2021 compounds differ from Bartel's table S3");
    }

    @Test
    void tableS2TauAndTOfEveryCompound() throws IOException {
        List<String> off = compare(BartelTable.rows("TableS2"), "compound");
        assertEquals(List.of(), off, off.size() + " of 73 compounds differ from Bartel's table S2");
    }

    /** Cs2AgBiBr6 by hand: rB = (1.15 + 1.03) / 2 = 1.09 Å, nB = 2, tau = 1.96/1.09 - 1 (1 - 1.7248/ln 1.7248). */
    @Test
    void cs2AgBiBr6ByHand() {
        Composition c = new Composition(SiteMixture.pure(Site.A, "Cs"),
                new SiteMixture(Site.B, List.of(new SiteOccupancy("Ag", 0.5), new SiteOccupancy("Bi", 0.5))),
                SiteMixture.pure(Site.X, "Br"));
        ToleranceResult r = ToleranceFactors.compute(c, RadiusSets.shannonBartel());
        double ratio = 1.88 / 1.09;
        assertEquals(1.09, r.radii().rBA(), 1e-9);
        assertEquals(2.0, r.radii().nB(), 1e-9);
        assertEquals(1.96 / 1.09 - (1 - ratio / Math.log(ratio)), r.bartelTau(), 1e-9);
        assertEquals("Cs2AgBiBr6", c.doublePerovskiteFormula().orElseThrow());
    }

    private static List<String> compare(List<Map<String, String>> rows, String nameColumn) {
        List<String> off = new ArrayList<>();
        for (Map<String, String> row : rows) {
            ToleranceResult r = ToleranceFactors.compute(composition(row), RadiusSets.shannonBartel());
            double tau = Double.parseDouble(row.get("tau"));
            double t = Double.parseDouble(row.get("t"));
            if (Math.abs(r.bartelTau() - tau) > PRINTED || Math.abs(r.toleranceFactor() - t) > PRINTED) {
                off.add(row.get(nameColumn) + ": tau " + r.bartelTau() + " vs " + tau + ", t " + r.toleranceFactor()
                        + " vs " + t);
            }
        }
        return off;
    }

    private static Composition composition(Map<String, String> row) {
        int nB1 = Integer.parseInt(row.get("nB1"));
        int nB2 = Integer.parseInt(row.get("nB2"));
        List<SiteOccupancy> b = row.get("B1").equals(row.get("B2")) && nB1 == nB2
                ? List.of(SiteOccupancy.withState(row.get("B1"), 1.0, nB1))
                : List.of(SiteOccupancy.withState(row.get("B1"), 0.5, nB1),
                        SiteOccupancy.withState(row.get("B2"), 0.5, nB2));
        return new Composition(
                new SiteMixture(Site.A, List.of(SiteOccupancy.withState(row.get("A"), 1.0, Integer.parseInt(row.get("nA"))))),
                new SiteMixture(Site.B, b), SiteMixture.pure(Site.X, row.get("X")));
    }
}
