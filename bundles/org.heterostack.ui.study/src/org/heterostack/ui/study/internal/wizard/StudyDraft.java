package org.heterostack.ui.study.internal.wizard;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AxisKind;
import org.heterostack.model.AxisRange;
import org.heterostack.model.Device;
import org.heterostack.model.EnginePin;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Layer;
import org.heterostack.model.NamedElement;
import org.heterostack.model.ParameterAxis;
import org.heterostack.model.Study;

/**
 * What the New Study wizard has been told so far, and the {@link Study} it makes of it: a product of the chosen axes
 * (spacers from the library, an n range, orientations, placements, one numeric attribute by path over a linear or
 * logarithmic range) with each chosen engine pinned to its installed version. An engine that does not apply to the
 * base device but to the heterostructure of one of its layers is pointed at that heterostructure.
 */
public final class StudyDraft {

    /** The study name; the fields below are the page's choices (empty lists, 0 or blank: that axis is not varied). */
    String name = "";
    NamedElement base;
    final List<String> spacers = new ArrayList<>();
    int nFrom;
    int nTo;
    final List<String> orientations = new ArrayList<>();
    final List<String> placements = new ArrayList<>();
    String attributePath = "";
    String attributeUnit = "";
    double attributeFrom;
    double attributeTo;
    int attributeCount;
    boolean attributeLog;
    final List<IAnalysisEngine> engines = new ArrayList<>();

    /** @return a new study (not yet in any model) of the choices */
    public Study build() {
        HeterostackFactory f = HeterostackFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setName(name.strip());
        study.setBaseline(base);
        if (!spacers.isEmpty()) {
            study.getAxes().add(list(AxisKind.MATERIAL, "spacer", spacers));
        }
        if (nFrom > 0 && nTo >= nFrom) {
            List<String> ns = new ArrayList<>();
            for (int n = nFrom; n <= nTo; n++) {
                ns.add(Integer.toString(n));
            }
            study.getAxes().add(list(AxisKind.N, "n", ns));
        }
        if (!orientations.isEmpty()) {
            study.getAxes().add(list(AxisKind.ORIENTATION, "orientation", orientations));
        }
        if (!placements.isEmpty()) {
            study.getAxes().add(list(AxisKind.PLACEMENT, "placement", placements));
        }
        if (!attributePath.isBlank()) {
            ParameterAxis axis = f.createParameterAxis();
            String path = attributePath.strip();
            axis.setName(path.substring(path.lastIndexOf('.') + 1));
            axis.setKind(AxisKind.ATTRIBUTE);
            axis.setPath(path);
            axis.setUnit(attributeUnit.strip());
            axis.setRange(attributeLog ? AxisRange.LOG : AxisRange.LINEAR);
            axis.setFrom(attributeFrom);
            axis.setTo(attributeTo);
            axis.setCount(attributeCount);
            study.getAxes().add(axis);
        }
        for (IAnalysisEngine engine : engines) {
            EnginePin pin = f.createEnginePin();
            pin.setEngineId(engine.descriptor().id());
            pin.setVersion(engine.descriptor().version());
            pin.setTarget(target(engine));
            study.getEngines().add(pin);
        }
        return study;
    }

    private String target(IAnalysisEngine engine) {
        if (base == null || engine.appliesTo(base) || !(base instanceof Device device)) {
            return "";
        }
        for (Layer layer : device.getLayers()) {
            if (layer.getHeterostructure() != null && engine.appliesTo(layer.getHeterostructure())) {
                return "layers[" + layer.getName() + "].heterostructure";
            }
        }
        return "";
    }

    private static ParameterAxis list(AxisKind kind, String name, List<String> values) {
        ParameterAxis axis = HeterostackFactory.eINSTANCE.createParameterAxis();
        axis.setName(name);
        axis.setKind(kind);
        axis.getValues().addAll(values);
        return axis;
    }
}
