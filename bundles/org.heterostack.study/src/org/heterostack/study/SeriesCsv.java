package org.heterostack.study;

import java.util.Locale;

import org.heterostack.model.Series;

/**
 * A data series as comma-separated values for spreadsheets and plotting tools: a header naming both columns with
 * their units ({@code voltage (V),current density (mA/cm2)}), then one x,y row per point, numbers in full
 * precision with a dot as decimal separator. Names containing a comma or a quote are quoted (RFC 4180).
 *
 * (Moved here from the model bundle's {@code org.heterostack.model.io}.)
 */
public final class SeriesCsv {

    private SeriesCsv() {
    }

    /**
     * @param series a series
     * @return its CSV text, lines ending in {@code \n}
     * @throws IllegalArgumentException if x and y differ in length
     */
    public static String write(Series series) {
        if (series.getX().size() != series.getY().size()) {
            throw new IllegalArgumentException("series '" + series.getKey() + "' has " + series.getX().size()
                    + " x values but " + series.getY().size() + " y values");
        }
        StringBuilder csv = new StringBuilder();
        csv.append(column(series.getXName(), series.getXUnit())).append(',')
                .append(column(series.getYName(), series.getYUnit())).append('\n');
        for (int i = 0; i < series.getX().size(); i++) {
            csv.append(number(series.getX().get(i))).append(',').append(number(series.getY().get(i))).append('\n');
        }
        return csv.toString();
    }

    private static String column(String name, String unit) {
        String header = (name == null ? "" : name) + (unit == null || unit.isEmpty() ? "" : " (" + unit + ")");
        return header.contains(",") || header.contains("\"") ? '"' + header.replace("\"", "\"\"") + '"' : header;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
