package org.heterostack.engine.stability.internal.ageing;

import static org.heterostack.engine.stability.internal.ageing.AgeingParameters.*;

import java.util.EnumMap;
import java.util.Map;

import org.heterostack.engine.stability.internal.common.Arrhenius;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.SpacerDescriptor;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.condition.StressCondition;
import org.heterostack.engine.stability.internal.migration.CappingLayer;
import org.heterostack.engine.stability.internal.migration.MigrationModel;
import org.heterostack.engine.stability.internal.spacerchemistry.SpacerChemistryModel;

/**
 * Relative efficiency P(t)/P(0) of a 2D/3D device under one condition, as a product of independent channels:
 * P = (1 - c_chem x(t)) (1 - c_rec (1 - phi(t))) exp(-k_w t) exp(-k_b t), where x is the reacted spacer fraction
 * ({@link SpacerChemistryModel}), phi the spacer retained in the capping layer ({@link MigrationModel}), k_w the
 * moisture rate k_w = A_w (RH/100)^n exp(-Ea_w/kT) e 10^-(b (logP - logP_ref) + b_F nF) (Peck-type humidity
 * law with a hydrophobic protection factor; e = encapsulation factor) and k_b the spacer-independent baseline
 * rate A_b exp(-Ea_b/kT) (1 + gamma I). Each factor is non-increasing in t, so P is monotone and T80/T95 are
 * unique. Rates are time-averaged over the dwells of a thermal cycle.
 */
public final class DegradationKinetics {

    private final double chemistryRatePerS;
    private final double diffusivityM2PerS;
    private final double moistureRatePerS;
    private final double baselineRatePerS;
    private final double hydrophobicProtection;
    private final double thicknessM;
    private final double chemicalLoss;
    private final double reconstructionLoss;

    /** Precomputes all rates for the spacer, capping layer and condition. */
    public DegradationKinetics(SpacerDescriptor spacer, CappingLayer capping, StressCondition condition,
            ParameterSet p) {
        requireFraction(p, CHEMICAL_LOSS);
        requireFraction(p, RECONSTRUCTION_LOSS);
        requireFraction(p, ENCAPSULATION);
        this.chemistryRatePerS = new SpacerChemistryModel().effectiveRatePerSecond(spacer, condition, p);
        this.diffusivityM2PerS = new MigrationModel().diffusivity(spacer, condition, p);
        this.hydrophobicProtection = hydrophobicProtection(spacer, p);
        double humidity = Math.pow(condition.relativeHumidityPercent() / 100.0, p.value(HUMIDITY_EXPONENT));
        double encapsulation = p.value(ENCAPSULATION);
        this.moistureRatePerS = encapsulation * humidity * hydrophobicProtection
                * condition.timeAverage(t -> Arrhenius.rate(p.value(MOISTURE_PREFACTOR), p.value(MOISTURE_EA), t,
                        "moisture degradation"));
        double light = 1.0 + p.value(BASELINE_LIGHT) * condition.irradianceSuns();
        if (!(light > 0)) {
            throw new StabilityException("parameter " + BASELINE_LIGHT + " gives a non-positive light factor " + light);
        }
        this.baselineRatePerS = light * condition.timeAverage(t -> Arrhenius.rate(p.value(BASELINE_PREFACTOR),
                p.value(BASELINE_EA), t, "baseline degradation"));
        this.thicknessM = capping.thicknessM();
        this.chemicalLoss = p.value(CHEMICAL_LOSS);
        this.reconstructionLoss = p.value(RECONSTRUCTION_LOSS);
    }

    /** @return P = 10^-(b (logP - logP_ref) + b_F nF), the factor on water ingress from hydrophobicity */
    public static double hydrophobicProtection(SpacerDescriptor spacer, ParameterSet p) {
        double decades = p.value(LOGP_COEFFICIENT) * (spacer.logP() - p.value(LOGP_REFERENCE))
                + p.value(FLUORINE_COEFFICIENT) * spacer.fluorineCount();
        return Math.pow(10.0, -decades);
    }

    /** @return P(t)/P(0) after {@code seconds} */
    public double relativePerformance(double seconds) {
        double product = 1.0;
        for (double factor : factors(seconds).values()) {
            product *= factor;
        }
        return product;
    }

    /** @return the multiplicative factor of every channel at time {@code seconds} */
    public Map<DegradationMode, Double> factors(double seconds) {
        Map<DegradationMode, Double> map = new EnumMap<>(DegradationMode.class);
        map.put(DegradationMode.SPACER_CHEMISTRY, 1.0 - chemicalLoss * reactedFraction(seconds));
        map.put(DegradationMode.RECONSTRUCTION, 1.0 - reconstructionLoss * (1.0 - retainedFraction(seconds)));
        map.put(DegradationMode.MOISTURE, Math.exp(-moistureRatePerS * seconds));
        map.put(DegradationMode.BASELINE, Math.exp(-baselineRatePerS * seconds));
        return map;
    }

    /** @return fraction of the spacer reacted with FA+ after {@code seconds} */
    public double reactedFraction(double seconds) {
        return SpacerChemistryModel.reactedFraction(chemistryRatePerS, seconds);
    }

    /** @return fraction of the spacer still in the capping layer after {@code seconds} */
    public double retainedFraction(double seconds) {
        return MigrationModel.retainedFraction(diffusivityM2PerS, thicknessM, seconds);
    }

    /** @return the channel that has removed the most efficiency (largest -ln factor) at {@code seconds} */
    public DegradationMode dominantMode(double seconds) {
        DegradationMode best = DegradationMode.BASELINE;
        double lowest = Double.POSITIVE_INFINITY;
        for (Map.Entry<DegradationMode, Double> e : factors(seconds).entrySet()) {
            if (e.getValue() < lowest) {
                lowest = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** @return first-order spacer consumption rate, 1/s */
    public double chemistryRatePerS() {
        return chemistryRatePerS;
    }

    /** @return time-averaged spacer diffusivity, m^2/s */
    public double diffusivityM2PerS() {
        return diffusivityM2PerS;
    }

    /** @return moisture degradation rate, 1/s */
    public double moistureRatePerS() {
        return moistureRatePerS;
    }

    /** @return baseline degradation rate, 1/s */
    public double baselineRatePerS() {
        return baselineRatePerS;
    }

    /** @return hydrophobic protection factor P (1 for the reference logP without fluorine) */
    public double hydrophobicProtection() {
        return hydrophobicProtection;
    }

    private static void requireFraction(ParameterSet p, String name) {
        double v = p.value(name);
        if (!(v >= 0 && v <= 1)) {
            throw new StabilityException("parameter " + name + " must be within [0, 1], got " + v);
        }
    }
}
