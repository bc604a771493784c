package org.heterostack.ui.editor.internal;

import java.util.Locale;

import org.heterostack.model.DeviceInterface;
import org.heterostack.model.Electrode;
import org.heterostack.model.Layer;
import org.heterostack.model.MeasuredPerformance;
import org.heterostack.model.OperatingConditions;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.TransportMaterial;
import org.heterostack.model.TwoDPhasePlacement;
import org.heterostack.model.VoltageProtocol;
import org.heterostack.ui.editor.bridge.FeatureLabels;

/**
 * How the editor names model objects where the generated item providers' labels read poorly ("Perovskite2 D
 * BA2PbI4", "Operating Conditions AM1_5G"): "2D perovskite BA2PbI4", "Operating conditions, AM1.5G", and a layer with
 * its material and thickness. Other objects keep the item providers' labels.
 */
public final class ModelLabels {

    private ModelLabels() {
    }

    /**
     * @param object a model object
     * @return its label, or null to use the item provider's
     */
    public static String text(Object object) {
        return switch (object) {
            case Perovskite3D p -> "3D perovskite " + p.getName();
            case Perovskite2D p -> "2D perovskite " + p.getName();
            case OrganicCation c -> "Cation " + c.getName();
            case TransportMaterial t -> "Transport material " + t.getName();
            case Electrode e -> "Electrode " + e.getName();
            case Layer l -> layer(l);
            case DeviceInterface d -> "Interface " + (d.getName() != null ? d.getName()
                    : name(d.getLower()) + "/" + name(d.getUpper()));
            case TwoDPhasePlacement p -> "2D phase " + (p.getName() != null ? p.getName() : name(p.getPhase()))
                    + (p.getPlacement() == null ? "" : " at the "
                            + FeatureLabels.literal(p.getPlacement()).toLowerCase(Locale.ROOT));
            case OperatingConditions c -> "Operating conditions"
                    + (c.getSpectrum() == null ? "" : ", " + FeatureLabels.literal(c.getSpectrum()));
            case VoltageProtocol v -> "Voltage protocol";
            case MeasuredPerformance m -> "Measured performance";
            default -> null;
        };
    }

    private static String layer(Layer layer) {
        StringBuilder text = new StringBuilder("Layer ").append(layer.getName());
        String material = layer.getMaterial() == null ? null : layer.getMaterial().getName();
        Double thickness = layer.getThicknessNm();
        if (material != null || thickness != null) {
            text.append(" (");
            if (material != null) {
                text.append(material);
            }
            if (thickness != null) {
                text.append(material != null ? ", " : "").append(
                        new java.math.BigDecimal(thickness).round(new java.math.MathContext(4)).stripTrailingZeros()
                                .toPlainString()).append(" nm");
            }
            text.append(')');
        }
        return text.toString();
    }

    private static String name(Object object) {
        return switch (object) {
            case Layer l -> l.getName();
            case Perovskite2D p -> p.getName();
            case null -> "?";
            default -> String.valueOf(object);
        };
    }
}
