package org.heterostack.engine.structure.internal.mapping;

import java.util.List;

import org.heterostack.engine.structure.internal.radii.IonicRadiusSet;
import org.heterostack.engine.structure.internal.radii.RadiusSets;

/**
 * The radius sets a user can choose by name in the {@code radius_set} setting of the structure engines. Adding a
 * set means adding a name here and a factory in {@link RadiusSets}.
 */
public final class RadiusSetChoice {

    /** Setting name. */
    public static final String SETTING = "radius_set";
    /** Name of the default set ({@link RadiusSets#kieslichShannon()}, the set of docs/science.md §2.1). */
    public static final String KIESLICH_SHANNON = "kieslich-shannon";
    /** All names, default first. */
    public static final List<String> NAMES = List.of(KIESLICH_SHANNON);

    private RadiusSetChoice() {
    }

    /** The set of a setting value (one of {@link #NAMES}; the engine API has checked it). */
    public static IonicRadiusSet byName(String name) {
        return switch (name) {
        case KIESLICH_SHANNON -> RadiusSets.kieslichShannon();
        default -> throw new IllegalArgumentException("unknown radius set '" + name + "'");
        };
    }
}
