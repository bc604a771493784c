package org.heterostack.model.internal;

import java.math.BigDecimal;
import java.math.MathContext;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Candidate;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceInterface;
import org.heterostack.model.Electrode;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Layer;
import org.heterostack.model.NamedElement;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.ParameterAxis;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Reference;
import org.heterostack.model.Series;
import org.heterostack.model.Study;
import org.heterostack.model.TransportMaterial;
import org.heterostack.model.TwoDPhasePlacement;

/** How diagnostics name objects and numbers: "Layer 'ETL' of device 'cell'", "0.95". */
public final class Labels {

    private Labels() {
    }

    /**
     * A name for an object a scientist recognises: its kind and name, and where it sits when it is nested.
     *
     * @param object the object
     * @return e.g. {@code Perovskite 'CsFAMA'} or {@code Layer 'ETL' of device 'cell'}
     */
    public static String of(EObject object) {
        return switch (object) {
            case HeterostackModel model -> "The model";
            case Reference reference -> "Reference '" + shortened(reference.getKey()) + "'";
            case NamedElement named -> kind(named) + " '" + shortened(named.getName()) + "'";
            case Layer layer -> "Layer '" + shortened(layer.getName()) + "'" + inside(layer);
            case DeviceInterface face -> "Interface '" + interfaceName(face) + "'" + inside(face);
            case TwoDPhasePlacement placement -> "2D phase placement '" + placementName(placement) + "'"
                    + inside(placement);
            case Series series -> "Series '" + series.getKey() + "'" + inside(series);
            case ParameterAxis axis -> "Axis '" + axis.getName() + "'" + inside(axis);
            case Candidate candidate -> "Candidate '" + candidate.getName() + "'" + inside(candidate);
            default -> humanise(object.eClass().getName())
                    + (object.eContainer() == null ? "" : " of " + lower(of(object.eContainer())));
        };
    }

    /**
     * A number as a scientist would write it: up to 10 significant digits, no trailing zeros.
     *
     * @param value the number
     * @return e.g. {@code 0.95}, {@code 300}, {@code 1.0E24}
     */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e7)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    /**
     * A text short enough for a message: a long value is cut, saying how long it was.
     *
     * @param text any text, e.g. a value from a file
     * @return the text, or its first 60 characters followed by "... (N characters)"
     */
    public static String shortened(String text) {
        if (text == null || text.length() <= 80) {
            return text;
        }
        return text.substring(0, 60) + "... (" + text.length() + " characters)";
    }

    /**
     * The name of a feature as written in the file.
     *
     * @param feature the feature
     * @return its name
     */
    public static String feature(EStructuralFeature feature) {
        return feature.getName();
    }

    private static String kind(NamedElement named) {
        return switch (named) {
            case Perovskite3D p -> "Perovskite";
            case Perovskite2D p -> "2D perovskite";
            case OrganicCation c -> "Cation";
            case TransportMaterial t -> "Transport material";
            case Electrode e -> "Electrode";
            case Heterostructure h -> "Heterostructure";
            case Device d -> "Device";
            case Study s -> "Study";
            case AnalysisResult r -> "Result";
            default -> humanise(named.eClass().getName());
        };
    }

    private static String inside(EObject object) {
        EObject container = object.eContainer();
        return container == null || container instanceof HeterostackModel ? "" : " of " + lower(of(container));
    }

    private static String interfaceName(DeviceInterface face) {
        if (face.getName() != null) {
            return face.getName();
        }
        String lower = face.getLower() == null ? "?" : face.getLower().getName();
        String upper = face.getUpper() == null ? "?" : face.getUpper().getName();
        return lower + "/" + upper;
    }

    private static String placementName(TwoDPhasePlacement placement) {
        if (placement.getName() != null) {
            return placement.getName();
        }
        return placement.getPhase() == null ? "?" : placement.getPhase().getName();
    }

    /**
     * The label of an object for use inside a sentence ("... is already used by perovskite 'X'").
     *
     * @param object the object
     * @return its label starting with a lower-case letter, unless it starts with an acronym
     */
    public static String inSentence(EObject object) {
        return lower(of(object));
    }

    /** "Perovskite 'X'" -> "perovskite 'X'" when it follows "of"; keeps "2D" and acronyms. */
    private static String lower(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /** "OperatingConditions" -> "Operating conditions". */
    static String humanise(String className) {
        String spaced = className.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
