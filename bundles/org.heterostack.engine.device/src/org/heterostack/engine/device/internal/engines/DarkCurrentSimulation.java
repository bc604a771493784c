package org.heterostack.engine.device.internal.engines;

import java.util.List;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.device.internal.common.JvCurve;
import org.heterostack.engine.device.internal.driftdiffusion.DeviceStack;
import org.heterostack.engine.device.internal.driftdiffusion.DriftDiffusionException;
import org.heterostack.engine.device.internal.driftdiffusion.DriftDiffusionSimulator;
import org.heterostack.engine.device.internal.driftdiffusion.Illumination;
import org.heterostack.engine.device.internal.driftdiffusion.NumericalOptions;
import org.heterostack.engine.device.internal.mapping.DeviceStackMapper;
import org.heterostack.engine.device.internal.mapping.MappedDevice;
import org.heterostack.engine.device.internal.mapping.TwoDBarriers;
import org.heterostack.engine.device.internal.twod.TwoDAssumptions;
import org.heterostack.engine.device.internal.photodetector.PhotodetectorModel;
import org.heterostack.model.Device;

/** Dark current of a device from a steady-state drift-diffusion dark J-V (ions relaxed at every voltage). */
final class DarkCurrentSimulation {

    /** Continuation step from 0 V to the bias, in V. */
    private static final double STEP_V = 0.05;

    private DarkCurrentSimulation() {
    }

    /**
     * @param device      the device (every drift-diffusion parameter needed)
     * @param biasV       the bias in V
     * @param assumptions what to assume about the device's 2D layers (the engine's twod_* settings)
     * @param notes       assumptions, appended
     * @return |Jdark| in A/m2
     * @throws EngineException if the mapping fails or the solver does not converge (naming the voltage)
     */
    static double darkCurrentAPerM2(Device device, double biasV, TwoDAssumptions assumptions, List<String> notes)
            throws EngineException {
        MappedDevice mapped = DeviceStackMapper.map(device, assumptions);
        notes.addAll(mapped.notes());
        DeviceStack dark = mapped.stack().withIllumination(Illumination.dark());
        int steps = Math.max(1, (int) Math.ceil(Math.abs(biasV) / STEP_V));
        double[] voltages = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            voltages[i] = biasV * i / steps;
        }
        try {
            JvCurve curve = new DriftDiffusionSimulator(dark, NumericalOptions.defaults()).steadyStateJv(voltages);
            notes.add("dark current from a steady-state drift-diffusion dark J-V of the stack (400 perovskite "
                    + "intervals, ions relaxed)");
            return PhotodetectorModel.darkCurrentDensityAPerM2(curve, biasV);
        } catch (DriftDiffusionException e) {
            String advice = TwoDBarriers.advice(mapped, assumptions);
            throw new EngineException("Dark drift-diffusion simulation of device '" + device.getName()
                    + "' did not converge: " + e.getMessage() + (advice.isEmpty() ? "" : "; " + advice), e);
        }
    }
}
