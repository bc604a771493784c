package org.heterostack.study.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.heterostack.model.Assignment;
import org.heterostack.model.AxisKind;
import org.heterostack.model.Candidate;
import org.heterostack.model.Study;
import org.heterostack.study.Axis;
import org.heterostack.study.StatePoint;
import org.heterostack.study.StudyException;

/**
 * The explicit candidates of a study. An assignment names an axis of the study (its value then means what the
 * axis's kind says) or, failing that, an attribute path from the base object.
 */
public final class ExplicitCandidates {

    private ExplicitCandidates() {
    }

    /**
     * @param study the study
     * @param axes  its expanded axes
     * @return its material axes with the values its explicit candidates assign (for the base hash)
     */
    public static List<Axis> materialAxes(Study study, List<Axis> axes) {
        List<Axis> materials = new ArrayList<>();
        for (Axis axis : axes) {
            if (axis.kind() == AxisKind.MATERIAL) {
                List<String> values = study.getCandidates().stream().flatMap(c -> c.getAssignments().stream())
                        .filter(a -> axis.name().equals(a.getPath()) && a.getValue() != null)
                        .map(a -> a.getValue().strip()).distinct().toList();
                if (!values.isEmpty()) {
                    materials.add(new Axis(axis.name(), axis.kind(), axis.path(), axis.unit(), values));
                }
            }
        }
        return materials;
    }

    /**
     * @param study    the study
     * @param axes     its expanded axes
     * @param baseHash the base content hash
     * @param where    the study, for messages
     * @return one state point per candidate
     * @throws StudyException naming a candidate with no or repeated assignments or an invalid value
     */
    public static List<StatePoint> of(Study study, List<Axis> axes, String baseHash, String where)
            throws StudyException {
        List<StatePoint> points = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Candidate candidate : study.getCandidates()) {
            String at = where + ", candidate '" + candidate.getName() + "'";
            if (!names.add(String.valueOf(candidate.getName()))) {
                throw new StudyException(at + ": two candidates have this name");
            }
            if (candidate.getAssignments().isEmpty()) {
                throw new StudyException(at + ": no assignments");
            }
            List<Axis> own = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (Assignment assignment : candidate.getAssignments()) {
                Axis axis = axes.stream().filter(a -> a.name().equals(assignment.getPath())).findFirst()
                        .orElseGet(() -> new Axis(assignment.getPath(), AxisKind.ATTRIBUTE, assignment.getPath(), "",
                                List.of()));
                if (own.stream().anyMatch(a -> a.key().equals(axis.key()))) {
                    throw new StudyException(at + ": '" + assignment.getPath() + "' is assigned twice");
                }
                try {
                    String value = AxisExpansion.canonical(axis.kind(), String.valueOf(assignment.getValue()));
                    own.add(new Axis(axis.name(), axis.kind(), axis.path(), axis.unit(), List.of(value)));
                    values.add(value);
                } catch (IllegalArgumentException e) {
                    throw new StudyException(at + ", '" + assignment.getPath() + "': " + e.getMessage(), e);
                }
            }
            points.add(new StatePoint(baseHash, List.copyOf(own), values.toArray(String[]::new)));
        }
        if (points.isEmpty()) {
            throw new StudyException(where + ": the combination is EXPLICIT but there are no candidates");
        }
        return points;
    }
}
