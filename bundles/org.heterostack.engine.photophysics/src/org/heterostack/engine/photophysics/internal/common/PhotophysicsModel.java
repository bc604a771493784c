package org.heterostack.engine.photophysics.internal.common;

import org.heterostack.engine.photophysics.internal.alignment.Layer;

/**
 * Common contract of the interchangeable photophysics models (empirical series fit and physical quantum well):
 * gap, binding energy and band shifts per n, and absolute band edges from the bulk's electron affinity and
 * ionisation energy.
 */
public interface PhotophysicsModel {

    /** Short model name for provenance, e.g. {@code "empirical-ba-series"}. */
    String name();

    /** Citations of the model and its parameters. */
    String citation();

    /** The 3D reference the model converges to. */
    BulkReference bulk();

    /**
     * Results for n octahedral layers.
     *
     * @throws PhotophysicsException if n &lt; 1 or the numerics fail
     */
    LayerResult layer(int n);

    /** Results for the bulk (3D) reference. */
    LayerResult bulkLayer();

    /**
     * Absolute band edges (vs vacuum) of the n-layer phase: the bulk edges shifted by the model's
     * conduction- and valence-band confinement shifts.
     */
    default Layer bandEdges(String name, int n) {
        LayerResult r = layer(n);
        return new Layer(name, bulk().conductionBandEv() + r.conductionShiftEv(),
                bulk().valenceBandEv() - r.valenceShiftEv());
    }
}
