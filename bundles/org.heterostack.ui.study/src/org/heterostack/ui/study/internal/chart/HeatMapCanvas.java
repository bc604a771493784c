package org.heterostack.ui.study.internal.chart;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.heterostack.ui.study.internal.results.ResultTable;

/**
 * Draws a {@link HeatGrid}: one cell per pair of axis values coloured by {@link Viridis} from the lowest to the
 * highest value, the value written in the cell when it fits, cells without a value hatched grey; axis titles with
 * their units, the axis values as ticks (thinned out when they would overlap), and a colour bar with the metric and its
 * unit, five values along it and the hatched swatch of "no value" below.
 */
public final class HeatMapCanvas {

    private static final int MARGIN = 10;
    private static final int BAR = 18;

    private final Canvas canvas;
    private HeatGrid grid;
    private String title = "";
    private String xTitle = "";
    private String yTitle = "";
    private String metricTitle = "";

    /** @param parent where the canvas goes */
    public HeatMapCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
    }

    /**
     * Draws the highest value of a metric for each pair of values of two axes.
     *
     * @param table  the results (every row)
     * @param xAxis  the column along x
     * @param yAxis  the column along y, another than {@code xAxis}
     * @param metric the metric column
     */
    public void show(ResultTable table, int xAxis, int yAxis, int metric) {
        if (xAxis == yAxis) {
            clear("Choose two different axes");
            return;
        }
        grid = HeatGrid.of(table, xAxis, yAxis, metric);
        title = "Highest " + table.columns().get(metric) + " of the candidates of each " + table.columns().get(xAxis)
                + " and " + table.columns().get(yAxis);
        xTitle = table.header(xAxis);
        yTitle = table.header(yAxis);
        metricTitle = table.header(metric);
        canvas.redraw();
    }

    /**
     * Draws no grid, only a message.
     *
     * @param message what to say instead
     */
    public void clear(String message) {
        grid = null;
        title = message;
        canvas.redraw();
    }

    /** @return the grid drawn, null when none */
    public HeatGrid grid() {
        return grid;
    }

    /** @return the chart's title */
    public String title() {
        return title;
    }

    /** @return the canvas */
    public Canvas control() {
        return canvas;
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        int line = gc.getFontMetrics().getHeight();
        Point titleSize = gc.textExtent(title);
        gc.drawText(title, area.x + (area.width - titleSize.x) / 2, area.y + MARGIN / 2, true);
        if (grid == null || grid.xValues().isEmpty() || grid.yValues().isEmpty()) {
            return;
        }
        int yLabels = widest(gc, grid.yValues());
        int barLabels = widest(gc, ticks()) + 6;
        int left = area.x + MARGIN + line + 4 + yLabels + 6;
        int right = area.x + area.width - MARGIN - line - 2 - barLabels - BAR - 2 * MARGIN;
        int top = area.y + MARGIN + line + 6;
        int bottom = area.y + area.height - MARGIN - 2 * line - 10;
        if (right - left < 20 || bottom - top < 20) {
            return;
        }
        cells(gc, new Rectangle(left, top, right - left, bottom - top));
        xTicks(gc, left, right - left, bottom + 4);
        yTicks(gc, top, bottom - top, left - 6);
        gc.drawText(xTitle, left + (right - left - gc.textExtent(xTitle).x) / 2, bottom + line + 8, true);
        vertical(gc, yTitle, area.x + MARGIN, top + (bottom - top) / 2);
        colourBar(gc, right + 2 * MARGIN, top, Math.max(20, bottom - top - 2 * line - 8), line);
    }

    private void cells(GC gc, Rectangle plot) {
        int columns = grid.xValues().size();
        int rows = grid.yValues().size();
        double[] range = grid.range();
        boolean flat = ticks().size() < 5;
        for (int y = 0; y < rows; y++) {
            // the first value at the bottom, as on a chart's axis
            int y0 = plot.y + plot.height - (y + 1) * plot.height / rows;
            int y1 = plot.y + plot.height - y * plot.height / rows;
            for (int x = 0; x < columns; x++) {
                int x0 = plot.x + x * plot.width / columns;
                int x1 = plot.x + (x + 1) * plot.width / columns;
                Rectangle cell = new Rectangle(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
                double value = grid.cells()[y][x];
                if (Double.isNaN(value)) {
                    hatch(gc, cell);
                } else {
                    RGB rgb = Viridis.rgb(flat ? 0.5 : (value - range[0]) / (range[1] - range[0]));
                    Color colour = new Color(rgb);
                    gc.setBackground(colour);
                    gc.fillRectangle(cell);
                    label(gc, cell, ResultTable.format(value), rgb);
                }
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(plot);
    }

    /** Writes a cell's value in it when it fits, white on dark colours, black on light. */
    private void label(GC gc, Rectangle cell, String text, RGB background) {
        Point size = gc.textExtent(text);
        if (size.x + 4 > cell.width || size.y + 2 > cell.height) {
            return;
        }
        double luminance = 0.299 * background.red + 0.587 * background.green + 0.114 * background.blue;
        gc.setForeground(canvas.getDisplay().getSystemColor(luminance < 128 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
        gc.drawText(text, cell.x + (cell.width - size.x) / 2, cell.y + (cell.height - size.y) / 2, true);
    }

    /** Light grey with dark grey diagonal lines: no value. */
    private void hatch(GC gc, Rectangle cell) {
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        gc.fillRectangle(cell);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.setClipping(cell);
        for (int d = -cell.height; d < cell.width; d += 6) {
            gc.drawLine(cell.x + d, cell.y + cell.height, cell.x + d + cell.height, cell.y);
        }
        gc.setClipping((Rectangle) null);
    }

    private void xTicks(GC gc, int left, int width, int y) {
        List<String> values = grid.xValues();
        int step = step(gc, values, width);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (int i = 0; i < values.size(); i += step) {
            int centre = left + (2 * i + 1) * width / (2 * values.size());
            gc.drawText(values.get(i), centre - gc.textExtent(values.get(i)).x / 2, y, true);
        }
    }

    private void yTicks(GC gc, int top, int height, int right) {
        List<String> values = grid.yValues();
        int line = gc.getFontMetrics().getHeight();
        int step = Math.max(1, (int) Math.ceil((double) line * values.size() / height));
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (int i = 0; i < values.size(); i += step) {
            int centre = top + height - (2 * i + 1) * height / (2 * values.size());
            gc.drawText(values.get(i), right - gc.textExtent(values.get(i)).x, centre - line / 2, true);
        }
    }

    /** Every how many axis values a tick label fits beside the last without overlap. */
    private static int step(GC gc, List<String> values, int width) {
        int widest = widest(gc, values) + 8;
        return Math.max(1, (int) Math.ceil((double) widest * values.size() / width));
    }

    private void colourBar(GC gc, int x, int top, int height, int line) {
        for (int i = 0; i < height; i++) {
            Color colour = new Color(Viridis.rgb(1 - (double) i / (height - 1)));
            gc.setForeground(colour);
            gc.drawLine(x, top + i, x + BAR, top + i);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(x, top, BAR, height);
        List<String> ticks = ticks();
        for (int i = 0; i < ticks.size(); i++) {
            int y = top + height - 1 - i * (height - 1) / (ticks.size() - 1);
            gc.drawLine(x + BAR, y, x + BAR + 3, y);
            gc.drawText(ticks.get(i), x + BAR + 6, y - line / 2, true);
        }
        vertical(gc, metricTitle, x + BAR + widest(gc, ticks) + 6 + 2, top + height / 2);
        if (grid.missing() > 0) {
            Rectangle swatch = new Rectangle(x, top + height + 8, BAR, line);
            hatch(gc, swatch);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText("no value", x + BAR + 6, swatch.y, true);
        }
    }

    /** Five values evenly along the colour bar, the lowest first. */
    private List<String> ticks() {
        double[] range = grid == null ? new double[] { Double.NaN, Double.NaN } : grid.range();
        if (Double.isNaN(range[0])) {
            return List.of("", "");
        }
        List<String> ticks = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> ResultTable.format(range[0] + i * (range[1] - range[0]) / 4)).toList();
        // every cell the same value (to the digits shown): one tick, in the middle, as the cells' colour is
        return ticks.get(0).equals(ticks.get(4)) ? List.of("", ticks.get(0), "") : ticks;
    }

    /** Text turned a quarter anticlockwise, centred on a point (for the y axis's and the colour bar's titles). */
    private static void vertical(GC gc, String text, int x, int centreY) {
        Point size = gc.textExtent(text);
        Transform transform = new Transform(gc.getDevice());
        try {
            transform.translate(x, centreY + size.x / 2);
            transform.rotate(-90);
            gc.setTransform(transform);
            gc.drawText(text, 0, 0, true);
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    private static int widest(GC gc, List<String> texts) {
        return texts.stream().mapToInt(t -> gc.textExtent(t).x).max().orElse(0);
    }
}
