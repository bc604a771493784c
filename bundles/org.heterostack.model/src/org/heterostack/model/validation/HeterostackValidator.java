package org.heterostack.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceInterface;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.ValueSource;
import org.heterostack.model.internal.Labels;

/**
 * The validator of the Heterostack package: EMF's structural constraints plus the scientific rules of
 * Heterostack. Every diagnostic names the object (by name) and the attribute, e.g.
 * {@code Perovskite 'CsFAMA': A-site fractions sum to 0.95, not 1 (within 1e-6)}; its data are the object and
 * the feature, its code one of the constants below.
 */
public class HeterostackValidator extends EObjectValidator {

    /** The shared instance, registered for the Heterostack package. */
    public static final HeterostackValidator INSTANCE = new HeterostackValidator();

    /** Source of the diagnostics of this validator. */
    public static final String DIAGNOSTIC_SOURCE = "org.heterostack.model";

    /** The fractions of a site do not sum to 1. */
    public static final int SITE_FRACTION_SUM = 1;
    /** A site that must be occupied is empty. */
    public static final int SITE_EMPTY = 2;
    /** A fraction lies outside 0..1. */
    public static final int FRACTION_RANGE = 3;
    /** An n phase with n &lt; 1. */
    public static final int N_BELOW_ONE = 4;
    /** The n-phase fractions do not sum to 1. */
    public static final int N_FRACTION_SUM = 5;
    /** A 2D perovskite without n phases. */
    public static final int N_MISSING = 6;
    /** The same n twice (warning). */
    public static final int N_DUPLICATE = 7;
    /** A spacer's charge does not fit the phase (warning). */
    public static final int SPACER_CHARGE = 8;
    /** A transport layer on the wrong side of the absorber for the architecture. */
    public static final int STACK_ORDER = 9;
    /** A device without absorber or emitter (warning). */
    public static final int NO_ACTIVE_LAYER = 10;
    /** Ionisation energy not above electron affinity. */
    public static final int LEVEL_ORDER = 11;
    /** A reference that does not resolve within the file. */
    public static final int UNRESOLVED_REFERENCE = 12;
    /** A value source naming no attribute. */
    public static final int SOURCE_FEATURE = 13;
    /** A name used twice. */
    public static final int DUPLICATE_NAME = 14;
    /** An interface between layers that are not adjacent or not in the device. */
    public static final int INTERFACE_LAYERS = 15;
    /** A value outside its physical range (thickness &lt;= 0, negative density, percentage above 100...). */
    public static final int VALUE_RANGE = 16;
    /** A series whose x and y differ in length. */
    public static final int SERIES_SHAPE = 17;
    /** A voltage protocol whose scan range is empty. */
    public static final int SCAN_RANGE = 18;
    /** A required feature is not set. */
    public static final int REQUIRED = 19;
    /** A name that cannot serve as identifier (empty, spaces, '#'). */
    public static final int NAME_SYNTAX = 20;
    /** An n of a 2D phase above {@link #MAX_N}. @since 0.2.0 */
    public static final int N_TOO_LARGE = 21;
    /** A voltage scan wider than {@link #MAX_SCAN_SPAN_V}. @since 0.2.0 */
    public static final int SCAN_SPAN = 22;

    /** The widest voltage scan in V: wider than any solar cell, LED or photodetector is measured over. */
    public static final double MAX_SCAN_SPAN_V = 20;

    /**
     * The largest n of a 2D phase a model may hold: confinement fades with n (the gap of n = 5 is already within
     * about 0.1 eV of the 3D value, Blancon et al., Nat. Commun. 9, 2254 (2018)), so a thicker slab is modelled as
     * a 3D perovskite. The bound also keeps every n-resolved series an engine builds small.
     */
    public static final int MAX_N = 20;

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean structural = super.validate(eClass, object, diagnostics, context);
        if (!structural && diagnostics == null) {
            return false;
        }
        Report report = new Report(diagnostics);
        switch (object) {
            case HeterostackModel model -> ReferenceRules.uniqueNames(model, report);
            case Perovskite3D perovskite -> CompositionRules.check(perovskite, report);
            case Perovskite2D perovskite -> CompositionRules.check(perovskite, report);
            case Device device -> DeviceRules.check(device, report);
            case DeviceInterface face -> DeviceRules.check(face, report);
            case ValueSource source -> ReferenceRules.source(source, report);
            default -> {
                // only the generic rules below
            }
        }
        ValueRules.check(object, report);
        ReferenceRules.crossReferences(object, report);
        return structural && report.valid();
    }

    /** A required feature that is not set, named like every other Heterostack diagnostic. */
    @Override
    protected boolean validate_MultiplicityConforms(EObject object, EStructuralFeature feature,
            DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (feature.getLowerBound() > 0 && !feature.isMany() && !object.eIsSet(feature)) {
            new Report(diagnostics).error(REQUIRED, object, feature,
                    Labels.of(object) + ": " + feature.getName() + " is required but not set");
            return false;
        }
        if (feature.getLowerBound() > 0 && feature.isMany() && ((java.util.List<?>) object.eGet(feature)).isEmpty()) {
            new Report(diagnostics).error(REQUIRED, object, feature,
                    Labels.of(object) + ": " + feature.getName() + " needs at least one entry");
            return false;
        }
        return super.validate_MultiplicityConforms(object, feature, diagnostics, context);
    }

    /** Replaced by the file-wide name rule, which names both elements. */
    @Override
    public boolean validate_UniqueID(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    /** Replaced by the reference rule, which says which attribute refers to what. */
    @Override
    public boolean validate_EveryProxyResolves(EObject object, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    /** Replaced by the reference rule ("... which is not in this file"). */
    @Override
    public boolean validate_EveryReferenceIsContained(EObject object, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    /** Replaced by the device rule on layer names. */
    @Override
    public boolean validate_EveryKeyUnique(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
