package org.heterostack.engine.photophysics.internal.mapping;

import org.heterostack.engine.photophysics.internal.alignment.Layer;
import org.heterostack.model.Perovskite2D;

/**
 * One layer of the vertical stack the band alignment walks through, bottom to top.
 *
 * @param name     name shown in messages
 * @param key      snake_case key part, e.g. {@code n1} or {@code spiro_ometad}
 * @param edges    absolute band edges, or null when the model does not give them (a transport layer without
 *                 electron affinity or ionisation energy)
 * @param twoD     the 2D perovskite when this is a 2D layer, else null
 * @param absorber whether this is the absorber (the 3D film of a heterostructure or a device's ABSORBER layer)
 */
public record StackEntry(String name, String key, Layer edges, Perovskite2D twoD, boolean absorber) {
}
