package org.heterostack.engine.device.internal.twod;

import org.heterostack.engine.PhysicalConstants;

/**
 * Device-normal properties of a 2D perovskite layer from its structure, for the drift-diffusion equations.
 *
 * <p>A 2D layer is a stack of inorganic slabs (n octahedra thick, {@code slabA}) and organic spacer layers
 * ({@code organicA}); along its stacking axis the two alternate in series, along its sheets they lie side by side.
 * The permittivity and the diffusivity along the device normal therefore follow the two Wiener bounds of a
 * laminate: the series (harmonic) mean along the stacking axis, the parallel (arithmetic) mean along the sheets,
 * mixed by the orientation as a uniaxial tensor, {@code x_normal = cos^2(theta) x_stack + sin^2(theta) x_sheet}
 * (theta between the stacking axis and the device normal: 0 for sheets parallel to the substrate). The organic
 * layer conducts by tunnelling: its diffusivity is the slab's times the WKB transmission
 * {@code T = exp(-2 w sqrt(2 m phi) / hbar)} of a rectangular barrier of width w and height phi (Sze and Ng,
 * Physics of Semiconductor Devices, 3rd ed., ch. 2). Gap and band edges of the slab are the engines' shared rule,
 * {@link org.heterostack.engine.TwoDBandEdges}.
 */
public final class TwoDLayerPhysics {

    private TwoDLayerPhysics() {
    }

    /**
     * WKB transmission of the organic barrier.
     *
     * @param widthAngstrom barrier width w in Å (&gt; 0)
     * @param heightEv      barrier height phi in eV (&gt; 0)
     * @param massRel       tunnelling mass in units of m0 (&gt; 0)
     * @return T in (0, 1)
     */
    public static double transmission(double widthAngstrom, double heightEv, double massRel) {
        if (!(widthAngstrom > 0 && heightEv > 0 && massRel > 0)) {
            throw new IllegalArgumentException("tunnelling barrier needs width, height and mass > 0, got "
                    + widthAngstrom + " Å, " + heightEv + " eV, " + massRel + " m0");
        }
        double kappaPerM = Math.sqrt(2 * massRel * PhysicalConstants.ELECTRON_MASS_KG * heightEv
                * PhysicalConstants.ELEMENTARY_CHARGE_C) / PhysicalConstants.REDUCED_PLANCK_J_S;
        return Math.exp(-2 * widthAngstrom * 1e-10 * kappaPerM);
    }

    /**
     * The laminate of slabs and organic layers.
     *
     * @param slabAngstrom    inorganic slab thickness (n octahedra) in Å
     * @param organicAngstrom organic layer thickness in Å
     * @param cos2            cos^2 of the angle between the stacking axis and the device normal, [0, 1]
     */
    public record Laminate(double slabAngstrom, double organicAngstrom, double cos2) {

        /** Validates the geometry. */
        public Laminate {
            if (!(slabAngstrom > 0 && organicAngstrom > 0 && cos2 >= 0 && cos2 <= 1)) {
                throw new IllegalArgumentException("a 2D laminate needs slab and organic thicknesses > 0 and cos^2 "
                        + "in [0, 1], got " + slabAngstrom + " Å, " + organicAngstrom + " Å, " + cos2);
            }
        }

        /** @return the share of the stacking period that is inorganic slab */
        public double inorganicFraction() {
            return slabAngstrom / (slabAngstrom + organicAngstrom);
        }

        /**
         * @param slab    the slab's value (permittivity of the 3D lattice)
         * @param organic the organic layer's value
         * @return the device-normal value of the laminate (series mean along the stack, parallel mean along the
         *         sheets, mixed by the orientation)
         */
        public double normal(double slab, double organic) {
            double f = inorganicFraction();
            double alongStack = 1 / (f / slab + (1 - f) / organic);
            double alongSheets = f * slab + (1 - f) * organic;
            return cos2 * alongStack + (1 - cos2) * alongSheets;
        }
    }
}
