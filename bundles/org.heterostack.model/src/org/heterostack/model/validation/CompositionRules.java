package org.heterostack.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.PerovskiteComposition;
import org.heterostack.model.Phase2D;
import org.heterostack.model.SiteOccupancy;
import org.heterostack.model.internal.Labels;

/** Rules on perovskite compositions: site fractions, n distributions, spacer charge versus phase. */
final class CompositionRules {

    /** Tolerance of sums of fractions. */
    static final double TOLERANCE = 1e-6;

    private CompositionRules() {
    }

    static void check(Perovskite3D perovskite, Report report) {
        site(perovskite, "A", Literals.PEROVSKITE_COMPOSITION__ASITE, report, true);
        site(perovskite, "B", Literals.PEROVSKITE_COMPOSITION__BSITE, report, true);
        site(perovskite, "X", Literals.PEROVSKITE_COMPOSITION__XSITE, report, true);
    }

    static void check(Perovskite2D perovskite, Report report) {
        site(perovskite, "A", Literals.PEROVSKITE_COMPOSITION__ASITE, report, false);
        site(perovskite, "B", Literals.PEROVSKITE_COMPOSITION__BSITE, report, true);
        site(perovskite, "X", Literals.PEROVSKITE_COMPOSITION__XSITE, report, true);
        nPhases(perovskite, report);
        aSiteNeeded(perovskite, report);
        spacerCharges(perovskite, report);
    }

    @SuppressWarnings("unchecked")
    private static void site(PerovskiteComposition perovskite, String name, EReference feature, Report report,
            boolean required) {
        List<SiteOccupancy> site = (List<SiteOccupancy>) perovskite.eGet(feature);
        if (site.isEmpty()) {
            if (required) {
                report.error(HeterostackValidator.SITE_EMPTY, perovskite, feature,
                        Labels.of(perovskite) + ": the " + name + " site is empty");
            }
            return;
        }
        double sum = 0;
        for (SiteOccupancy occupancy : site) {
            double fraction = occupancy.getFraction();
            sum += fraction;
            if (fraction < 0 || fraction > 1) {
                report.error(HeterostackValidator.FRACTION_RANGE, perovskite, feature,
                        Labels.of(perovskite) + ": fraction " + Labels.number(fraction) + " of '" + occupancy.getIon()
                                + "' on the " + name + " site is outside 0..1");
            }
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            report.error(HeterostackValidator.SITE_FRACTION_SUM, perovskite, feature, Labels.of(perovskite) + ": "
                    + name + "-site fractions sum to " + Labels.number(sum) + ", not 1 (within 1e-6)");
        }
    }

    private static void nPhases(Perovskite2D perovskite, Report report) {
        EReference feature = Literals.PEROVSKITE2_D__NPHASES;
        if (perovskite.getNPhases().isEmpty()) {
            report.error(HeterostackValidator.N_MISSING, perovskite, feature,
                    Labels.of(perovskite) + ": nPhases is empty; give at least one n phase");
            return;
        }
        double sum = 0;
        Set<Integer> seen = new HashSet<>();
        for (NPhaseFraction phase : perovskite.getNPhases()) {
            sum += phase.getFraction();
            if (phase.getN() < 1) {
                report.error(HeterostackValidator.N_BELOW_ONE, perovskite, feature,
                        Labels.of(perovskite) + ": n = " + phase.getN() + " in nPhases is below 1");
            } else if (phase.getN() > HeterostackValidator.MAX_N) {
                report.error(HeterostackValidator.N_TOO_LARGE, perovskite, feature, Labels.of(perovskite) + ": n = "
                        + phase.getN() + " in nPhases is above " + HeterostackValidator.MAX_N + "; a slab that thick "
                        + "behaves as bulk: model it as a 3D perovskite");
            } else if (!seen.add(phase.getN())) {
                report.warning(HeterostackValidator.N_DUPLICATE, perovskite, feature,
                        Labels.of(perovskite) + ": n = " + phase.getN() + " appears more than once in nPhases");
            }
            if (phase.getFraction() < 0 || phase.getFraction() > 1) {
                report.error(HeterostackValidator.FRACTION_RANGE, perovskite, feature, Labels.of(perovskite)
                        + ": fraction " + Labels.number(phase.getFraction()) + " of n = " + phase.getN()
                        + " is outside 0..1");
            }
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            report.error(HeterostackValidator.N_FRACTION_SUM, perovskite, feature, Labels.of(perovskite)
                    + ": n-phase fractions sum to " + Labels.number(sum) + ", not 1 (within 1e-6)");
        }
    }

    /** RP and DJ phases with n > 1, and every ACI phase, contain A cations between the octahedra. */
    private static void aSiteNeeded(Perovskite2D perovskite, Report report) {
        if (!perovskite.getASite().isEmpty()) {
            return;
        }
        int maxN = perovskite.getNPhases().stream().mapToInt(NPhaseFraction::getN).max().orElse(1);
        if (perovskite.getPhase() == Phase2D.ACI || maxN > 1) {
            String why = perovskite.getPhase() == Phase2D.ACI ? "the ACI phase" : "n = " + maxN;
            report.error(HeterostackValidator.SITE_EMPTY, perovskite, Literals.PEROVSKITE_COMPOSITION__ASITE,
                    Labels.of(perovskite) + ": the A site is empty, but " + why + " needs A cations");
        }
    }

    private static void spacerCharges(Perovskite2D perovskite, Report report) {
        for (OrganicCation spacer : perovskite.getSpacers()) {
            Integer charge = spacer.eIsProxy() ? null : spacer.getCharge();
            if (charge == null) {
                continue;
            }
            String label = spacer.getAbbreviation() != null ? spacer.getAbbreviation() : spacer.getName();
            if (perovskite.getPhase() == Phase2D.DJ && charge != 2) {
                report.warning(HeterostackValidator.SPACER_CHARGE, perovskite, Literals.PEROVSKITE2_D__SPACERS,
                        Labels.of(perovskite) + ": phase DJ needs a dication spacer (charge +2), but spacer '" + label
                                + "' has charge " + String.format("%+d", charge));
            } else if (perovskite.getPhase() == Phase2D.RP && charge != 1) {
                report.warning(HeterostackValidator.SPACER_CHARGE, perovskite, Literals.PEROVSKITE2_D__SPACERS,
                        Labels.of(perovskite) + ": phase RP needs monocation spacers (charge +1), but spacer '"
                                + label + "' has charge " + String.format("%+d", charge));
            }
        }
    }
}
