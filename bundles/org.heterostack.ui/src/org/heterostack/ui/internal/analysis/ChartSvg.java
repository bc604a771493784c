package org.heterostack.ui.internal.analysis;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.heterostack.model.io.AtomicFiles;

/**
 * A chart as SVG, for slides and papers that scale it: the title, both axes with the chart's tick values, grid and
 * titles, every series (lines, or points for measured data) clipped to the plot, the legend, and for J-V curves the
 * marks of {@link JvMarkers} (zero axes, Jsc, Voc, MPP with its rectangle, the figures box). The axis ranges are those
 * on screen, so what is zoomed is what is written.
 */
final class ChartSvg {

    /** Width of the drawing in SVG user units (pixels at 100 %). */
    static final int WIDTH = 960;
    /** Height of the drawing. */
    static final int HEIGHT = 600;

    private static final int LEFT = 90;
    private static final int RIGHT = 160;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;
    private static final int FONT = 14;
    private static final int MARK = 5;

    private final StringBuilder svg = new StringBuilder();
    private final SeriesChart chart;
    private final Range x;
    private final Range y;
    private final int plotWidth = WIDTH - LEFT - RIGHT;
    private final int plotHeight = HEIGHT - TOP - BOTTOM;

    private ChartSvg(SeriesChart chart) {
        this.chart = chart;
        x = chart.axes().get(0).getRange();
        y = chart.axes().get(1).getRange();
    }

    /**
     * Writes the chart as SVG (UTF-8), atomically (a failed write leaves an existing file as it was).
     *
     * @param chart  the chart
     * @param target the file
     * @throws IOException if it cannot be written
     */
    static void write(SeriesChart chart, Path target) throws IOException {
        byte[] text = text(chart).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(text));
    }

    /** @return the chart as an SVG document */
    static String text(SeriesChart chart) {
        return new ChartSvg(chart).draw();
    }

    private String draw() {
        svg.append(String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                + "font-size=\"%d\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT, FONT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<clipPath id=\"plot\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
                + "</clipPath>%n", LEFT, TOP, plotWidth, plotHeight));
        text(WIDTH / 2.0, TOP / 2.0 + 6, "middle", "black", "font-size=\"18\" font-weight=\"bold\"",
                chart.title());
        axes();
        svg.append("<g clip-path=\"url(#plot)\">\n");
        if (!chart.markedCurves().isEmpty()) {
            line(px(0), TOP, px(0), TOP + plotHeight, "#555555", 1, null);
            line(LEFT, py(0), LEFT + plotWidth, py(0), "#555555", 1, null);
        }
        for (ISeries<?> series : chart.control().getSeriesSet().getSeries()) {
            series((ILineSeries<?>) series);
        }
        jvMarks();
        svg.append("</g>\n");
        figures();
        legend();
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void axes() {
        IAxis xAxis = chart.axes().get(0);
        IAxis yAxis = chart.axes().get(1);
        double[] xTicks = ticks(x);
        for (double v : xTicks) {
            line(px(v), TOP, px(v), TOP + plotHeight, "#cccccc", 1, "2,3");
            line(px(v), TOP + plotHeight, px(v), TOP + plotHeight + 5, "black", 1, null);
            text(px(v), TOP + plotHeight + 22, "middle", "black", "", number(v, xTicks));
        }
        double[] yTicks = ticks(y);
        for (double v : yTicks) {
            line(LEFT, py(v), LEFT + plotWidth, py(v), "#cccccc", 1, "2,3");
            line(LEFT - 5, py(v), LEFT, py(v), "black", 1, null);
            text(LEFT - 9, py(v) + 5, "end", "black", "", number(v, yTicks));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"black\"/>%n", LEFT, TOP, plotWidth, plotHeight));
        text(LEFT + plotWidth / 2.0, HEIGHT - 20, "middle", "black", "font-size=\"16\" font-weight=\"bold\"",
                xAxis.getTitle().getText());
        double cy = TOP + plotHeight / 2.0;
        text(24, cy, "middle", "black", String.format(Locale.ROOT, "font-size=\"16\" font-weight=\"bold\" "
                + "transform=\"rotate(-90 24 %.1f)\"", cy), yAxis.getTitle().getText());
    }

    private void series(ILineSeries<?> series) {
        double[] xs = series.getXSeries();
        double[] ys = series.getYSeries();
        String color = rgb(series.getLineColor());
        if (series.getLineStyle() == LineStyle.NONE) {
            for (int i = 0; i < xs.length; i++) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%d\" fill=\"%s\"/>%n",
                        px(xs[i]), py(ys[i]), MARK, color));
            }
            return;
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
            points.append(String.format(Locale.ROOT, "%.2f,%.2f ", px(xs[i]), py(ys[i])));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                + "stroke-linejoin=\"round\"/>%n", points.toString().strip(), color));
    }

    private void jvMarks() {
        List<JvMarkers.Curve> curves = chart.markedCurves();
        for (int i = 0; i < curves.size(); i++) {
            JvPoints p = curves.get(i).points();
            String color = rgb(curves.get(i).color());
            line(px(p.mppV()), py(p.mppMaPerCm2()), px(p.mppV()), py(0), color, 1, "1,3");
            line(px(p.mppV()), py(p.mppMaPerCm2()), px(0), py(p.mppMaPerCm2()), color, 1, "1,3");
            circle(px(0), py(p.jscMaPerCm2()), color);
            circle(px(p.vocV()), py(0), color);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
                    px(p.mppV()) - MARK, py(p.mppMaPerCm2()) - MARK, 2 * MARK, 2 * MARK, color));
            if (i == 0) {
                text(px(0) + 12, py(p.jscMaPerCm2()) - 8, "start", color, "", "Jsc");
                text(px(p.vocV()) + 7, py(0) + 20, "start", color, "", "Voc");
                text(px(p.mppV()) + 7, py(p.mppMaPerCm2()) - 8, "start", color, "", "MPP");
            }
        }
    }

    private void figures() {
        List<JvMarkers.Curve> curves = chart.markedCurves();
        if (curves.isEmpty()) {
            return;
        }
        int lineHeight = FONT + 4;
        int lines = 2 * curves.size();
        double left = Math.max(px(0), LEFT) + 14;
        double top = Math.min(py(0), TOP + plotHeight) - 14 - lines * lineHeight;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%d\" height=\"%d\" fill=\"white\" "
                + "stroke=\"#999999\"/>%n", left - 6, top - 4, 440, lines * lineHeight + 8));
        for (int i = 0; i < curves.size(); i++) {
            List<String> text = ChartText.figures(curves.get(i).points());
            String color = rgb(curves.get(i).color());
            text(left, top + (2 * i + 1) * lineHeight - 4, "start", color, "", curves.get(i).name() + ": " + text.get(0));
            text(left + 20, top + (2 * i + 2) * lineHeight - 4, "start", color, "", text.get(1));
        }
    }

    private void legend() {
        ISeries<?>[] all = chart.control().getSeriesSet().getSeries();
        double left = LEFT + plotWidth + 14;
        for (int i = 0; i < all.length; i++) {
            ILineSeries<?> series = (ILineSeries<?>) all[i];
            double cy = TOP + plotHeight / 2.0 + (i - all.length / 2.0) * (FONT + 8);
            String color = rgb(series.getLineColor());
            if (series.getLineStyle() == LineStyle.NONE) {
                circle(left + 12, cy - 5, color);
            } else {
                line(left, cy - 5, left + 24, cy - 5, color, 2, null);
            }
            text(left + 30, cy, "start", "black", "", series.getDescription());
        }
    }

    /** Tick values at a step of 1, 2 or 5 times a power of ten, about eight over the range. */
    static double[] ticks(Range range) {
        double raw = (range.upper - range.lower) / 8;
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return new double[] {range.lower};
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normal = raw / magnitude;
        double step = (normal < 1.5 ? 1 : normal < 3 ? 2 : normal < 7 ? 5 : 10) * magnitude;
        long first = (long) Math.ceil(range.lower / step - 1e-9);
        long last = (long) Math.floor(range.upper / step + 1e-9);
        double[] ticks = new double[(int) (last - first + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    private double px(double value) {
        return LEFT + (value - x.lower) / (x.upper - x.lower) * plotWidth;
    }

    private double py(double value) {
        return TOP + plotHeight - (value - y.lower) / (y.upper - y.lower) * plotHeight;
    }

    private void line(double x1, double y1, double x2, double y2, String color, int width, String dash) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" "
                + "stroke-width=\"%d\"%s/>%n", x1, y1, x2, y2, color, width,
                dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
    }

    private void circle(double cx, double cy, String color) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%d\" fill=\"none\" stroke=\"%s\" "
                + "stroke-width=\"2\"/>%n", cx, cy, MARK, color));
    }

    private void text(double tx, double ty, String anchor, String color, String attributes, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\" fill=\"%s\"%s>%s</text>%n",
                tx, ty, anchor, color, attributes.isEmpty() ? "" : " " + attributes, escape(content)));
    }

    /** A tick value with as many decimals as the tick step needs (rounding noise such as 2.8E-17 shows as 0). */
    private static String number(double value, double[] ticks) {
        double step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : Math.abs(value);
        int decimals = step > 0 ? Math.max(0, 1 - (int) Math.floor(Math.log10(step))) : 3;
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static String rgb(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
