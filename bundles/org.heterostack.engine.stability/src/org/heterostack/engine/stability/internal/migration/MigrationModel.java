package org.heterostack.engine.stability.internal.migration;

import static org.heterostack.engine.stability.internal.migration.MigrationParameters.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.heterostack.engine.stability.internal.common.Arrhenius;
import org.heterostack.engine.stability.internal.common.ErrorFunction;
import org.heterostack.engine.stability.internal.common.ModelInfo;
import org.heterostack.engine.stability.internal.common.Parameter;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.stability.internal.common.Quantity;
import org.heterostack.engine.stability.internal.common.Series;
import org.heterostack.engine.stability.internal.common.SpacerDescriptor;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.common.TimeGrid;
import org.heterostack.engine.stability.internal.condition.StressCondition;

/**
 * Spacer migration into the 3D film and the resulting reconstruction of the 2D capping layer under thermal
 * ageing (review section 7: Perini et al. 2022, Park et al. 2023, Proppe et al. 2019).
 *
 * <p>Model:
 * <ol>
 * <li>Fickian diffusion with D = D0 exp(-Ea / kB T) per spacer class, D0 multiplied by the cross-link
 * suppression factor for cross-linked spacers; D is time-averaged over the dwells of a thermal cycle.</li>
 * <li>Penetration depth L(t) = sqrt(D t).</li>
 * <li>Spacer retained in a capping slab of thickness h: phi = erf(z) - (1 - exp(-z^2))/(z sqrt(pi)),
 * z = h / sqrt(D t) (Crank, eq. 2.15, slab source against a semi-infinite film, reflecting top surface).</li>
 * <li>Phase drift: {@link PhaseDrift} (uniform dilution: n -&gt; n / phi; slabs beyond n_max count as 3D).</li>
 * </ol>
 * Assumptions: same D in the 2D layer and in the 3D film; no sink, no re-formation of 2D phases at the
 * buried side; light-enhanced migration not included. Validity: 230-400 K; D is an effective diffusivity.
 *
 * <p>Result keys: {@code penetration_depth_nm} (nm), {@code diffusivity_m2_per_s} (m^2/s),
 * {@code retained_capping_fraction} (1), {@code capping_layer_loss_fraction} (1), {@code mean_n_initial} (1),
 * {@code mean_n_final} (1), {@code two_d_fraction_final} (1), {@code bulk_like_fraction_final} (1).
 */
public final class MigrationModel {

    /** Model identity and citations. */
    public static final ModelInfo INFO = new ModelInfo("stability.migration", "1.0.0", List.of(
            "C. A. R. Perini et al., Adv. Mater. 2022, 2204726 (reconstruction of 2D/3D interfaces, PEA vs OA)",
            "S. M. Park et al., Science 381, 209 (2023) (alkyl at the surface, aryl deeper)",
            "A. H. Proppe et al., J. Am. Chem. Soc. 141, 14180 (2019) (cross-linked VBA)",
            "J. Crank, The Mathematics of Diffusion, 2nd ed. (1975), eq. 2.15"));

    private static final double NM_PER_M = 1e9;

    /**
     * Runs the model.
     *
     * @param spacer spacer (class and cross-link state are used)
     * @param condition ageing condition (temperatures used)
     * @param capping capping layer thickness and initial n distribution
     * @param grid output time grid
     * @param parameters parameters (start from {@link MigrationParameters#defaults()})
     * @return penetration depth, retained capping fraction, mean n versus time and the final n distribution
     */
    public MigrationResult run(SpacerDescriptor spacer, StressCondition condition, CappingLayer capping,
            TimeGrid grid, ParameterSet parameters) {
        double d = diffusivity(spacer, condition, parameters);
        int nMax = nMax(parameters);
        List<Double> hours = new ArrayList<>();
        List<Double> depth = new ArrayList<>();
        List<Double> retained = new ArrayList<>();
        List<Double> meanN = new ArrayList<>();
        NDistribution last = capping.initialDistribution();
        for (int i = 0; i < grid.points(); i++) {
            double seconds = grid.hoursAt(i) * PhysicalConstants.SECONDS_PER_HOUR;
            double phi = retainedFraction(d, capping.thicknessM(), seconds);
            last = PhaseDrift.drift(capping.initialDistribution(), phi, nMax);
            hours.add(grid.hoursAt(i));
            depth.add(Math.sqrt(d * seconds) * NM_PER_M);
            retained.add(phi);
            meanN.add(last.meanN());
        }
        Series depthSeries = new Series("penetration_depth_vs_time", "time", "h", "penetration depth", "nm", hours,
                depth);
        Series retainedSeries = new Series("retained_capping_fraction_vs_time", "time", "h",
                "spacer retained in capping layer", "1", hours, retained);
        Series meanNSeries = new Series("mean_n_vs_time", "time", "h", "mean n of 2D phases", "1", hours, meanN);
        List<Quantity> q = List.of(
                new Quantity("penetration_depth_nm", depthSeries.lastY(), "nm", "sqrt(D t) at the end"),
                new Quantity("diffusivity_m2_per_s", d, "m^2/s", "time-averaged spacer diffusivity D"),
                new Quantity("retained_capping_fraction", retainedSeries.lastY(), "1",
                        "fraction of spacer still in the capping layer"),
                new Quantity("capping_layer_loss_fraction", 1.0 - retainedSeries.lastY(), "1",
                        "fraction of spacer lost from the capping layer"),
                new Quantity("mean_n_initial", capping.initialDistribution().meanN(), "1", "Pb-weighted mean n"),
                new Quantity("mean_n_final", last.meanN(), "1", "Pb-weighted mean n of remaining 2D phases"),
                new Quantity("two_d_fraction_final", last.twoDFraction(), "1", "Pb fraction still in n <= n_max"),
                new Quantity("bulk_like_fraction_final", last.bulkLikeFraction(), "1", "Pb fraction now 3D-like"));
        return new MigrationResult(INFO, parameters, q, depthSeries, retainedSeries, meanNSeries, last,
                assumptions(spacer, condition, capping, parameters));
    }

    /** @return the time-averaged diffusivity D in m^2/s of the spacer under the condition */
    public double diffusivity(SpacerDescriptor spacer, StressCondition condition, ParameterSet p) {
        double d0 = p.value(prefactorName(spacer.spacerClass()));
        double ea = p.value(activationEnergyName(spacer.spacerClass()));
        double suppression = p.value(CROSS_LINK_SUPPRESSION);
        if (!(d0 > 0) || !(suppression > 0 && suppression <= 1)) {
            throw new StabilityException("migration of " + spacer.name() + ": D0 must be > 0 and the cross-link "
                    + "suppression in (0, 1], got D0 = " + d0 + ", suppression = " + suppression);
        }
        double prefactor = spacer.crossLinked() ? d0 * suppression : d0;
        return condition.timeAverage(t -> Arrhenius.rate(prefactor, ea, t, "migration of " + spacer.name()));
    }

    /** @return phi(t), the spacer fraction retained in a capping slab of thickness h (m) after t (s) */
    public static double retainedFraction(double diffusivity, double thicknessM, double seconds) {
        double spread = Math.sqrt(diffusivity * seconds);
        return spread == 0 ? 1.0 : ErrorFunction.slabRetainedFraction(thicknessM / spread);
    }

    /** @return n_max as an integer, validated */
    public static int nMax(ParameterSet p) {
        double v = p.value(N_MAX_2D);
        if (v != Math.rint(v) || v < 1 || v > 100) {
            throw new StabilityException("parameter " + N_MAX_2D + " must be an integer within 1..100, got " + v);
        }
        return (int) v;
    }

    private List<String> assumptions(SpacerDescriptor spacer, StressCondition condition, CappingLayer capping,
            ParameterSet p) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "spacer %s, class %s, cross-linked %s", spacer.name(),
                spacer.spacerClass(), spacer.crossLinked()));
        lines.add("condition " + condition.describe());
        lines.add(String.format(Locale.ROOT, "capping layer %.1f nm, initial n distribution %s",
                capping.thicknessM() * NM_PER_M, capping.initialDistribution().pbFractionByN()));
        lines.add("same D in the 2D layer and the 3D film; uniform dilution of all n phases; no light effect");
        for (Parameter parameter : p.all()) {
            lines.add(parameter.describe());
        }
        return lines;
    }
}
