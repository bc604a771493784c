package org.heterostack.engine.structure.internal.radii;

import java.util.Map;
import java.util.TreeMap;

import org.heterostack.engine.structure.internal.StructureException;

/**
 * A named, replaceable set of effective ionic radii. Tolerance-factor results depend strongly on the radius
 * set (Kieslich, Shannon, Travis, ...), so every result reports the name of the set it used.
 *
 * @param name     short name shown with results, e.g. {@code "Kieslich-Shannon effective radii"}
 * @param citation full citation(s) of the values
 * @param radii    ion symbol -&gt; radius and oxidation state
 */
public record IonicRadiusSet(String name, String citation, Map<String, IonRadius> radii) {

    /** Copies the map and validates the name. */
    public IonicRadiusSet {
        if (name == null || name.isBlank()) {
            throw new StructureException("radius set needs a name");
        }
        if (radii == null || radii.isEmpty()) {
            throw new StructureException("radius set " + name + " has no ions");
        }
        radii = Map.copyOf(radii);
    }

    /**
     * The radius entry of an ion.
     *
     * @throws StructureException naming the ion, the set and the ions it knows when the ion is not in the set
     */
    public IonRadius radius(String ion) {
        IonRadius r = radii.get(ion);
        if (r == null) {
            throw new StructureException("ion '" + ion + "' is not in radius set '" + name + "' (known: "
                    + String.join(", ", new TreeMap<>(radii).keySet()) + ")");
        }
        return r;
    }
}
