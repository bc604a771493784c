package org.heterostack.ui.editor.internal.band;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.heterostack.model.Device;
import org.heterostack.model.Electrode;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.Layer;
import org.heterostack.model.NamedElement;
import org.heterostack.ui.editor.internal.stack.SlabKind;

/**
 * The band edges of a device's layers from the model's effective values ({@code Layer.effectiveValue}: a layer's
 * own electron affinity and ionisation energy, else its material's, else its heterostructure film's); with one of
 * the two and the band gap,
 * the other is derived (IE = EA + Eg). Electrodes contribute their work function. Values the model does not have
 * are left unknown, never guessed.
 */
public final class BandDiagramModel {

    private BandDiagramModel() {
    }

    /**
     * @param device the device
     * @return one column per layer, bottom to top
     */
    public static List<BandColumn> of(Device device) {
        List<BandColumn> columns = new ArrayList<>();
        for (Layer layer : device.getLayers()) {
            columns.add(column(layer));
        }
        return columns;
    }

    private static BandColumn column(Layer layer) {
        SlabKind kind = SlabKind.of(layer);
        String name = String.valueOf(layer.getName());
        if (layer.getMaterial() instanceof Electrode electrode) {
            Double wf = electrode.getWorkFunctionEv();
            return new BandColumn(layer, name, kind, null, null, wf == null ? null : -wf,
                    wf == null ? "no work function" : "electrode '" + electrode.getName() + "'");
        }
        Value ea = value(layer, Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV);
        Value ie = value(layer, Literals.SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV);
        Value gap = value(layer, Literals.SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV);
        Double eaEv = ea == null ? null : ea.ev();
        Double ieEv = ie == null ? null : ie.ev();
        if (eaEv == null && ieEv != null && gap != null) {
            eaEv = ieEv - gap.ev();
        } else if (ieEv == null && eaEv != null && gap != null) {
            ieEv = eaEv + gap.ev();
        }
        String origin = ea != null ? ea.origin() : ie != null ? ie.origin() : "no band edges in the model";
        return new BandColumn(layer, name, kind, eaEv == null ? null : -eaEv, ieEv == null ? null : -ieEv, null,
                origin);
    }

    private record Value(double ev, String origin) {
    }

    private static Value value(Layer layer, EAttribute attribute) {
        Double value = layer.effectiveValue(attribute);
        if (value == null) {
            return null;
        }
        EObject holder = layer.effectiveValueHolder(attribute);
        String origin = holder == layer ? "layer '" + layer.getName() + "'"
                : holder instanceof NamedElement named ? "material '" + named.getName() + "'" : "the layer's film";
        return new Value(value, origin);
    }

    /**
     * The band alignment of two neighbouring layers (Anderson's rule on the vacuum-referenced edges).
     *
     * @param lower the layer below
     * @param upper the layer above
     * @return "I" (straddling: one gap inside the other), "II" (staggered) or "III" (broken gap), or null when an
     *         edge is unknown
     */
    public static String alignment(BandColumn lower, BandColumn upper) {
        if (!lower.hasEdges() || !upper.hasEdges()) {
            return null;
        }
        if (upper.evEv() > lower.ecEv() || lower.evEv() > upper.ecEv()) {
            return "III";
        }
        boolean upperInside = upper.ecEv() <= lower.ecEv() && upper.evEv() >= lower.evEv();
        boolean lowerInside = lower.ecEv() <= upper.ecEv() && lower.evEv() >= upper.evEv();
        return upperInside || lowerInside ? "I" : "II";
    }
}
