package org.heterostack.engine.structure.internal.radii;

import java.util.Map;

/**
 * The symbols under which the molecular ions of Kieslich, Sun and Cheetham (Chem. Sci. 5, 4712 (2014)) are written
 * on a site: the usual abbreviation (MA, FA, GA, ...), keyed by the chemical name the radius table gives them.
 * Every other spelling is an alias of one of these.
 */
public final class MolecularIons {

    private static final Map<String, String> SYMBOL_BY_NAME = Map.ofEntries(
            Map.entry("ammonium", "NH4"),
            Map.entry("hydroxylammonium", "HA"),
            Map.entry("methylammonium", "MA"),
            Map.entry("hydrazinium", "HY"),
            Map.entry("azetidinium", "AZ"),
            Map.entry("formamidinium", "FA"),
            Map.entry("imidazolium", "IM"),
            Map.entry("dimethylammonium", "DMA"),
            Map.entry("ethylammonium", "EA"),
            Map.entry("guanadinium", "GA"),
            Map.entry("tetramethylammonium", "TMA"),
            Map.entry("formate", "HCOO"));

    private static final Map<String, String> ALIASES = Map.of("GUA", "GA", "HZ", "HY", "guanidinium", "GA");

    private MolecularIons() {
    }

    /** The site symbol of a molecular ion named in the radius table, or null if the name is not one of them. */
    static String symbol(String tableName) {
        return SYMBOL_BY_NAME.get(tableName);
    }

    /**
     * The symbol a site's ion is looked up under: an alias (GUA, HZ) or a chemical name (methylammonium) is mapped
     * to its abbreviation, anything else is kept.
     */
    public static String canonical(String ion) {
        return SYMBOL_BY_NAME.getOrDefault(ion, ALIASES.getOrDefault(ion, ion));
    }
}
