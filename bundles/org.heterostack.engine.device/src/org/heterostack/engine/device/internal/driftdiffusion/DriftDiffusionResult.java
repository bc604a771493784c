package org.heterostack.engine.device.internal.driftdiffusion;

import java.util.List;

/**
 * Result of a protocol run.
 *
 * @param scans recorded segments in protocol order
 * @param profiles internal profiles at the requested times
 * @param statistics solver work
 */
public record DriftDiffusionResult(List<ScanResult> scans, List<InternalProfile> profiles,
        SolverStatistics statistics) {

    /** Copies the lists. */
    public DriftDiffusionResult {
        scans = List.copyOf(scans);
        profiles = List.copyOf(profiles);
    }

    /**
     * @param name segment name
     * @return the recorded segment
     * @throws DriftDiffusionException if absent
     */
    public ScanResult scan(String name) {
        return scans.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new DriftDiffusionException("no recorded segment named " + name));
    }

    /**
     * Hysteresis index (PCE_reverse - PCE_forward)/PCE_reverse of the "reverse" and "forward" scans.
     *
     * @return the index (dimensionless)
     * @throws DriftDiffusionException if either scan is missing or has no power output
     */
    public double hysteresisIndex() {
        ScanResult rev = scan("reverse");
        ScanResult fwd = scan("forward");
        if (rev.figures() == null || fwd.figures() == null || !(rev.figures().pcePercent() > 0)) {
            throw new DriftDiffusionException("hysteresis index needs illuminated reverse and forward scans");
        }
        return (rev.figures().pcePercent() - fwd.figures().pcePercent()) / rev.figures().pcePercent();
    }
}
