package org.heterostack.ui.study.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;
import org.heterostack.study.QueryResult;
import org.heterostack.ui.study.internal.chart.HeatGrid;
import org.heterostack.ui.study.internal.chart.Viridis;
import org.heterostack.ui.study.internal.results.ResultTable;
import org.junit.jupiter.api.Test;

/** The heat map's grid (the highest value per pair of axis values, none where no candidate has one) and colours. */
class HeatGridTest {

    @Test
    void eachCellHoldsTheHighestValueOfItsCandidatesAndNoneWhereThereIsNoValue() {
        List<List<Object>> rows = List.of(row("BA", 2L, 10.0), row("BA", 2L, 14.0), row("BA", 10L, 8.0),
                row("PEA", 2L, null), row("PEA", 1L, 12.5), row(null, 1L, 99.0));
        ResultTable table = ResultTable.of(new QueryResult(List.of("spacer", "n", "pce"), rows), Map.of("pce", "%"));
        HeatGrid grid = HeatGrid.of(table, 0, 1, 2);
        assertEquals(List.of("BA", "PEA"), grid.xValues());
        assertEquals(List.of("1", "2", "10"), grid.yValues(), "numbers in numeric order");
        assertArrayEquals(new double[] { Double.NaN, 12.5 }, grid.cells()[0]);
        assertArrayEquals(new double[] { 14.0, Double.NaN }, grid.cells()[1], "the failed PEA n = 2 has no value");
        assertArrayEquals(new double[] { 8.0, Double.NaN }, grid.cells()[2]);
        assertArrayEquals(new int[] { 2, 0 }, grid.counts()[1]);
        assertEquals(3, grid.missing());
        assertArrayEquals(new double[] { 8.0, 14.0 }, grid.range());
    }

    @Test
    void viridisRunsFromDarkVioletToYellowGettingLighter() {
        assertEquals(new RGB(0x44, 0x01, 0x54), Viridis.rgb(0));
        assertEquals(new RGB(0xfd, 0xe7, 0x25), Viridis.rgb(1));
        assertEquals(Viridis.rgb(1), Viridis.rgb(7), "clamped");
        double last = -1;
        for (int i = 0; i <= 100; i++) {
            RGB rgb = Viridis.rgb(i / 100.0);
            double luminance = 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue;
            assertTrue(luminance > last, "lighter at " + i + "%: " + rgb);
            last = luminance;
        }
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
