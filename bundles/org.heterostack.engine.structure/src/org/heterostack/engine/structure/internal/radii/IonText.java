package org.heterostack.engine.structure.internal.radii;

import java.util.Collection;
import java.util.stream.Collectors;

/** Ions with their charge as chemists write them: Pb2+, I-, O2-, MA+. */
public final class IonText {

    private IonText() {
    }

    /** e.g. {@code of("Pb", 2)} is {@code "Pb2+"}, {@code of("I", -1)} is {@code "I-"}. */
    public static String of(String ion, int oxidationState) {
        int size = Math.abs(oxidationState);
        return ion + (size == 1 ? "" : Integer.toString(size)) + (oxidationState > 0 ? "+" : "-");
    }

    /** e.g. {@code "Pb2+, Pb4+"}. */
    static String states(String ion, Collection<Integer> oxidationStates) {
        return oxidationStates.stream().map(n -> of(ion, n)).collect(Collectors.joining(", "));
    }
}
