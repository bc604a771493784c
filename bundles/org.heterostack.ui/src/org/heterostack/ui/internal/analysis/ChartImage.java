package org.heterostack.ui.internal.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.heterostack.model.io.AtomicFiles;

/**
 * A chart as a PNG picture for a slide: drawn again at {@value #WIDTH} x {@value #HEIGHT} pixels (a 16:10 slide's
 * width at 150 dpi) with fonts and lines sized for that picture, whatever the size of the chart on screen. The
 * chart on screen is left as it was.
 */
final class ChartImage {

    /** Width of the picture in pixels. */
    static final int WIDTH = 1800;
    /** Height of the picture in pixels. */
    static final int HEIGHT = 1125;

    private static final int TITLE_PT = 22;
    private static final int AXIS_TITLE_PT = 18;
    private static final int TEXT_PT = 15;
    private static final int LINE_WIDTH = 4;

    private ChartImage() {
    }

    /**
     * Writes the chart as PNG, atomically (a failed write leaves an existing file as it was).
     *
     * @param chart  the chart
     * @param target the file
     * @throws IOException if it cannot be written
     */
    static void png(SeriesChart chart, Path target) throws IOException {
        ImageData data = render(chart.control(), chart.title());
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        AtomicFiles.write(target, out -> loader.save(out, SWT.IMAGE_PNG));
    }

    /**
     * @param chart the chart
     * @param title its whole title (on screen it may be shortened)
     * @return the chart drawn at the picture's size
     */
    static ImageData render(Chart chart, String title) {
        Display display = chart.getDisplay();
        List<Runnable> restore = new ArrayList<>();
        List<Font> fonts = new ArrayList<>();
        Image image = new Image(display, WIDTH, HEIGHT);
        GC gc = new GC(image);
        try {
            restore.add(font(chart.getTitle().getFont(), TITLE_PT, chart.getTitle()::setFont, fonts));
            for (IAxis axis : List.of(chart.getAxisSet().getXAxis(0), chart.getAxisSet().getYAxis(0))) {
                restore.add(font(axis.getTitle().getFont(), AXIS_TITLE_PT, axis.getTitle()::setFont, fonts));
                restore.add(font(axis.getTick().getFont(), TEXT_PT, axis.getTick()::setFont, fonts));
            }
            restore.add(font(chart.getLegend().getFont(), TEXT_PT, chart.getLegend()::setFont, fonts));
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                if (series instanceof ILineSeries<?> line) {
                    int width = line.getLineWidth();
                    int symbol = line.getSymbolSize();
                    line.setLineWidth(LINE_WIDTH);
                    line.setSymbolSize(2 * symbol);
                    restore.add(() -> {
                        line.setLineWidth(width);
                        line.setSymbolSize(symbol);
                    });
                }
            }
            String shown = chart.getTitle().getText();
            chart.getTitle().setText(title);
            restore.add(() -> chart.getTitle().setText(shown));
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, WIDTH, HEIGHT);
            chart.printChart(gc, new Rectangle(0, 0, WIDTH, HEIGHT));
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
            restore.forEach(Runnable::run);
            fonts.forEach(Font::dispose);
            chart.updateLayout();
            chart.redraw();
        }
    }

    /** Sets a larger font of the same face; returns how to set the old one again. */
    private static Runnable font(Font old, int points, java.util.function.Consumer<Font> setter, List<Font> fonts) {
        FontData data = old.getFontData()[0];
        Font bigger = new Font(old.getDevice(), data.getName(), points, data.getStyle());
        fonts.add(bigger);
        setter.accept(bigger);
        return () -> setter.accept(old);
    }
}
