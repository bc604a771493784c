package org.heterostack.engine.device.internal.mapping;

import org.heterostack.engine.EngineException;

/**
 * A range of a model value outside which the drift-diffusion engine's model does not hold (or its equations become too
 * stiff to integrate in reasonable time), with the reason a user reads when a value is refused.
 *
 * @param low    the smallest value accepted
 * @param high   the largest value accepted
 * @param unit   the unit of the value and the bounds
 * @param reason why values outside make no sense for this engine
 */
record ValidityRange(double low, double high, String unit, String reason) {

    /**
     * Effective densities of states N = 2 (2 pi m_eff kT / h^2)^(3/2) = 2.5e25 (m_eff / m0)^(3/2) m-3 at 300 K:
     * effective masses of 0.001-100 m0 give 1e21-1e28 m-3 (perovskites: 2e24-1e25, organic transport layers up to
     * 1e27, the density of molecular sites).
     */
    static final ValidityRange DENSITY_OF_STATES = new ValidityRange(1e21, 1e28, "m-3",
            "effective masses of 0.001-100 electron masses at 300 K");
    /** Static relative permittivities: vacuum 1; lead-halide perovskites 20-70; SrTiO3 about 300 at 300 K. */
    static final ValidityRange PERMITTIVITY = new ValidityRange(1, 1000, "",
            "from vacuum to the largest static permittivities of oxides");
    /** Layer thicknesses from a single octahedral sheet (0.6 nm) to millimetre-thick detector crystals. */
    static final ValidityRange THICKNESS = new ValidityRange(0.1, 1e6, "nm",
            "from below one lattice plane to a millimetre");
    /**
     * J-V scan rates: measurements of perovskite cells use about 1 mV/s to 10 V/s (hysteresis studies); the range
     * keeps two decades on either side.
     */
    static final ValidityRange SCAN_RATE = new ValidityRange(1e-5, 1e3, "V/s",
            "measured J-V scans run at 1 mV/s to 10 V/s");
    /** Ramp and preconditioning times: ions relax within seconds to minutes; up to about 11 days accepted. */
    static final ValidityRange PROTOCOL_TIME = new ValidityRange(0, 1e6, "s",
            "mobile ions relax within seconds to minutes");

    /**
     * @param where what has the value, for the message ("Layer 'ETL' of device 'cell'")
     * @param name  the attribute, as the file names it ("valenceBandDosPerM3")
     * @param value the value
     * @return the value
     * @throws EngineException naming the object, the attribute, the value and the range if it is outside
     */
    double check(String where, String name, double value) throws EngineException {
        if (!(value >= low && value <= high)) {
            throw new EngineException(String.format("%s has %s %.4g%s, outside the drift-diffusion engine's validity "
                    + "range (%.4g-%.4g%s: %s)", where, name, value, unit.isEmpty() ? "" : " " + unit, low, high,
                    unit.isEmpty() ? "" : " " + unit, reason));
        }
        return value;
    }
}
