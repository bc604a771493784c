package org.heterostack.engine.device.internal.driftdiffusion;

import org.heterostack.engine.device.internal.common.JvCurve;
import org.heterostack.engine.device.internal.common.SolarCellFigures;

/**
 * One recorded segment of a protocol.
 *
 * @param name segment name ("reverse", "forward", ...)
 * @param jv sampled J-V curve (mA/cm2, photocurrent positive) in time order
 * @param timeS sample times in s
 * @param figures Jsc, Voc, FF, PCE of the segment, or null if the curve has no power quadrant (dark)
 */
public record ScanResult(String name, JvCurve jv, double[] timeS, SolarCellFigures figures) {
}
