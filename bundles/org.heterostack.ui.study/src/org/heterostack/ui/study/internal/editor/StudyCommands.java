package org.heterostack.ui.study.internal.editor;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.heterostack.model.AxisKind;
import org.heterostack.model.AxisRange;
import org.heterostack.model.EnginePin;
import org.heterostack.model.Exclusion;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.ParameterAxis;
import org.heterostack.model.Study;

/**
 * The study page's edits as EMF commands on the editor's editing domain (so the editor's Undo, Redo, dirty state and
 * Save cover them): an attribute from the text typed in a cell, a constraint's conditions and an engine's settings
 * from their one-line text ({@link StudyText}), a new axis, constraint or engine pin, and removal.
 */
public final class StudyCommands {

    private StudyCommands() {
    }

    /**
     * @param domain    the editing domain
     * @param owner     an axis, constraint or engine pin
     * @param attribute one of its attributes
     * @param text      the new value as typed: a number, an enumeration literal (any case), a comma-separated list
     *                  for a list attribute; empty unsets an optional value
     * @return the command setting it
     * @throws IllegalArgumentException naming what cannot be read as the attribute's value
     */
    public static Command set(EditingDomain domain, EObject owner, EAttribute attribute, String text) {
        String value = text.strip();
        if (attribute.isMany()) {
            List<String> values = value.isEmpty() ? List.of()
                    : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return SetCommand.create(domain, owner, attribute, values);
        }
        if (value.isEmpty()) {
            if (attribute.getLowerBound() > 0) {
                throw new IllegalArgumentException(attribute.getName() + " cannot be empty");
            }
            return SetCommand.create(domain, owner, attribute, SetCommand.UNSET_VALUE);
        }
        return SetCommand.create(domain, owner, attribute, value(attribute, value));
    }

    private static Object value(EAttribute attribute, String text) {
        try {
            if (attribute.getEAttributeType() instanceof EEnum choices) {
                EEnumLiteral literal = choices.getELiterals().stream()
                        .filter(l -> l.getName().equalsIgnoreCase(text) || l.getLiteral().equalsIgnoreCase(text))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException(attribute.getName() + " is one of "
                                + choices.getELiterals().stream().map(EEnumLiteral::getName).toList()));
                return literal.getInstance();
            }
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type == Double.class || type == double.class) {
                return Double.valueOf(text);
            }
            if (type == Integer.class || type == int.class) {
                return Integer.valueOf(text);
            }
            return text;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(attribute.getName() + ": '" + text + "' is not a number");
        }
    }

    /**
     * @param domain    the editing domain
     * @param exclusion a constraint
     * @param text      its conditions, e.g. {@code spacer = BA and n <= 2}
     * @return the command replacing its conditions
     * @throws IllegalArgumentException naming the part that is not a condition
     */
    public static Command conditions(EditingDomain domain, Exclusion exclusion, String text) {
        return SetCommand.create(domain, exclusion, Literals.EXCLUSION__CONDITIONS, StudyText.conditions(text));
    }

    /**
     * @param domain the editing domain
     * @param pin    an engine pin
     * @param text   its settings, e.g. {@code temperatureK = 300}
     * @return the command replacing its settings
     * @throws IllegalArgumentException naming the part that is not a setting
     */
    public static Command settings(EditingDomain domain, EnginePin pin, String text) {
        List<EObject> entries = StudyText.settings(text).stream().map(StudyCommands::entry).toList();
        return SetCommand.create(domain, pin, Literals.ENGINE_PIN__SETTINGS, entries);
    }

    private static EObject entry(Map.Entry<String, String> setting) {
        EObject entry = EcoreUtil.create(Literals.SETTING_ENTRY);
        entry.eSet(Literals.SETTING_ENTRY__KEY, setting.getKey());
        entry.eSet(Literals.SETTING_ENTRY__VALUE, setting.getValue());
        return entry;
    }

    /**
     * @param domain the editing domain
     * @param study  the study
     * @param list   its axes, exclusions or engines
     * @return the command adding a new one at the end: an axis of numbers (a list to fill in), a constraint without
     *         conditions, a pin of no engine yet
     */
    public static Command add(EditingDomain domain, Study study, EReference list) {
        EObject added;
        if (list == Literals.STUDY__AXES) {
            ParameterAxis axis = HeterostackFactory.eINSTANCE.createParameterAxis();
            axis.setName("axis" + (study.getAxes().size() + 1));
            axis.setKind(AxisKind.ATTRIBUTE);
            axis.setRange(AxisRange.LIST);
            added = axis;
        } else if (list == Literals.STUDY__EXCLUSIONS) {
            Exclusion exclusion = HeterostackFactory.eINSTANCE.createExclusion();
            exclusion.setName("constraint" + (study.getExclusions().size() + 1));
            added = exclusion;
        } else if (list == Literals.STUDY__ENGINES) {
            EnginePin pin = HeterostackFactory.eINSTANCE.createEnginePin();
            pin.setEngineId("engine.id");
            added = pin;
        } else {
            throw new IllegalArgumentException(list.getName());
        }
        return AddCommand.create(domain, study, list, added);
    }

    /**
     * @param domain  the editing domain
     * @param study   the study
     * @param list    its axes, exclusions or engines
     * @param objects some of them
     * @return the command removing them
     */
    public static Command remove(EditingDomain domain, Study study, EReference list, Collection<?> objects) {
        return RemoveCommand.create(domain, study, list, objects);
    }
}
