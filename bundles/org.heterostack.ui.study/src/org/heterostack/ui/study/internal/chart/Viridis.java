package org.heterostack.ui.study.internal.chart;

import org.eclipse.swt.graphics.RGB;

/**
 * The viridis colour map (S. van der Walt and N. Smith, matplotlib 2.0, 2015): dark blue-violet for the lowest value
 * to yellow for the highest, lightness rising steadily, so that it reads the same in grey and to colour-blind eyes.
 * Ten equally spaced colours of the map (R's {@code viridis(10)}), interpolated linearly in between.
 */
public final class Viridis {

    private static final int[] STOPS = { 0x440154, 0x482878, 0x3e4a89, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779,
            0x6dcd59, 0xb4de2c, 0xfde725 };

    private Viridis() {
    }

    /**
     * @param fraction where a value lies between the lowest (0) and the highest (1); clamped
     * @return its colour
     */
    public static RGB rgb(double fraction) {
        double at = Math.max(0, Math.min(1, Double.isNaN(fraction) ? 0 : fraction)) * (STOPS.length - 1);
        int low = Math.min(STOPS.length - 2, (int) at);
        double t = at - low;
        return new RGB(mix(STOPS[low] >> 16, STOPS[low + 1] >> 16, t), mix(STOPS[low] >> 8, STOPS[low + 1] >> 8, t),
                mix(STOPS[low], STOPS[low + 1], t));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round((from & 0xff) * (1 - t) + (to & 0xff) * t);
    }
}
