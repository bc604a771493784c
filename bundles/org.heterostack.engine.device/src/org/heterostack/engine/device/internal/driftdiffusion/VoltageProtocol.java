package org.heterostack.engine.device.internal.driftdiffusion;

import java.util.List;

/**
 * A voltage protocol: a steady state at {@code initialVoltageV} followed by consecutive segments (IonMonger's
 * construct_protocol shapes: linear and tanh, V(t) = V0 + (V1 - V0) tanh(3 t/T)/tanh(3)).
 *
 * @param initialVoltageV voltage of the initial steady state in V
 * @param segments segments in order
 */
public record VoltageProtocol(double initialVoltageV, List<Segment> segments) {

    /** Segment shapes. */
    public enum Shape {
        /** V changes linearly in time (constant scan rate). */
        LINEAR,
        /** Sharp rise flattening off, IonMonger 'tanh' with steepness 3. */
        TANH
    }

    /**
     * One segment.
     *
     * @param name name ("reverse", "forward", ... used in results)
     * @param shape shape
     * @param durationS duration in s
     * @param startV voltage at the start in V
     * @param endV voltage at the end in V
     * @param samples number of equally spaced J-V samples including both ends (0 = not recorded)
     */
    public record Segment(String name, Shape shape, double durationS, double startV, double endV, int samples) {

        /** Validates. */
        public Segment {
            if (!(durationS > 0) || samples < 0 || samples == 1) {
                throw new DriftDiffusionException("segment " + name + " needs duration > 0 and 0 or >= 2 samples, got "
                        + durationS + " s and " + samples);
            }
        }

        /** @return voltage in V at time tau in s since the segment start */
        public double voltageAt(double tauS) {
            double s = Math.min(1, Math.max(0, tauS / durationS));
            double f = shape == Shape.LINEAR ? s : Math.tanh(3 * s) / Math.tanh(3);
            return startV + (endV - startV) * f;
        }
    }

    /** Copies the list. */
    public VoltageProtocol {
        segments = List.copyOf(segments);
    }

    /**
     * IonMonger's J-V protocol: steady state at Vbi, tanh ramp to the preconditioning voltage, reverse scan to
     * minV, forward scan back, both at the scan rate.
     *
     * @param vbiV built-in voltage (initial steady state) in V
     * @param preconditionV preconditioning voltage in V (1.2)
     * @param preconditionS ramp duration in s (5)
     * @param scanRateVPerS scan rate in V/s (0.1)
     * @param minV lowest scan voltage in V (0)
     * @param samplesPerScan J-V samples per scan (e.g. 121 = 10 mV steps over 1.2 V)
     * @return the protocol with segments "precondition", "reverse", "forward"
     */
    public static VoltageProtocol jvScan(double vbiV, double preconditionV, double preconditionS,
            double scanRateVPerS, double minV, int samplesPerScan) {
        double scanS = (preconditionV - minV) / scanRateVPerS;
        return new VoltageProtocol(vbiV, List.of(
                new Segment("precondition", Shape.TANH, preconditionS, vbiV, preconditionV, 0),
                new Segment("reverse", Shape.LINEAR, scanS, preconditionV, minV, samplesPerScan),
                new Segment("forward", Shape.LINEAR, scanS, minV, preconditionV, samplesPerScan)));
    }

    /** @return total duration in s */
    public double durationS() {
        return segments.stream().mapToDouble(Segment::durationS).sum();
    }

    /** @return voltage at absolute time t (s since the end of the initial steady state) */
    public double voltageAt(double tS) {
        double start = 0;
        for (Segment s : segments) {
            if (tS <= start + s.durationS()) {
                return s.voltageAt(tS - start);
            }
            start += s.durationS();
        }
        return segments.isEmpty() ? initialVoltageV : segments.get(segments.size() - 1).endV();
    }
}
