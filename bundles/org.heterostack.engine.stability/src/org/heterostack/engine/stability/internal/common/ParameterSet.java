package org.heterostack.engine.stability.internal.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable, ordered set of {@link Parameter}s. Every value can be changed ({@link #with}), which returns a new
 * set; unknown names are rejected so a typo in a setting never passes silently.
 */
public final class ParameterSet {

    private final Map<String, Parameter> byName;

    private ParameterSet(Map<String, Parameter> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** @return a set of the given parameters, in order; duplicate names are rejected */
    public static ParameterSet of(Collection<Parameter> parameters) {
        Map<String, Parameter> map = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            if (map.put(p.name(), p) != null) {
                throw new StabilityException("parameter set: duplicate parameter name " + p.name());
            }
        }
        return new ParameterSet(map);
    }

    /** @return the union of several sets (names must be disjoint) */
    public static ParameterSet union(ParameterSet... sets) {
        List<Parameter> all = new ArrayList<>();
        for (ParameterSet set : sets) {
            all.addAll(set.all());
        }
        return of(all);
    }

    /** @return the parameter called {@code name} */
    public Parameter get(String name) {
        Parameter p = byName.get(name);
        if (p == null) {
            throw new StabilityException("unknown parameter '" + name + "'; known: " + byName.keySet());
        }
        return p;
    }

    /** @return the current value of parameter {@code name}, in its unit */
    public double value(String name) {
        return get(name).value();
    }

    /** @return a set in which parameter {@code name} has the value {@code newValue} */
    public ParameterSet with(String name, double newValue) {
        Map<String, Parameter> copy = new LinkedHashMap<>(byName);
        copy.put(name, get(name).withValue(newValue));
        return new ParameterSet(copy);
    }

    /** @return a set with all given values changed (e.g. from the user's settings) */
    public ParameterSet withAll(Map<String, Double> values) {
        ParameterSet result = this;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }

    /** @return every parameter, in definition order */
    public List<Parameter> all() {
        return List.copyOf(byName.values());
    }

    /** @return true if the set defines a parameter of that name */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSet other && byName.equals(other.byName);
    }

    @Override
    public int hashCode() {
        return byName.hashCode();
    }

    @Override
    public String toString() {
        return "ParameterSet" + byName.values();
    }
}
