package org.heterostack.engine.photophysics.internal.alignment;

import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * An interface between two layers; carriers cross from {@code left} to {@code right} (e.g. left = 3D
 * absorber, right = 2D capping layer for extraction towards the top contact).
 *
 * @param left  layer on the side carriers come from
 * @param right layer on the side carriers go to
 */
public record Interface(Layer left, Layer right) {

    /** Both layers required. */
    public Interface {
        if (left == null || right == null) {
            throw new PhotophysicsException("an interface needs two layers");
        }
    }
}
