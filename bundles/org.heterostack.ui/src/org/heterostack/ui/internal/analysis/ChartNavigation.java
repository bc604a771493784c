package org.heterostack.ui.internal.analysis;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * Zoom and pan on a {@link SeriesChart}: the mouse wheel zooms both axes around the pointer, dragging with the left
 * button pans, a double-click returns to the chart's opening view. The plot's context menu offers the same ("Reset
 * View", "Show All Data") and takes further actions ({@link #menu()}).
 */
final class ChartNavigation {

    private final SeriesChart chart;
    private final MenuManager menu = new MenuManager();
    private int startX = -1;
    private int startY;
    private Range startXRange;
    private Range startYRange;

    ChartNavigation(SeriesChart chart) {
        this.chart = chart;
        Control plot = chart.control().getPlotArea().getControl();
        plot.addListener(SWT.MouseVerticalWheel, this::wheel);
        plot.addListener(SWT.MouseDown, this::down);
        plot.addListener(SWT.MouseMove, this::move);
        plot.addListener(SWT.MouseUp, e -> startX = -1);
        plot.addListener(SWT.MouseDoubleClick, e -> chart.resetView());
        menu.add(action("Reset View", "Back to the opening view (the power quadrant of a J-V curve)", chart::resetView));
        menu.add(action("Show All Data", "Scale the axes to every point", chart::showAllData));
        menu.add(new Separator("additions"));
        plot.setMenu(menu.createContextMenu(plot));
        plot.setToolTipText("Wheel: zoom; drag: pan; double-click: reset view");
        plot.addListener(SWT.Dispose, e -> menu.dispose());
    }

    /** @return the plot's context menu, for more actions */
    MenuManager menu() {
        return menu;
    }

    /**
     * Zooms both axes around a point of the plot.
     *
     * @param x      pixel column in the plot area
     * @param y      pixel row in the plot area
     * @param zoomIn in (true) or out
     */
    void zoom(int x, int y, boolean zoomIn) {
        zoom(chart.axes().get(0), x, zoomIn);
        zoom(chart.axes().get(1), y, zoomIn);
        chart.control().redraw();
    }

    private static void zoom(IAxis axis, int pixel, boolean zoomIn) {
        double at = axis.getDataCoordinate(pixel);
        if (zoomIn) {
            axis.zoomIn(at);
        } else {
            axis.zoomOut(at);
        }
    }

    private void wheel(Event e) {
        if (!chart.series().isEmpty() && e.count != 0) {
            zoom(e.x, e.y, e.count > 0);
        }
    }

    private void down(Event e) {
        if (e.button == 1 && !chart.series().isEmpty()) {
            startX = e.x;
            startY = e.y;
            startXRange = chart.axes().get(0).getRange();
            startYRange = chart.axes().get(1).getRange();
        }
    }

    private void move(Event e) {
        if (startX < 0 || (e.stateMask & SWT.BUTTON1) == 0) {
            return;
        }
        var size = chart.control().getPlotArea().getSize();
        double dx = (startX - e.x) * (startXRange.upper - startXRange.lower) / Math.max(1, size.x);
        double dy = (e.y - startY) * (startYRange.upper - startYRange.lower) / Math.max(1, size.y);
        chart.axes().get(0).setRange(new Range(startXRange.lower + dx, startXRange.upper + dx));
        chart.axes().get(1).setRange(new Range(startYRange.lower + dy, startYRange.upper + dy));
        chart.control().redraw();
    }

    private static Action action(String text, String tooltip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }
}
