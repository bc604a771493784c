package org.heterostack.study;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.heterostack.study.internal.Sha256;

/**
 * One candidate of a study: a value for each axis. Its {@link #id()} hashes the canonical state point, that is
 * the base object's content hash and the (axis key, value) pairs sorted by key: the same candidate has the same id
 * on every run and machine, whatever the order of the axes or of the attributes in the file, and any change of a
 * value or of the base object gives another id.
 */
public final class StatePoint {

    private final String baseHash;
    private final List<Axis> axes;
    private final String[] values;
    private String id;

    /**
     * @param baseHash content hash of the base object
     * @param axes     the axes
     * @param values   one canonical value per axis, in the same order
     */
    public StatePoint(String baseHash, List<Axis> axes, String[] values) {
        if (axes.size() != values.length) {
            throw new IllegalArgumentException(axes.size() + " axes but " + values.length + " values");
        }
        this.baseHash = baseHash;
        this.axes = axes;
        this.values = values.clone();
    }

    /** @return the axes, in study order */
    public List<Axis> axes() {
        return axes;
    }

    /**
     * @param index an axis index
     * @return the canonical value of that axis
     */
    public String value(int index) {
        return values[index];
    }

    /**
     * @param axisName an axis name
     * @return its value, or null when the candidate has no such axis
     */
    public String value(String axisName) {
        for (int i = 0; i < values.length; i++) {
            if (axes.get(i).name().equals(axisName)) {
                return values[i];
            }
        }
        return null;
    }

    /** @return the values by axis name, in study order */
    public Map<String, String> byName() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(axes.get(i).name(), values[i]);
        }
        return map;
    }

    /** @return the candidate id: 64 hexadecimal digits */
    public String id() {
        if (id == null) {
            Integer[] order = new Integer[values.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> axes.get(a).key().compareTo(axes.get(b).key()));
            Sha256 hash = new Sha256().line("heterostack candidate 1").line("base " + baseHash);
            for (int i : order) {
                hash.line(axes.get(i).key() + "=" + values[i]);
            }
            id = hash.hex();
        }
        return id;
    }

    @Override
    public String toString() {
        return byName().toString();
    }
}
