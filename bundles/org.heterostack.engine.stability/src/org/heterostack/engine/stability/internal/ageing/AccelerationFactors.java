package org.heterostack.engine.stability.internal.ageing;

import org.heterostack.engine.stability.internal.common.Arrhenius;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.condition.StressCondition;

/**
 * Acceleration factors between a stress and a use condition: how many hours of use one hour of stress is worth.
 * Thermal (Arrhenius): AF_T = &lt;exp(-Ea/kT)&gt;_stress / &lt;exp(-Ea/kT)&gt;_use, which for constant temperatures
 * is exp(Ea/k (1/Tuse - 1/Tstress)). Humidity (Peck, IRPS 1986): AF_RH = (RH_stress/RH_use)^n when both
 * humidities are &gt; 0, otherwise 1 (not applicable). Light: AF_L = (1 + gamma I_stress)/(1 + gamma I_use).
 *
 * @param thermal AF_T
 * @param humidity AF_RH
 * @param light AF_L
 */
public record AccelerationFactors(double thermal, double humidity, double light) {

    /** @return the factors for a stress and a use condition */
    public static AccelerationFactors between(StressCondition stress, StressCondition use, ParameterSet p) {
        double ea = p.value(AgeingParameters.ACCELERATION_EA);
        double stressRate = stress.timeAverage(t -> Arrhenius.rate(1.0, ea, t, "acceleration factor (stress)"));
        double useRate = use.timeAverage(t -> Arrhenius.rate(1.0, ea, t, "acceleration factor (use)"));
        double humidity = stress.relativeHumidityPercent() > 0 && use.relativeHumidityPercent() > 0
                ? Math.pow(stress.relativeHumidityPercent() / use.relativeHumidityPercent(),
                        p.value(AgeingParameters.HUMIDITY_EXPONENT))
                : 1.0;
        double gamma = p.value(AgeingParameters.BASELINE_LIGHT);
        double light = (1.0 + gamma * stress.irradianceSuns()) / (1.0 + gamma * use.irradianceSuns());
        return new AccelerationFactors(stressRate / useRate, humidity, light);
    }

    /** @return AF_T x AF_RH x AF_L; meaningful only if every degradation channel is accelerated alike */
    public double total() {
        return thermal * humidity * light;
    }
}
