package org.heterostack.engine.structure.internal.mapping;

import org.heterostack.engine.EngineException;
import org.heterostack.model.NamedElement;

/** How the structure engines name model objects in messages, and their checks for required attributes. */
public final class Labels {

    private Labels() {
    }

    /** e.g. {@code Perovskite3D 'MAPbI3'}. */
    public static String of(NamedElement element) {
        return element.eClass().getName() + " '" + element.getName() + "'";
    }

    /**
     * A required attribute value.
     *
     * @throws EngineException "{owner} has no {attribute}" when the value is unset
     */
    public static double require(Double value, NamedElement owner, String attribute) throws EngineException {
        if (value == null) {
            throw new EngineException(of(owner) + " has no " + attribute);
        }
        return value;
    }
}
