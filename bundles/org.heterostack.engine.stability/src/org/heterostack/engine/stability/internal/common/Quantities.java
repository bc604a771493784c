package org.heterostack.engine.stability.internal.common;

import java.util.List;

/** Look-up of result quantities by key. */
public final class Quantities {

    private Quantities() {
    }

    /** @return the quantity with {@code key}; a missing key is a programming error and throws */
    public static Quantity find(List<Quantity> quantities, String key) {
        for (Quantity q : quantities) {
            if (q.key().equals(key)) {
                return q;
            }
        }
        throw new StabilityException("result has no quantity '" + key + "'");
    }
}
