package org.heterostack.engine.photophysics.internal.empirical;

/**
 * One measured member of an n series.
 *
 * @param n     octahedral layers
 * @param value measured value (unit given by the series: eV for gaps, meV for binding energies)
 */
public record SeriesPoint(int n, double value) {
}
