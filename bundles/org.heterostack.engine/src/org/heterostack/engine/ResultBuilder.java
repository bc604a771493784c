package org.heterostack.engine;

import java.util.List;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Message;
import org.heterostack.model.Quantity;
import org.heterostack.model.Series;
import org.heterostack.model.Severity;

/**
 * Where an engine reports what it found. Every number carries a unit; a number that is not finite is refused
 * (an engine that meets one must throw {@link EngineException} saying why).
 */
public final class ResultBuilder {

    /**
     * The most points a series may have: far more than any plot shows, few enough that no input can make a
     * result too large to store or draw.
     *
     * @since 0.4.0
     */
    public static final int MAX_SERIES_POINTS = 100_000;

    private final AnalysisResult result;

    /** @param result the result under construction (owned by the {@link AnalysisRunner}) */
    public ResultBuilder(AnalysisResult result) {
        this.result = result;
    }

    /**
     * Reports a quantity.
     *
     * @param key         stable key, documented in docs/cli.md (e.g. {@code tolerance_factor})
     * @param value       the value
     * @param unit        its unit ({@code "1"} for dimensionless)
     * @param description what it is, in a few words
     * @return this builder
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public ResultBuilder quantity(String key, double value, String unit, String description) {
        requireFinite(key, value);
        Quantity quantity = HeterostackFactory.eINSTANCE.createQuantity();
        quantity.setKey(key);
        quantity.setValue(value);
        quantity.setUnit(unit);
        quantity.setDescription(description);
        result.getQuantities().add(quantity);
        return this;
    }

    /**
     * Reports a data series y(x), e.g. a J-V curve or a band profile.
     *
     * @param key   stable key
     * @param xName name of x, e.g. "voltage"
     * @param xUnit unit of x
     * @param x     x values
     * @param yName name of y
     * @param yUnit unit of y
     * @param y     y values, as many as x
     * @return this builder
     * @throws IllegalArgumentException if the lengths differ, there are more than {@link #MAX_SERIES_POINTS} or a
     *                                  value is not finite
     */
    public ResultBuilder series(String key, String xName, String xUnit, double[] x, String yName, String yUnit,
            double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + key + "' has " + x.length + " x but " + y.length + " y values");
        }
        if (x.length > MAX_SERIES_POINTS) {
            throw new IllegalArgumentException("series '" + key + "' has " + x.length + " points; a result holds at "
                    + "most " + MAX_SERIES_POINTS + " per series");
        }
        Series series = HeterostackFactory.eINSTANCE.createSeries();
        series.setKey(key);
        series.setXName(xName);
        series.setXUnit(xUnit);
        series.setYName(yName);
        series.setYUnit(yUnit);
        for (int i = 0; i < x.length; i++) {
            requireFinite(key + "[" + i + "]", x[i]);
            requireFinite(key + "[" + i + "]", y[i]);
            series.getX().add(x[i]);
            series.getY().add(y[i]);
        }
        result.getSeries().add(series);
        return this;
    }

    /**
     * Reports a message (an assumption in force, a warning about the validity range, ...).
     *
     * @param severity INFO, WARNING or ERROR
     * @param text     the message
     * @return this builder
     */
    public ResultBuilder message(Severity severity, String text) {
        Message message = HeterostackFactory.eINSTANCE.createMessage();
        message.setSeverity(severity);
        message.setText(text);
        message.setSource(result.getEngineId());
        result.getMessages().add(message);
        return this;
    }

    /**
     * Adds publications this particular result relies on beyond the engine's own citations (e.g. the source of
     * a parameter set chosen in the settings).
     *
     * @param citations the citations
     * @return this builder
     */
    public ResultBuilder cite(List<String> citations) {
        citations.stream().filter(c -> !result.getProvenance().getCitations().contains(c))
                .forEach(result.getProvenance().getCitations()::add);
        return this;
    }

    private static void requireFinite(String key, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the engine produced " + value + " for '" + key + "'");
        }
    }
}
