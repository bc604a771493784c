package org.heterostack.model.validation;

import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.SemiconductorParameters;
import org.heterostack.model.Series;
import org.heterostack.model.VoltageProtocol;
import org.heterostack.model.internal.Labels;

/** Rules on single values: signs and ranges of physical quantities, level ordering, series shapes. */
final class ValueRules {

    /** Magnitudes that are only meaningful when strictly positive. */
    private static final Set<String> POSITIVE = Set.of("thicknessNm", "filmThicknessNm", "temperatureK",
            "latticeParameterAngstrom", "lengthAngstrom", "interlayerSpacingAngstrom", "relativePermittivity",
            "conductionBandDosPerM3", "valenceBandDosPerM3", "electronMobilityCm2PerVs", "holeMobilityCm2PerVs",
            "electronDiffusivityM2PerS", "holeDiffusivityM2PerS", "electronSrhLifetimeNs", "holeSrhLifetimeNs",
            "scanRateVPerS", "wavelengthNm", "peakWavelengthNm", "activeAreaCm2", "bandGapEv",
            "ionisationEnergyEv", "workFunctionEv", "ionDiffusivityPrefactorM2PerS", "rampTimeS");

    /** Densities, rates and coefficients that may be zero but never negative. */
    private static final Set<String> NON_NEGATIVE = Set.of("donorDensityPerM3", "acceptorDensityPerM3",
            "radiativeCoefficientM3PerS", "augerElectronCoefficientM6PerS", "augerHoleCoefficientM6PerS",
            "absorptionCoefficientPerM", "mobileIonDensityPerM3", "ionActivationEnergyEv", "electronAffinityEv",
            "electronRecombinationVelocityMPerS", "holeRecombinationVelocityMPerS", "intensitySuns",
            "photonFluxPerM2S", "ligandArealDensityPerNm2", "excitonBindingEnergyMeV", "sheetResistanceOhmPerSq",
            "preconditioningTimeS", "t80Hours", "jscMAPerCm2", "halogenCount");

    /** Percentages. */
    private static final Set<String> PERCENT = Set.of("pcePercent", "fillFactorPercent", "eqePercent");

    /** Fractions. */
    private static final Set<String> FRACTION = Set.of("coverageFraction");

    private ValueRules() {
    }

    static void check(EObject object, Report report) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isMany() || attribute.isDerived() || !(object.eGet(attribute) instanceof Number number)) {
                continue;
            }
            double value = number.doubleValue();
            String name = attribute.getName();
            String rule = null;
            if (POSITIVE.contains(name) && !(value > 0)) {
                rule = "> 0";
            } else if (NON_NEGATIVE.contains(name) && !(value >= 0)) {
                rule = ">= 0";
            } else if (PERCENT.contains(name) && !(value >= 0 && value <= 100)) {
                rule = "within 0..100";
            } else if (FRACTION.contains(name) && !(value >= 0 && value <= 1)) {
                rule = "within 0..1";
            }
            if (rule != null) {
                report.error(HeterostackValidator.VALUE_RANGE, object, attribute, Labels.of(object) + ": " + name
                        + " is " + Labels.number(value) + ", it must be " + rule);
            }
        }
        if (object instanceof SemiconductorParameters parameters) {
            levels(parameters, report);
        }
        if (object instanceof Series series) {
            series(series, report);
        }
        if (object instanceof VoltageProtocol protocol) {
            scanRange(protocol, report);
        }
    }

    private static void levels(SemiconductorParameters parameters, Report report) {
        Double ie = parameters.getIonisationEnergyEv();
        Double ea = parameters.getElectronAffinityEv();
        if (ie != null && ea != null && !(ie > ea)) {
            report.error(HeterostackValidator.LEVEL_ORDER, parameters,
                    Literals.SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV,
                    Labels.of(parameters) + ": ionisationEnergyEv (" + Labels.number(ie)
                            + ") must be greater than electronAffinityEv (" + Labels.number(ea) + ")");
        }
    }

    private static void series(Series series, Report report) {
        if (series.getX().size() != series.getY().size()) {
            report.error(HeterostackValidator.SERIES_SHAPE, series, Literals.SERIES__Y, Labels.of(series) + ": x has "
                    + series.getX().size() + " values but y has " + series.getY().size());
        }
    }

    private static void scanRange(VoltageProtocol protocol, Report report) {
        if (!(protocol.getScanHighV() > protocol.getScanLowV())) {
            report.error(HeterostackValidator.SCAN_RANGE, protocol, Literals.VOLTAGE_PROTOCOL__SCAN_HIGH_V,
                    Labels.of(protocol) + ": scanHighV (" + Labels.number(protocol.getScanHighV())
                            + ") must be greater than scanLowV (" + Labels.number(protocol.getScanLowV()) + ")");
        } else if (protocol.getScanHighV() - protocol.getScanLowV() > HeterostackValidator.MAX_SCAN_SPAN_V) {
            report.error(HeterostackValidator.SCAN_SPAN, protocol, Literals.VOLTAGE_PROTOCOL__SCAN_HIGH_V,
                    Labels.of(protocol) + ": the scan from " + Labels.number(protocol.getScanLowV()) + " V to "
                            + Labels.number(protocol.getScanHighV()) + " V is wider than "
                            + Labels.number(HeterostackValidator.MAX_SCAN_SPAN_V) + " V");
        }
    }
}
