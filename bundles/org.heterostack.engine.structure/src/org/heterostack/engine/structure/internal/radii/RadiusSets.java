package org.heterostack.engine.structure.internal.radii;

import java.util.Map;

/**
 * Built-in radius sets.
 *
 * <p>The default is the set of Heterostack's science overview (docs/science.md §2.1): molecular-cation effective
 * radii of Kieslich, Sun and Cheetham combined with Shannon's crystal radii for the inorganic ions:
 * <ul>
 * <li>MA+ 2.17 A, FA+ 2.53 A: effective radii of Kieslich, Sun, Cheetham, Chem. Sci. 5, 4712 (2014),
 * Table 1 (rigid-sphere model, centre of mass to farthest non-H atom plus its ionic radius).</li>
 * <li>Cs+ 1.88 A: Shannon, Acta Cryst. A32, 751 (1976), coordination number XII.</li>
 * <li>Pb2+ 1.19 A: Shannon 1976, coordination number VI.</li>
 * <li>I- 2.20 A, Br- 1.96 A, Cl- 1.81 A: Shannon 1976, coordination number VI.</li>
 * <li>Sn2+ 1.10 A: NOT in Shannon's 1976 table (it lists only Sn4+); 1.10 A is the value tabulated and used
 * for Sn2+ by Kieslich et al. 2014/2015 (Chem. Sci. 6, 3430 (2015)) following earlier perovskite
 * tolerance-factor work. Treat it as a convention, not a measured crystal radius.</li>
 * </ul>
 * The same inorganic values are used in Kieslich et al., Chem. Sci. 6, 3430 (2015) ("An extended tolerance
 * factor approach for organic-inorganic perovskites").
 */
public final class RadiusSets {

    /** Name of the default set, reported with every tolerance-factor result. */
    public static final String KIESLICH_SHANNON = "Kieslich-Shannon effective radii";

    private static final String SHANNON = "Shannon, Acta Cryst. A32, 751 (1976)";
    private static final String KIESLICH = "Kieslich, Sun, Cheetham, Chem. Sci. 5, 4712 (2014)";

    private RadiusSets() {
    }

    /** The default set of docs/science.md §2.1 (see class Javadoc for the origin of every value). */
    public static IonicRadiusSet kieslichShannon() {
        return new IonicRadiusSet(KIESLICH_SHANNON,
                KIESLICH + " (MA+, FA+ effective radii; Sn2+ as tabulated there); " + SHANNON
                        + " (Cs+ CN XII; Pb2+, I-, Br-, Cl- CN VI); Kieslich, Sun, Cheetham, Chem. Sci. 6, 3430 (2015)",
                Map.of(
                        "Cs", new IonRadius(1.88, 1, SHANNON + ", CN XII"),
                        "MA", new IonRadius(2.17, 1, KIESLICH + ", effective radius"),
                        "FA", new IonRadius(2.53, 1, KIESLICH + ", effective radius"),
                        "Pb", new IonRadius(1.19, 2, SHANNON + ", CN VI"),
                        "Sn", new IonRadius(1.10, 2, KIESLICH + " (not in Shannon 1976)"),
                        "I", new IonRadius(2.20, -1, SHANNON + ", CN VI"),
                        "Br", new IonRadius(1.96, -1, SHANNON + ", CN VI"),
                        "Cl", new IonRadius(1.81, -1, SHANNON + ", CN VI")));
    }
}
