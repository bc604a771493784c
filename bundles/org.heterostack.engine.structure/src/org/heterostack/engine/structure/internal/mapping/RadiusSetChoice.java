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
    /** Name of {@link RadiusSets#shannonBartel()}, the data Bartel et al. 2019 fitted tau with. */
    public static final String SHANNON_BARTEL = "shannon-bartel";
    /** All names, default first. */
    public static final List<String> NAMES = List.of(KIESLICH_SHANNON, SHANNON_BARTEL);
    /** What the setting offers, for its description. */
    public static final String DESCRIPTION = "ionic radius set: kieslich-shannon = Shannon 1976 ionic radii of every "
            + "ion, Kieslich et al. 2014 effective radii of molecular ions (MA, FA, GA, ...), Sn2+ 1.10 Å "
            + "(docs/science.md §2.1); shannon-bartel = the same with Sn2+ 1.15 Å of Travis et al. 2016, the data "
            + "Bartel et al. 2019 fitted tau with. Both: A site CN XII, B and X CN VI, else the nearest listed CN";

    private RadiusSetChoice() {
    }

    /** The set of a setting value (one of {@link #NAMES}; the engine API has checked it). */
    public static IonicRadiusSet byName(String name) {
        return switch (name) {
        case KIESLICH_SHANNON -> RadiusSets.kieslichShannon();
        case SHANNON_BARTEL -> RadiusSets.shannonBartel();
        default -> throw new IllegalArgumentException("unknown radius set '" + name + "'");
        };
    }
}
