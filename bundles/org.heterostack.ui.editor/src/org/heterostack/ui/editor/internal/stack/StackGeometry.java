package org.heterostack.ui.editor.internal.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each slab of a stack is drawn: heights proportional to thickness (linear) or to log10(1 + thickness / 1 nm)
 * (logarithmic, so that a 5 nm cap and a 500 nm absorber both show), bottom slab at the bottom. Every slab gets at
 * least {@link #MIN_HEIGHT_PX} so that it can be seen and selected.
 */
public final class StackGeometry {

    /** The smallest height of a slab, in pixels. */
    public static final int MIN_HEIGHT_PX = 3;

    /** How thickness maps to height. */
    public enum Scale {
        /** Height proportional to thickness. */
        LINEAR,
        /** Height proportional to log10(1 + thickness / 1 nm). */
        LOGARITHMIC
    }

    /**
     * A slab's vertical extent.
     *
     * @param top    the top, in pixels
     * @param height the height, in pixels
     */
    public record Band(int top, int height) {
        /** @return the bottom, in pixels */
        public int bottom() {
            return top + height;
        }

        /** @return the middle, in pixels */
        public int middle() {
            return top + height / 2;
        }
    }

    private final Scale scale;
    private final List<Band> bands;
    private final double pixelsPerUnit;

    /**
     * Lays out slabs between {@code top} and {@code top + height}.
     *
     * @param slabs  bottom to top
     * @param scale  linear or logarithmic
     * @param top    the top of the drawing area, in pixels
     * @param height the height of the drawing area, in pixels
     */
    public StackGeometry(List<Slab> slabs, Scale scale, int top, int height) {
        this.scale = scale;
        double total = slabs.stream().mapToDouble(s -> weight(s.drawnThicknessNm())).sum();
        int free = Math.max(0, height - MIN_HEIGHT_PX * slabs.size());
        pixelsPerUnit = total > 0 ? free / total : 0;
        List<Band> laidOut = new ArrayList<>(slabs.size());
        double y = top + height;
        for (Slab slab : slabs) {
            double h = MIN_HEIGHT_PX + weight(slab.drawnThicknessNm()) * pixelsPerUnit;
            int bottom = (int) Math.round(y);
            y -= h;
            laidOut.add(new Band((int) Math.round(y), bottom - (int) Math.round(y)));
        }
        bands = List.copyOf(laidOut);
    }

    private double weight(double thicknessNm) {
        return scale == Scale.LINEAR ? thicknessNm : Math.log10(1 + thicknessNm);
    }

    /** @return the bands of the slabs, in the order of the slabs (bottom first) */
    public List<Band> bands() {
        return bands;
    }

    /**
     * The index of the slab at a height.
     *
     * @param y a height in pixels
     * @return the slab's index, or -1
     */
    public int slabAt(int y) {
        for (int i = 0; i < bands.size(); i++) {
            if (y >= bands.get(i).top() && y < bands.get(i).bottom()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The thickness a slab would have if it were drawn this high (the inverse of the layout, for dragging).
     *
     * @param heightPx a height in pixels
     * @return the thickness in nm, at least 0.1 nm
     */
    public double thicknessForHeight(int heightPx) {
        if (pixelsPerUnit <= 0) {
            return 0.1;
        }
        double weight = Math.max(0, heightPx - MIN_HEIGHT_PX) / pixelsPerUnit;
        double thickness = scale == Scale.LINEAR ? weight : Math.pow(10, weight) - 1;
        return Math.max(0.1, thickness);
    }
}
