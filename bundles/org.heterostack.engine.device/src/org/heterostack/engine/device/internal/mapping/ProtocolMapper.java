package org.heterostack.engine.device.internal.mapping;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.device.internal.driftdiffusion.VoltageProtocol;
import org.heterostack.engine.device.internal.driftdiffusion.VoltageProtocol.Segment;
import org.heterostack.engine.device.internal.driftdiffusion.VoltageProtocol.Shape;
import org.heterostack.model.Device;
import org.heterostack.model.RampShape;
import org.heterostack.model.ScanOrder;

/**
 * The model's voltage protocol -> a numerics protocol, read as the model documents it: hold the
 * preconditioning voltage (unset: the built-in voltage, IonMonger's start) until steady state (or, with
 * preconditioningTimeS, for that long after a steady state at the built-in voltage), ramp (rampShape,
 * rampTimeS) to the start of the first scan, then the scans in scanOrder between scanLowV and scanHighV at
 * scanRateVPerS. A device without a protocol gets IonMonger's: steady state at Vbi, 5 s tanh ramp to 1.2 V,
 * reverse and forward scans 1.2 - 0 V at 0.1 V/s.
 */
public final class ProtocolMapper {

    /** IonMonger default preconditioning ramp duration in s. */
    static final double IONMONGER_RAMP_S = 5;
    /** IonMonger default upper scan voltage in V. */
    static final double IONMONGER_SCAN_HIGH_V = 1.2;

    private ProtocolMapper() {
    }

    /**
     * @param device        the device (its protocol may be null)
     * @param builtInV      built-in voltage of the mapped stack in V
     * @param voltageStepV  J-V sampling step in V
     * @param notes         assumptions in force, appended
     * @return the protocol; recorded segments are named "reverse" and "forward"
     * @throws EngineException if the protocol is inconsistent
     */
    public static VoltageProtocol map(Device device, double builtInV, double voltageStepV, List<String> notes)
            throws EngineException {
        return map(device, builtInV, voltageStepV, scanHighV(device), notes);
    }

    /**
     * The protocol with the scans' upper voltage replaced (the scans extended to reach open circuit).
     *
     * @param device        the device (its protocol may be null)
     * @param builtInV      built-in voltage of the mapped stack in V
     * @param voltageStepV  J-V sampling step in V
     * @param highV         upper voltage of the scans in V
     * @param notes         assumptions in force, appended
     * @return the protocol; recorded segments are named "reverse" and "forward"
     * @throws EngineException if the protocol is inconsistent
     */
    public static VoltageProtocol map(Device device, double builtInV, double voltageStepV, double highV,
            List<String> notes) throws EngineException {
        org.heterostack.model.VoltageProtocol p = device.getProtocol();
        if (p == null) {
            notes.add("device '" + device.getName() + "' has no voltage protocol: IonMonger's (steady state at Vbi, "
                    + "5 s tanh ramp to 1.2 V, reverse and forward scans 1.2 - 0 V at 0.1 V/s)");
            int samples = samples(highV, 0, voltageStepV);
            return VoltageProtocol.jvScan(builtInV, highV, IONMONGER_RAMP_S, 0.1, 0, samples);
        }
        String where = "Voltage protocol of device '" + device.getName() + "'";
        if (!p.isPreconditioningIlluminated()) {
            throw new EngineException(where + " preconditions in the dark (preconditioningIlluminated false); this "
                    + "engine keeps the operating illumination throughout");
        }
        double low = p.getScanLowV();
        double high = highV;
        double rate = p.getScanRateVPerS();
        if (!(high > low)) {
            throw new EngineException(where + " has scanHighV " + high + " V not above scanLowV " + low + " V");
        }
        ValidityRange.SCAN_RATE.check(where, "scanRateVPerS", rate);
        List<String> order = scans(p.getScanOrder());
        double start = order.get(0).equals("reverse") ? high : low;
        double pre = p.getPreconditioningVoltageV() == null ? builtInV : p.getPreconditioningVoltageV();
        if (p.getPreconditioningVoltageV() == null) {
            notes.add(String.format("preconditioning at the built-in voltage %.4f V (preconditioningVoltageV unset)",
                    builtInV));
        }
        List<Segment> segments = new ArrayList<>();
        double initial = pre;
        Double holdS = p.getPreconditioningTimeS();
        if (holdS != null) {
            if (!(holdS > 0)) {
                throw new EngineException(where + " has preconditioningTimeS " + holdS + "; it must be > 0 (or unset "
                        + "for a steady state)");
            }
            ValidityRange.PROTOCOL_TIME.check(where, "preconditioningTimeS", holdS);
            initial = builtInV;
            segments.add(new Segment("precondition", Shape.LINEAR, holdS, pre, pre, 0));
            notes.add("preconditioning: " + holdS + " s at " + pre + " V after a steady state at the built-in voltage");
        }
        Double rampS = p.getRampTimeS();
        if (rampS != null && rampS > 0) {
            ValidityRange.PROTOCOL_TIME.check(where, "rampTimeS", rampS);
            Shape shape = p.getRampShape() == RampShape.TANH ? Shape.TANH : Shape.LINEAR;
            segments.add(new Segment("ramp", shape, rampS, pre, start, 0));
        } else if (Math.abs(pre - start) > 1e-9) {
            throw new EngineException(String.format("%s has no rampTimeS for the ramp from the preconditioning "
                    + "voltage %.4f V to the first scan's start %.4f V", where, pre, start));
        }
        int samples = samples(high, low, voltageStepV);
        double scanS = (high - low) / rate;
        for (String scan : order) {
            boolean reverse = scan.equals("reverse");
            segments.add(new Segment(scan, Shape.LINEAR, scanS, reverse ? high : low, reverse ? low : high, samples));
        }
        return new VoltageProtocol(initial, segments);
    }

    /**
     * @param device the device
     * @return the upper voltage of its scans in V: its protocol's scanHighV, else IonMonger's 1.2 V
     */
    public static double scanHighV(Device device) {
        return device.getProtocol() == null ? IONMONGER_SCAN_HIGH_V : device.getProtocol().getScanHighV();
    }

    private static List<String> scans(ScanOrder order) {
        return switch (order) {
            case FORWARD_THEN_REVERSE -> List.of("forward", "reverse");
            case REVERSE_ONLY -> List.of("reverse");
            case FORWARD_ONLY -> List.of("forward");
            default -> List.of("reverse", "forward");
        };
    }

    private static int samples(double high, double low, double stepV) throws EngineException {
        if (!(stepV > 0)) {
            throw new EngineException("J-V voltage step " + stepV + " V must be > 0");
        }
        return Math.max(2, (int) Math.round((high - low) / stepV) + 1);
    }
}
