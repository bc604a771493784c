package org.heterostack.engine.stability.internal.migration;

import java.util.Objects;

import org.heterostack.engine.stability.internal.common.StabilityException;

/**
 * The 2D capping layer on the 3D film, as the adapter reads it from the heterostructure.
 *
 * @param thicknessM thickness of the 2D layer in m, 0.5 nm .. 10 µm
 * @param initialDistribution Pb distribution over n right after formation
 */
public record CappingLayer(double thicknessM, NDistribution initialDistribution) {

    /** Validates the thickness. */
    public CappingLayer {
        Objects.requireNonNull(initialDistribution, "capping layer n distribution");
        if (!(thicknessM >= 0.5e-9 && thicknessM <= 10e-6)) {
            throw new StabilityException("capping layer: thickness must be within 0.5 nm .. 10 µm, got "
                    + thicknessM + " m");
        }
    }
}
