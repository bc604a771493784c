package org.heterostack.study.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EEnum;
import org.heterostack.model.Architecture;
import org.heterostack.model.AxisKind;
import org.heterostack.model.AxisRange;
import org.heterostack.model.Orientation;
import org.heterostack.model.ParameterAxis;
import org.heterostack.model.Phase2D;
import org.heterostack.model.Placement;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.study.Axis;
import org.heterostack.study.StudyException;

/** Turns a {@link ParameterAxis} of the model into an {@link Axis}: its range expanded, its values canonical. */
public final class AxisExpansion {

    /** The largest number of values one range may produce. */
    public static final int MAX_RANGE_COUNT = 1_000_000;

    private AxisExpansion() {
    }

    /**
     * @param axis  the axis as written
     * @param where the study, for messages (e.g. {@code study 'spacers'})
     * @param explicit whether the study lists its candidates explicitly (its axes then need no values)
     * @return the expanded axis
     * @throws StudyException naming the axis and what is wrong with it
     */
    public static Axis expand(ParameterAxis axis, String where, boolean explicit) throws StudyException {
        String name = axis.getName();
        if (name == null || name.isBlank()) {
            throw new StudyException(where + ": an axis has no name");
        }
        String at = where + ", axis '" + name + "'";
        AxisKind kind = axis.isSetKind() ? axis.getKind() : AxisKind.ATTRIBUTE;
        if (kind == AxisKind.ATTRIBUTE && (axis.getPath() == null || axis.getPath().isBlank())) {
            throw new StudyException(at + ": an attribute axis needs a path");
        }
        List<String> raw = axis.isSetRange() && axis.getRange() != AxisRange.LIST ? range(axis, at) : axis.getValues();
        if (raw.isEmpty() && !explicit) {
            throw new StudyException(at + ": no values");
        }
        List<String> values = new ArrayList<>(raw.size());
        for (String value : raw) {
            try {
                values.add(canonical(kind, value));
            } catch (IllegalArgumentException e) {
                throw new StudyException(at + ": value '" + value + "': " + e.getMessage(), e);
            }
        }
        if (values.stream().distinct().count() < values.size()) {
            throw new StudyException(at + ": a value appears twice " + values);
        }
        return new Axis(name, kind, axis.getPath(), axis.getUnit(), values);
    }

    private static List<String> range(ParameterAxis axis, String at) throws StudyException {
        Double from = axis.getFrom();
        Double to = axis.getTo();
        Integer count = axis.getCount();
        if (from == null || to == null || count == null || count < 2 || count > MAX_RANGE_COUNT) {
            throw new StudyException(at + ": a " + axis.getRange().getLiteral() + " range needs from, to and a count "
                    + "of 2 to " + MAX_RANGE_COUNT);
        }
        boolean log = axis.getRange() == AxisRange.LOG;
        if (log && (from <= 0 || to <= 0)) {
            throw new StudyException(at + ": a LOG range needs positive from and to (" + from + ", " + to + ")");
        }
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double t = i / (double) (count - 1);
            double value = log ? from * Math.pow(to / from, t) : from + (to - from) * t;
            values.add(CanonicalValues.number(i == count - 1 ? to : value));
        }
        return values;
    }

    /**
     * @param kind  what an axis varies
     * @param value a value as written
     * @return its canonical text
     * @throws IllegalArgumentException when the value is not valid for the kind
     */
    public static String canonical(AxisKind kind, String value) {
        return switch (kind) {
            case ATTRIBUTE -> CanonicalValues.any(value);
            case MATERIAL -> nonEmpty(value);
            case N -> n(value);
            case NDISTRIBUTION -> CanonicalValues.nDistribution(value);
            case ORIENTATION -> literal(value, HeterostackPackage.Literals.ORIENTATION, Orientation.get(value.strip()
                    .toUpperCase(java.util.Locale.ROOT)) != null);
            case PLACEMENT -> literal(value, HeterostackPackage.Literals.PLACEMENT, Placement.get(value.strip()
                    .toUpperCase(java.util.Locale.ROOT)) != null);
            case ARCHITECTURE -> literal(value, HeterostackPackage.Literals.ARCHITECTURE, Architecture.get(value.strip()
                    .toUpperCase(java.util.Locale.ROOT)) != null);
            case PHASE -> literal(value, HeterostackPackage.Literals.PHASE2_D, Phase2D.get(value.strip()
                    .toUpperCase(java.util.Locale.ROOT)) != null);
        };
    }

    private static String nonEmpty(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("a material name is empty");
        }
        return value.strip();
    }

    private static String n(String value) {
        Double n = CanonicalValues.parseNumber(value);
        if (n == null || n < 1 || n != Math.rint(n) || n > 1000) {
            throw new IllegalArgumentException("n must be a whole number from 1 to 1000");
        }
        return CanonicalValues.number(n);
    }

    private static String literal(String value, EEnum type, boolean known) {
        if (!known) {
            throw new IllegalArgumentException("not one of " + type.getELiterals().stream().map(l -> l.getLiteral())
                    .toList());
        }
        return CanonicalValues.literal(value);
    }
}
