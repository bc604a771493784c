package org.heterostack.study.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A path through a model, relative to a study's base object: features separated by dots, a many-valued feature
 * followed by {@code [index]} or {@code [key]}, where the key matches an element's name or any of its enumeration
 * values (so {@code layers[absorber]} is the layer whose role is ABSORBER). Examples:
 * {@code layers[absorber].thicknessNm}, {@code phases[0].phase.spacers}, {@code film.bandGapEv}.
 */
public final class ModelPath {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[([^\\]]+)\\])?");

    private record Segment(String feature, String key) {
    }

    /** Where a path ends: an object and one of its features. */
    public record End(EObject owner, EStructuralFeature feature) {
    }

    private final String text;
    private final List<Segment> segments;

    private ModelPath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    /**
     * @param text the path; empty for the base object itself
     * @return the parsed path
     * @throws IllegalArgumentException naming the segment that is not a feature name with an optional [key]
     */
    public static ModelPath parse(String text) {
        List<Segment> segments = new ArrayList<>();
        String trimmed = text == null ? "" : text.strip();
        if (!trimmed.isEmpty()) {
            for (String part : trimmed.split("\\.(?![^\\[]*\\])")) {
                Matcher matcher = SEGMENT.matcher(part);
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("'" + part + "' in path '" + trimmed
                            + "' is not a feature name with an optional [index or key]");
                }
                segments.add(new Segment(matcher.group(1), matcher.group(2)));
            }
        }
        return new ModelPath(trimmed, List.copyOf(segments));
    }

    /** @return whether the path is empty (the base object itself) */
    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /**
     * @param from the base object
     * @return the object the whole path leads to
     * @throws IllegalArgumentException naming the step that leads nowhere
     */
    public EObject object(EObject from) {
        EObject current = from;
        for (Segment segment : segments) {
            Object value = step(current, segment);
            if (!(value instanceof EObject next)) {
                throw new IllegalArgumentException("path '" + text + "': " + segment.feature() + " of "
                        + current.eClass().getName() + " is " + (value == null ? "not set" : "not an object"));
            }
            current = next;
        }
        return current;
    }

    /**
     * @param from the base object
     * @return the object before the last step and the last feature (which must be a single value or unkeyed)
     * @throws IllegalArgumentException when the path is empty or leads nowhere
     */
    public End end(EObject from) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("the path is empty");
        }
        Segment last = segments.get(segments.size() - 1);
        EObject owner = new ModelPath(text, segments.subList(0, segments.size() - 1)).object(from);
        if (last.key() != null) {
            throw new IllegalArgumentException("path '" + text + "' must end in a feature, not in [" + last.key() + "]");
        }
        return new End(owner, feature(owner, last.feature()));
    }

    private Object step(EObject current, Segment segment) {
        EStructuralFeature feature = feature(current, segment.feature());
        Object value = current.eGet(feature);
        if (segment.key() == null) {
            return value;
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("path '" + text + "': " + segment.feature() + " of "
                    + current.eClass().getName() + " holds one value, [" + segment.key() + "] needs a list");
        }
        if (segment.key().matches("\\d+")) {
            int index = Integer.parseInt(segment.key());
            if (index >= list.size()) {
                throw new IllegalArgumentException("path '" + text + "': " + segment.feature() + " has "
                        + list.size() + " elements, no [" + index + "]");
            }
            return list.get(index);
        }
        for (Object element : list) {
            if (element instanceof EObject object && matches(object, segment.key())) {
                return object;
            }
        }
        throw new IllegalArgumentException("path '" + text + "': no element of " + segment.feature()
                + " is named or has the value '" + segment.key() + "'");
    }

    private EStructuralFeature feature(EObject object, String name) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
        if (feature == null || feature instanceof EReference reference && reference.isContainer()) {
            throw new IllegalArgumentException("path '" + text + "': " + object.eClass().getName() + " has no "
                    + "feature '" + name + "'");
        }
        return feature;
    }

    private static boolean matches(EObject object, String key) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            Object value = object.eGet(attribute);
            if ("name".equals(attribute.getName()) && key.equals(value)) {
                return true;
            }
            if (value instanceof Enumerator literal && literal.getLiteral().equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
