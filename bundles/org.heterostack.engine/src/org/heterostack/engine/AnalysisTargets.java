package org.heterostack.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.heterostack.model.HeterostackModel;
import org.heterostack.model.NamedElement;

/**
 * The objects of a model that hosts (the command line, the workbench) offer to engines when the user analyses a
 * whole model: its materials, then its heterostructures, then its devices, each in file order. An engine still
 * decides with {@link IAnalysisEngine#appliesTo} which of them it analyses.
 *
 * @since 0.3
 */
public final class AnalysisTargets {

    private AnalysisTargets() {
    }

    /**
     * @param model the model
     * @return its materials, heterostructures and devices, in that order (unmodifiable)
     */
    public static List<NamedElement> of(HeterostackModel model) {
        List<NamedElement> targets = new ArrayList<>(model.getMaterials());
        targets.addAll(model.getHeterostructures());
        targets.addAll(model.getDevices());
        return Collections.unmodifiableList(targets);
    }
}
