package org.heterostack.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AxisCombination;
import org.heterostack.model.AxisKind;
import org.heterostack.model.EnginePin;
import org.heterostack.model.Exclusion;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.NamedElement;
import org.heterostack.model.ParameterAxis;
import org.heterostack.model.Study;
import org.heterostack.study.internal.AxisExpansion;
import org.heterostack.study.internal.BaseHash;
import org.heterostack.study.internal.ExplicitCandidates;
import org.heterostack.study.internal.ExclusionRule;
import org.heterostack.study.internal.ModelPath;
import org.heterostack.study.internal.PointApplier;
import org.heterostack.study.internal.WorkingCopies;

/**
 * A study made ready to run: its axes expanded, its candidate space, its engines resolved from their pins, the base
 * object's content hash that every candidate id includes. Planning checks everything that does not need an engine
 * run (paths, values, engines installed in the pinned versions, settings), so a run fails early with a clear message
 * instead of 100,000 times.
 */
public final class StudyPlan {

    private final String name;
    private final NamedElement base;
    private final List<Axis> axes;
    private final CandidateSpace space;
    private final List<PlannedEngine> engines;
    private final WorkingCopies copies;
    private final PointApplier applier;

    private StudyPlan(String name, NamedElement base, List<Axis> axes, CandidateSpace space,
            List<PlannedEngine> engines, MaterialCatalog catalog) {
        this.name = name;
        this.base = base;
        this.axes = axes;
        this.space = space;
        this.engines = engines;
        this.copies = new WorkingCopies(base);
        this.applier = new PointApplier(axes, fileThen(base, catalog));
    }

    /**
     * @param study   the study
     * @param engines where the pinned engines are found
     * @param catalog where material names the file lacks are found (e.g. the library)
     * @return the plan
     * @throws StudyException naming the study and what is wrong with it
     */
    public static StudyPlan of(Study study, EngineLookup engines, MaterialCatalog catalog) throws StudyException {
        String where = "study '" + study.getName() + "'";
        NamedElement base = study.getBaseline();
        if (base == null || base.eIsProxy()) {
            throw new StudyException(where + ": no base object (baseline)");
        }
        AxisCombination combination = study.isSetCombination() ? study.getCombination() : AxisCombination.PRODUCT;
        List<Axis> axes = new ArrayList<>();
        for (ParameterAxis axis : study.getAxes()) {
            axes.add(AxisExpansion.expand(axis, where, combination == AxisCombination.EXPLICIT));
        }
        checkDistinct(axes, where);
        try {
            new PointApplier(axes, catalog);
        } catch (IllegalArgumentException e) {
            throw new StudyException(where + ": " + e.getMessage(), e);
        }
        List<String> names = axes.stream().map(Axis::name).toList();
        List<ExclusionRule> exclusions = new ArrayList<>();
        for (Exclusion exclusion : study.getExclusions()) {
            exclusions.add(ExclusionRule.of(exclusion, names, where));
        }
        String baseHash = BaseHash.of(base, combination == AxisCombination.EXPLICIT
                ? ExplicitCandidates.materialAxes(study, axes) : axes, catalog);
        CandidateSpace space = combination == AxisCombination.EXPLICIT
                ? CandidateSpace.explicit(ExplicitCandidates.of(study, axes, baseHash, where), exclusions)
                : CandidateSpace.of(baseHash, axes, combination, exclusions);
        if (study.getEngines().isEmpty()) {
            throw new StudyException(where + ": no engines to run");
        }
        List<PlannedEngine> planned = new ArrayList<>();
        for (EnginePin pin : study.getEngines()) {
            planned.add(engine(pin, engines, base, where));
        }
        StudyPlan plan = new StudyPlan(study.getName(), base, List.copyOf(axes), space, List.copyOf(planned), catalog);
        plan.checkFirstCandidate(where);
        return plan;
    }

    private static MaterialCatalog fileThen(NamedElement base, MaterialCatalog catalog) {
        if (EcoreUtil.getRootContainer(base) instanceof HeterostackModel model) {
            MaterialCatalog file = MaterialCatalog.of(model.getMaterials());
            return name -> file.find(name).or(() -> catalog.find(name));
        }
        return catalog;
    }

    private static void checkDistinct(List<Axis> axes, String where) throws StudyException {
        for (int i = 0; i < axes.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (axes.get(i).name().equals(axes.get(j).name())) {
                    throw new StudyException(where + ": two axes are named '" + axes.get(i).name() + "'");
                }
                if (axes.get(i).key().equals(axes.get(j).key())) {
                    throw new StudyException(where + ": axes '" + axes.get(j).name() + "' and '" + axes.get(i).name()
                            + "' vary the same thing (" + axes.get(i).key() + ")");
                }
            }
        }
        if (axes.stream().anyMatch(a -> a.kind() == AxisKind.N)
                && axes.stream().anyMatch(a -> a.kind() == AxisKind.NDISTRIBUTION && a.path().isEmpty())) {
            throw new StudyException(where + ": an n axis and an n distribution axis vary the same 2D phase");
        }
    }

    private static PlannedEngine engine(EnginePin pin, EngineLookup engines, NamedElement base, String where)
            throws StudyException {
        String id = pin.getEngineId();
        String version = pin.getVersion() == null || pin.getVersion().isBlank() ? null : pin.getVersion().strip();
        String range = version == null ? null : version.matches("[\\[(].*") ? version : "[" + version + "," + version + "]";
        EngineSelector selector;
        try {
            selector = new EngineSelector(id == null ? "" : id, Optional.ofNullable(range));
        } catch (IllegalArgumentException e) {
            throw new StudyException(where + ", engine '" + id + "': version '" + version + "' is not an OSGi "
                    + "version or range", e);
        }
        IAnalysisEngine engine = engines.find(selector).orElseThrow(() -> new StudyException(where + ", engine '"
                + id + "'" + (version == null ? "" : " version " + version) + ": not installed"));
        Map<String, String> settings;
        try {
            settings = EngineSettings.resolve(id, engine.settings(), pin.getSettings().map()).asMap();
            return new PlannedEngine(engine, settings, pin.getTarget());
        } catch (IllegalArgumentException e) {
            throw new StudyException(where + ", engine '" + id + "': " + e.getMessage(), e);
        }
    }

    private void checkFirstCandidate(String where) throws StudyException {
        for (StatePoint point : space) {
            try {
                NamedElement copy = candidate(point);
                for (PlannedEngine engine : engines) {
                    target(copy, engine);
                }
            } catch (IllegalArgumentException e) {
                throw new StudyException(where + ", candidate " + point + ": " + e.getMessage(), e);
            }
            return;
        }
    }

    /** @return the study name */
    public String name() {
        return name;
    }

    /** @return the base object, in the user's model (never changed) */
    public NamedElement base() {
        return base;
    }

    /** @return the expanded axes */
    public List<Axis> axes() {
        return axes;
    }

    /** @return the candidates */
    public CandidateSpace space() {
        return space;
    }

    /** @return the engines, in pin order */
    public List<PlannedEngine> engines() {
        return engines;
    }

    /**
     * Builds a candidate's model: a working copy of the base object with the candidate's values applied.
     *
     * @param point the candidate
     * @return the copy of the base object
     * @throws IllegalArgumentException naming the axis whose value cannot be applied
     */
    public NamedElement candidate(StatePoint point) {
        NamedElement copy = copies.copy();
        applier.apply(copy, point);
        return copy;
    }

    /**
     * @param candidate a candidate's copy of the base object
     * @param engine    one of the plan's engines
     * @return the object the engine analyses
     * @throws IllegalArgumentException when the engine's target path leads to no named object
     */
    public static NamedElement target(NamedElement candidate, PlannedEngine engine) {
        if (engine.targetPath().isEmpty()) {
            return candidate;
        }
        if (!(ModelPath.parse(engine.targetPath()).object(candidate) instanceof NamedElement target)) {
            throw new IllegalArgumentException("engine " + engine.descriptor().id() + ": target '"
                    + engine.targetPath() + "' is not a named model object");
        }
        return target;
    }
}
