package org.heterostack.engine.stability.internal.ageing;

import java.util.Objects;

import org.heterostack.engine.stability.internal.common.SpacerDescriptor;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.condition.StressCondition;
import org.heterostack.engine.stability.internal.migration.CappingLayer;

/**
 * What to project: a spacer in a capping layer, a stress condition (e.g. an ISOS preset) and the use condition
 * the stress lifetime is translated to.
 *
 * @param spacer the spacer ligand
 * @param cappingLayer the 2D capping layer
 * @param stress stress-test condition
 * @param use use (field) condition
 * @param horizonHours longest lifetime searched, 1 .. 1e7 h; lifetimes beyond it are reported as censored
 * @param seriesPoints points of the performance-versus-time series over [0, 2 T80] (or the horizon), 2..10000
 */
public record AgeingRequest(SpacerDescriptor spacer, CappingLayer cappingLayer, StressCondition stress,
        StressCondition use, double horizonHours, int seriesPoints) {

    /** Default horizon: 1e6 h (about 114 years). */
    public static final double DEFAULT_HORIZON_HOURS = 1.0e6;

    /** Validates the request. */
    public AgeingRequest {
        Objects.requireNonNull(spacer, "ageing request: spacer");
        Objects.requireNonNull(cappingLayer, "ageing request: capping layer");
        Objects.requireNonNull(stress, "ageing request: stress condition");
        Objects.requireNonNull(use, "ageing request: use condition");
        if (!(horizonHours >= 1 && horizonHours <= 1e7)) {
            throw new StabilityException("ageing request: horizon must be within 1 .. 1e7 h, got " + horizonHours);
        }
        if (seriesPoints < 2 || seriesPoints > 10_000) {
            throw new StabilityException("ageing request: series points must be 2..10000, got " + seriesPoints);
        }
    }

    /** @return a request with the default horizon and 101 series points */
    public static AgeingRequest of(SpacerDescriptor spacer, CappingLayer cappingLayer, StressCondition stress,
            StressCondition use) {
        return new AgeingRequest(spacer, cappingLayer, stress, use, DEFAULT_HORIZON_HOURS, 101);
    }
}
