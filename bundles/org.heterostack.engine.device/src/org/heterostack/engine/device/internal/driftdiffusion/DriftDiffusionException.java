package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * Invalid device description or failed drift-diffusion solution. For solver failures the message names the
 * simulated time and applied voltage where it failed, available also as {@link #timeS()} and
 * {@link #voltageV()} (NaN for input errors).
 */
public final class DriftDiffusionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final double timeS;
    private final double voltageV;

    /** @param message what is invalid */
    public DriftDiffusionException(String message) {
        super(message);
        this.timeS = Double.NaN;
        this.voltageV = Double.NaN;
    }

    /**
     * @param what what failed
     * @param timeS simulated time of the failure in s
     * @param voltageV applied voltage at the failure in V
     */
    public DriftDiffusionException(String what, double timeS, double voltageV) {
        super(what + " at t = " + String.format("%.6g", timeS) + " s, V = " + String.format("%.6g", voltageV)
                + " V");
        this.timeS = timeS;
        this.voltageV = voltageV;
    }

    /** @return simulated time of the failure in s, NaN for input errors */
    public double timeS() {
        return timeS;
    }

    /** @return applied voltage at the failure in V, NaN for input errors */
    public double voltageV() {
        return voltageV;
    }
}
