package org.heterostack.engine.structure.internal.radii;

/**
 * The built-in radius sets. Both hold Shannon's ionic radii of every ion, oxidation state and coordination
 * (R. D. Shannon, Acta Cryst. A32, 751 (1976)) and the effective radii of molecular ions of Kieslich, Sun and
 * Cheetham (Chem. Sci. 5, 4712 (2014): MA+ 2.17 A, FA+ 2.53 A, GA+ 2.78 A, ...), read from
 * {@code data/shannon-1976-ionic-radii.csv} ({@link RadiusTable}); they differ in Sn2+, which Shannon does not
 * list:
 * <ul>
 * <li>{@link #kieslichShannon()}: Sn2+ 1.10 A, the value tabulated and used by Kieslich et al. 2014/2015 (Chem.
 * Sci. 6, 3430 (2015)) following earlier tolerance-factor work; a convention, not a measured radius. This is the
 * set of docs/science.md §2.1.</li>
 * <li>{@link #shannonBartel()}: Sn2+ 1.15 A (CN VI) of Travis et al., Chem. Sci. 7, 4548 (2016), exactly the data
 * Bartel et al. fitted tau with (Sci. Adv. 5, eaav0693 (2019)).</li>
 * </ul>
 */
public final class RadiusSets {

    /** Name of the default set, reported with every tolerance-factor result. */
    public static final String KIESLICH_SHANNON = "Kieslich-Shannon effective radii";
    /** Name of the set of Bartel et al. 2019. */
    public static final String SHANNON_BARTEL = "Shannon radii as used by Bartel et al.";

    private static final String SHANNON = "Shannon, Acta Cryst. A32, 751 (1976)";
    private static final String KIESLICH = "Kieslich, Sun, Cheetham, Chem. Sci. 5, 4712 (2014)";
    private static final String KIESLICH_2015 = "Kieslich, Sun, Cheetham, Chem. Sci. 6, 3430 (2015)";
    private static final String SN2_KIESLICH = KIESLICH + " and " + KIESLICH_2015 + " (Sn2+ as tabulated there)";

    private RadiusSets() {
    }

    /** The default set of docs/science.md §2.1: Shannon 1976, Kieslich 2014 molecular ions, Sn2+ 1.10 A. */
    public static IonicRadiusSet kieslichShannon() {
        return Holder.KIESLICH_SHANNON_SET;
    }

    /** Shannon 1976 with Sn2+ of Travis et al. 2016 and Kieslich 2014 molecular ions, as Bartel et al. 2019. */
    public static IonicRadiusSet shannonBartel() {
        return Holder.SHANNON_BARTEL_SET;
    }

    private static final class Holder {
        static final IonicRadiusSet KIESLICH_SHANNON_SET = new IonicRadiusSet(KIESLICH_SHANNON,
                SHANNON + " (inorganic ions, ionic radii); " + KIESLICH + " (molecular ions, effective radii); "
                        + KIESLICH_2015 + " (Sn2+ 1.10 A)",
                RadiusTable.shannon().replacing("Sn", 2,
                        new TabulatedRadius("Sn", 2, 6, "", 1.10, -1, SN2_KIESLICH)));
        static final IonicRadiusSet SHANNON_BARTEL_SET = new IonicRadiusSet(SHANNON_BARTEL,
                SHANNON + " (ionic radii); Travis et al., Chem. Sci. 7, 4548 (2016) (Sn2+); " + KIESLICH
                        + " (molecular ions); as carried in the data of Bartel et al., Sci. Adv. 5, eaav0693 (2019)",
                RadiusTable.shannon());
    }
}
