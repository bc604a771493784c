package org.heterostack.engine.structure.internal.engines;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.composition.Composition;
import org.heterostack.engine.structure.internal.mapping.Compositions;
import org.heterostack.engine.structure.internal.mapping.Labels;
import org.heterostack.engine.structure.internal.mapping.RadiusSetChoice;
import org.heterostack.engine.structure.internal.radii.IonicRadiusSet;
import org.heterostack.engine.structure.internal.tolerance.BartelTau;
import org.heterostack.engine.structure.internal.tolerance.RadiusNote;
import org.heterostack.engine.structure.internal.tolerance.ResolvedIon;
import org.heterostack.engine.structure.internal.tolerance.ToleranceFactors;
import org.heterostack.engine.structure.internal.tolerance.ToleranceResult;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Severity;
import org.osgi.service.component.annotations.Component;

/**
 * Goldschmidt tolerance factor, octahedral factor and Bartel's tau of any 3D ABX3 perovskite (halides, oxides,
 * fluorides, double perovskites A2BB'X6 as a half-and-half B site), with composition-weighted radii and oxidation
 * states from a named radius set, the user's stated oxidation states, coordinations and radii.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + ToleranceEngine.ID,
        EngineProperties.VERSION + "=" + ToleranceEngine.VERSION, EngineProperties.CATEGORY + "=STRUCTURE" })
public class ToleranceEngine implements IAnalysisEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.structure.tolerance";

    /** The engine version. */
    public static final String VERSION = "1.1.0";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Tolerance factors", VERSION,
            EngineCategory.STRUCTURE, "Heterostack",
            List.of("V. M. Goldschmidt, Naturwissenschaften 14, 477 (1926): tolerance factor",
                    "C. Li et al., Acta Cryst. B64, 702 (2008): octahedral factor and stability window",
                    "C. J. Bartel et al., Sci. Adv. 5, eaav0693 (2019): tau, Eq. 1; coordination conventions",
                    "G. Kieslich, S. Sun, A. K. Cheetham, Chem. Sci. 5, 4712 (2014); 6, 3430 (2015): molecular cation radii",
                    "R. D. Shannon, Acta Cryst. A32, 751 (1976): ionic radii"),
            "Rigid ionic spheres: t = (rA + rX) / (sqrt(2) (rB + rX)), mu = rB / rX, tau = rX/rB - nA (nA - (rA/rB) "
                    + "/ ln(rA/rB)); mixed sites (and the B site of a double perovskite A2BB'X6) use composition-"
                    + "weighted radii and oxidation states (virtual crystal); A site CN XII, B and X CN VI unless "
                    + "stated, else the nearest listed CN; oxidation states as stated, else the only one listed, "
                    + "else by charge balance; molecular cations are spheres of effective radius.",
            "ABX3 compounds with ions of the radius set or user-given radii; empirical windows 0.8 <= t <= 1.0 and "
                    + "0.44 <= mu <= 0.90 (Li 2008, halides), tau < 4.18 (Bartel 2019: 91.7 % accuracy on 576 "
                    + "oxides and halides with Shannon radii; molecular radii are an extrapolation); tau needs rA > rB.");

    private static final List<EngineSetting> SETTINGS = List.of(EngineSetting.choice(RadiusSetChoice.SETTING,
            RadiusSetChoice.KIESLICH_SHANNON, RadiusSetChoice.DESCRIPTION, RadiusSetChoice.NAMES));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Perovskite3D;
    }

    @Override
    public List<EngineSetting> settings() {
        return SETTINGS;
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        Perovskite3D perovskite = (Perovskite3D) request.target();
        Composition composition = Compositions.of(perovskite);
        IonicRadiusSet set = RadiusSetChoice.byName(request.settings().text(RadiusSetChoice.SETTING));
        ToleranceResult r;
        try {
            r = ToleranceFactors.compute(composition, set);
        } catch (StructureException e) {
            throw new EngineException(Labels.of(perovskite) + ": " + e.getMessage(), e);
        }
        result.quantity("tolerance_factor", r.toleranceFactor(), "1", "Goldschmidt t = (rA + rX) / (sqrt(2) (rB + rX))")
                .quantity("octahedral_factor", r.octahedralFactor(), "1", "octahedral factor mu = rB / rX")
                .quantity("bartel_tau", r.bartelTau(), "1", "Bartel tau; perovskite predicted below 4.18")
                .quantity("radius_a", r.radii().rAA(), "Å", "composition-weighted A-site radius")
                .quantity("radius_b", r.radii().rBA(), "Å", "composition-weighted B-site radius")
                .quantity("radius_x", r.radii().rXA(), "Å", "composition-weighted X-site radius")
                .quantity("oxidation_state_a", r.radii().nA(), "1", "composition-weighted A-site oxidation state nA")
                .quantity("oxidation_state_b", r.radii().nB(), "1", "composition-weighted B-site oxidation state");
        result.message(Severity.INFO, "radius set: " + set.name() + " (" + set.citation() + ")");
        result.cite(List.of(set.citation()));
        radii(result, r, composition);
        verdicts(result, r);
    }

    private static void radii(ResultBuilder result, ToleranceResult r, Composition composition) {
        for (ResolvedIon ion : r.radii().ions()) {
            result.message(Severity.INFO, "radius: " + ion.describe());
        }
        for (RadiusNote note : r.radii().notes()) {
            result.message(note.warning() ? Severity.WARNING : Severity.INFO, note.text());
        }
        composition.doublePerovskiteFormula().ifPresent(f -> result.message(Severity.INFO, "double perovskite " + f
                + ": rB and nB are the means of B and B' (Bartel et al. 2019)"));
        if (r.radii().ions().stream().anyMatch(i -> !i.tabulatedInorganic())) {
            result.message(Severity.INFO, "molecular or user-given radii are rigid spheres of effective radius; "
                    + "Bartel's tau was fitted with Shannon radii of inorganic ions, so its value here is an "
                    + "extrapolation");
        }
    }

    private static void verdicts(ResultBuilder result, ToleranceResult r) {
        boolean tInWindow = r.toleranceFactor() >= 0.8 && r.toleranceFactor() <= 1.0;
        boolean muInWindow = r.octahedralFactor() >= 0.44 && r.octahedralFactor() <= 0.90;
        result.message(tInWindow && muInWindow ? Severity.INFO : Severity.WARNING, String.format(Locale.ROOT,
                "t = %.3f %s 0.8-1.0 and mu = %.3f %s 0.44-0.90 (empirical perovskite window, Li et al. 2008)",
                r.toleranceFactor(), tInWindow ? "inside" : "outside", r.octahedralFactor(),
                muInWindow ? "inside" : "outside"));
        result.message(r.bartelPredictsPerovskite() ? Severity.INFO : Severity.WARNING, String.format(Locale.ROOT,
                "tau = %.3f: Bartel's classifier %s a perovskite (threshold %.2f)", r.bartelTau(),
                r.bartelPredictsPerovskite() ? "predicts" : "does not predict", BartelTau.PEROVSKITE_THRESHOLD));
    }
}
