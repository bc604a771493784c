package org.heterostack.ui.editor.internal.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the label blocks beside the stack: each as close as possible to the middle of its slab, none overlapping
 * another, all within the drawing area (pushed down, then back up from the bottom if they run out of room).
 */
final class LabelColumn {

    private LabelColumn() {
    }

    /**
     * @param wantedTops the top each label would like, in the order the labels are drawn from top to bottom
     * @param heights    the height of each label
     * @param gap        the space between labels
     * @param top        the highest a label may start
     * @param bottom     the lowest a label may end
     * @return the tops of the labels
     */
    static List<Integer> place(List<Integer> wantedTops, List<Integer> heights, int gap, int top, int bottom) {
        int n = wantedTops.size();
        int[] tops = new int[n];
        int next = top;
        for (int i = 0; i < n; i++) {
            tops[i] = Math.max(wantedTops.get(i), next);
            next = tops[i] + heights.get(i) + gap;
        }
        int limit = bottom;
        for (int i = n - 1; i >= 0; i--) {
            if (tops[i] + heights.get(i) > limit) {
                tops[i] = limit - heights.get(i);
            }
            limit = tops[i] - gap;
        }
        if (n > 0 && tops[0] < top) { // not enough room: keep the top in view, let the bottom overlap
            next = top;
            for (int i = 0; i < n; i++) {
                tops[i] = Math.max(tops[i], next);
                next = tops[i] + heights.get(i) + gap;
            }
        }
        List<Integer> placed = new ArrayList<>(n);
        for (int t : tops) {
            placed.add(t);
        }
        return placed;
    }
}
