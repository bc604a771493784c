package org.heterostack.engine.photophysics.internal.engines;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.photophysics.internal.alignment.Alignment;
import org.heterostack.engine.photophysics.internal.alignment.Architecture;
import org.heterostack.engine.photophysics.internal.alignment.BandAlignment;
import org.heterostack.engine.photophysics.internal.alignment.ExtractionAssessment;
import org.heterostack.engine.photophysics.internal.alignment.ExtractionRules;
import org.heterostack.engine.photophysics.internal.alignment.Interface;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.heterostack.engine.photophysics.internal.dipole.InterfaceDipole;
import org.heterostack.engine.photophysics.internal.mapping.Labels;
import org.heterostack.engine.photophysics.internal.mapping.StackEntry;
import org.heterostack.engine.photophysics.internal.mapping.TwoDPhases;
import org.heterostack.engine.photophysics.internal.tunnelling.OrganicBarrier;
import org.heterostack.engine.photophysics.internal.tunnelling.WkbTunnelling;
import org.heterostack.model.Device;
import org.heterostack.model.InterfaceDescriptor;
import org.heterostack.model.NamedElement;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.Severity;
import org.heterostack.model.TwoDPhasePlacement;

/** Reports of the interfaces of a stack: alignment, architecture verdicts, dipole steps and tunnelling. */
final class Interfaces {

    private Interfaces() {
    }

    /** Band edges of every stack layer, alignment of every interface and the verdicts next to the absorber. */
    static void report(NamedElement target, List<StackEntry> stack, EngineSettings settings, ResultBuilder result)
            throws EngineException {
        Set<String> keys = new HashSet<>();
        for (StackEntry e : stack) {
            if (!(target instanceof Perovskite2D) && e.edges() != null && keys.add(e.key())) {
                result.quantity("cbm_" + e.key(), e.edges().ecEv(), "eV", "conduction-band minimum vs vacuum of " + e.name())
                        .quantity("vbm_" + e.key(), e.edges().evEv(), "eV", "valence-band maximum vs vacuum of " + e.name());
            }
        }
        for (int i = 1; i < stack.size(); i++) {
            if (stack.get(i - 1).edges() == null || stack.get(i).edges() == null) {
                continue;
            }
            Alignment a = BandAlignment.classify(new Interface(stack.get(i - 1).edges(), stack.get(i).edges()));
            result.message(Severity.INFO, "alignment " + a.description());
            result.quantity("alignment_type_" + i, a.type().ordinal() + 1, "1", "1 = type I, 2 = type II, 3 = type III: "
                    + stack.get(i - 1).name() + "/" + stack.get(i).name())
                    .quantity("conduction_offset_" + i, a.conductionOffsetEv(), "eV", "Ec(upper) - Ec(lower)")
                    .quantity("valence_offset_" + i, a.valenceOffsetEv(), "eV", "Ev(upper) - Ev(lower)");
        }
        if (stack.size() > 1) {
            result.message(Severity.INFO, "interfaces are numbered from the bottom (1 = between the first two layers); "
                    + "offsets upper minus lower; Anderson's rule, vacuum levels aligned, no interface dipole");
        }
        verdicts(target, stack, CommonSettings.positive(settings, CommonSettings.THRESHOLD), result);
    }

    private static void verdicts(NamedElement target, List<StackEntry> stack, double threshold, ResultBuilder result) {
        List<Architecture> architectures = target instanceof Device d && d.getArchitecture() != null
                ? List.of(d.getArchitecture() == org.heterostack.model.Architecture.NIP ? Architecture.NIP : Architecture.PIN)
                : List.of(Architecture.NIP, Architecture.PIN);
        for (int i = 0; i < stack.size(); i++) {
            if (!stack.get(i).absorber()) {
                continue;
            }
            for (Architecture architecture : architectures) {
                if (i + 1 < stack.size() && stack.get(i + 1).twoD() != null) {
                    ExtractionAssessment a = ExtractionRules.topLayer(stack.get(i).edges(), stack.get(i + 1).edges(),
                            architecture, threshold);
                    result.message(a.favourable() ? Severity.INFO : Severity.WARNING,
                            "architecture: top 2D layer '" + stack.get(i + 1).name() + "' " + a.verdict());
                }
                if (i > 0 && stack.get(i - 1).twoD() != null) {
                    buried(stack.get(i), stack.get(i - 1), architecture, threshold, result);
                }
            }
        }
    }

    /** A 2D layer under the absorber must pass electrons in n-i-p (ETL below) and holes in p-i-n. */
    private static void buried(StackEntry absorber, StackEntry layer, Architecture architecture, double threshold,
            ResultBuilder result) {
        Architecture mirrored = architecture == Architecture.NIP ? Architecture.PIN : Architecture.NIP;
        ExtractionAssessment a = ExtractionRules.topLayer(absorber.edges(), layer.edges(), mirrored, threshold);
        String text = String.format(Locale.ROOT, "architecture: buried 2D layer '%s' %s electrons (%.2f eV), %s holes "
                + "(%.2f eV): %s %s (bottom layer must pass %s)", layer.name(),
                a.extractsElectrons() ? "extracts" : "blocks", a.electronBarrierEv(),
                a.extractsHoles() ? "extracts" : "blocks", a.holeBarrierEv(), a.favourable() ? "suits" : "hinders",
                architecture == Architecture.NIP ? "n-i-p" : "p-i-n",
                architecture == Architecture.NIP ? "electrons" : "holes");
        result.message(a.favourable() ? Severity.INFO : Severity.WARNING, text);
    }

    /** dV = N mu / (eps0 epsr) of every placement whose interface descriptor gives density and dipole. */
    static void dipoles(NamedElement target, EngineSettings settings, ResultBuilder result) throws EngineException {
        double eps = CommonSettings.positive(settings, CommonSettings.DIPOLE_EPS);
        List<TwoDPhasePlacement> placements = TwoDPhases.placements(target);
        boolean first = true;
        for (int j = 0; j < placements.size(); j++) {
            InterfaceDescriptor d = placements.get(j).getInterface();
            if (d == null || d.getLigandArealDensityPerNm2() == null && d.getDipoleMomentDebye() == null) {
                continue;
            }
            String which = "2D placement " + (j + 1) + " ('" + placements.get(j).getName() + "')";
            if (d.getLigandArealDensityPerNm2() == null || d.getDipoleMomentDebye() == null) {
                result.message(Severity.WARNING, "dipole_shift not computed: the interface of " + which + " has "
                        + (d.getDipoleMomentDebye() == null ? "no dipoleMomentDebye" : "no ligandArealDensityPerNm2"));
                continue;
            }
            double dv;
            try {
                dv = InterfaceDipole.potentialStepV(d.getLigandArealDensityPerNm2() * 1e18, d.getDipoleMomentDebye(), eps);
            } catch (PhotophysicsException e) {
                throw new EngineException(which + ": " + e.getMessage(), e);
            }
            String description = "potential step N mu / (eps0 epsr) of the ligand dipoles of " + which;
            result.quantity("dipole_shift_" + (j + 1), dv, "V", description);
            if (first) {
                result.quantity("dipole_shift", dv, "V", description);
                result.message(Severity.INFO, String.format(Locale.ROOT, "dipole_shift %+.3f V (epsr %.2f) is not "
                        + "applied to the alignment offsets; it lowers the bands of the outer side by that amount "
                        + "for a dipole pointing away from the 3D film", dv, eps));
                first = false;
            }
        }
    }

    /** WKB transmission through the organic layer of the primary 2D phase. */
    static void tunnelling(Perovskite2D phase, EngineSettings settings, ResultBuilder result) throws EngineException {
        double aOct = CommonSettings.positive(settings, CommonSettings.A_OCT);
        double widthA;
        String source;
        OrganicCation spacer = phase.getSpacers().isEmpty() ? null : phase.getSpacers().get(0);
        if (phase.getInterlayerSpacingAngstrom() != null) {
            widthA = phase.getInterlayerSpacingAngstrom() - phase.getDominantN() * aOct;
            source = "interlayer spacing minus " + phase.getDominantN() + " x " + aOct + " Å";
        } else if (spacer != null && spacer.getLengthAngstrom() != null && phase.getPhase() != Phase2D.ACI) {
            int molecules = phase.getPhase() == Phase2D.RP ? 2 : 1;
            widthA = molecules * spacer.getLengthAngstrom();
            source = molecules + " x lengthAngstrom of " + Labels.of(spacer) + " (upright, no tilt or interdigitation: "
                    + "an upper bound of the width)";
        } else {
            result.message(Severity.WARNING, "tunnelling_transmission not computed: " + Labels.of(phase)
                    + " has no interlayerSpacingAngstrom and its spacer no lengthAngstrom");
            return;
        }
        try {
            OrganicBarrier barrier = new OrganicBarrier(widthA * 1e-10,
                    CommonSettings.positive(settings, CommonSettings.BARRIER_HEIGHT),
                    CommonSettings.positive(settings, CommonSettings.TUNNELLING_MASS));
            result.quantity("tunnelling_transmission", WkbTunnelling.transmission(barrier), "1",
                    "WKB transmission exp(-2 d sqrt(2 m phi) / hbar) through the organic layer of " + Labels.of(phase))
                    .quantity("tunnelling_barrier_width", widthA, "Å", "organic barrier width d")
                    .quantity("tunnelling_barrier_height", barrier.heightEv(), "eV", "organic barrier height phi");
        } catch (PhotophysicsException e) {
            throw new EngineException(Labels.of(phase) + ": " + e.getMessage() + " (barrier width from " + source + ")", e);
        }
        result.message(Severity.INFO, String.format(Locale.ROOT, "tunnelling barrier width %.2f Å from %s", widthA, source));
    }
}
