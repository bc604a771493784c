package org.heterostack.study;

import java.util.List;
import java.util.Objects;

import org.heterostack.model.AxisKind;

/**
 * One axis of a study, expanded: what it varies and its values in canonical text (numbers written one way,
 * enumeration literals in capitals, n distributions sorted by n), so that equal values are equal strings.
 *
 * @param name   the axis name, unique within the study; queries and exclusions use it
 * @param kind   what the axis varies
 * @param path   the path from the base object (may be empty)
 * @param unit   the unit of the values (may be empty)
 * @param values the canonical values, at least one
 */
public record Axis(String name, AxisKind kind, String path, String unit, List<String> values) {

    /** Checks the parts and copies the values. */
    public Axis {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        path = path == null ? "" : path;
        unit = unit == null ? "" : unit;
        values = List.copyOf(values);
    }

    /**
     * What the axis sets, independent of its name: the state point is keyed by it, so renaming an axis keeps the
     * candidate ids while a different path gives different ones.
     *
     * @return e.g. {@code layers[absorber].thicknessNm} or {@code material:phases[0].phase.spacers}
     */
    public String key() {
        return kind == AxisKind.ATTRIBUTE ? path : kind.getLiteral().toLowerCase(java.util.Locale.ROOT) + ":" + path;
    }
}
