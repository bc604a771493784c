package org.heterostack.engine.structure.internal.engines;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.layered.LayeredFormulas;
import org.heterostack.engine.structure.internal.layered.LayeredStructure;
import org.heterostack.engine.structure.internal.layered.Spacer;
import org.heterostack.engine.structure.internal.mapping.Compositions;
import org.heterostack.engine.structure.internal.mapping.Compositions.LayeredSites;
import org.heterostack.engine.structure.internal.radii.RadiusSets;
import org.heterostack.engine.structure.internal.mapping.Labels;
import org.heterostack.engine.structure.internal.mapping.Layered;
import org.heterostack.engine.structure.internal.mismatch.LatticeMismatch;
import org.heterostack.engine.structure.internal.stacking.LowAngleXrd;
import org.heterostack.engine.structure.internal.stacking.OrganicGap;
import org.heterostack.engine.structure.internal.stacking.StackingPeriod;
import org.heterostack.engine.structure.internal.stacking.XrdReflection;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Severity;
import org.osgi.service.component.annotations.Component;

/**
 * Formula and phase of a 2D perovskite from its spacer and A/B/X sites, stacking period and low-angle (00l) XRD
 * positions of every n phase, and (on a heterostructure) the 2D/3D in-plane lattice mismatch.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + LayeredEngine.ID,
        EngineProperties.VERSION + "=" + LayeredEngine.VERSION, EngineProperties.CATEGORY + "=STRUCTURE" })
public class LayeredEngine implements IAnalysisEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.structure.layered";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    private static final String A_OCT = "octahedral_spacing";
    private static final String WAVELENGTH = "xrd_wavelength";
    private static final String ORDERS = "xrd_orders";
    private static final String A2D = "a2d_in_plane";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Layered 2D perovskite structure",
            VERSION, EngineCategory.STRUCTURE, "Heterostack",
            List.of("C. C. Stoumpos et al., Chem. Mater. 28, 2852 (2016): (BA)2(MA)(n-1)PbnI(3n+1) structures",
                    "L. Mao et al., J. Am. Chem. Soc. 140, 3775 (2018): Dion-Jacobson phases",
                    "C. M. M. Soe et al., J. Am. Chem. Soc. 139, 16297 (2017): alternating-cation phase",
                    "X. Ma, Sun, Dou, Chem. Commun. 60, 7824 (2024): review of 2D/3D heterostructures"),
            "Phase from the spacer charge (RP +1, DJ +2, ACI guanidinium with a small A cation) and formula "
                    + "RP A'2 A(n-1) Bn X(3n+1), DJ A' A(n-1) Bn X(3n+1), ACI A' An Bn X(3n+1). Stacking period "
                    + "d(n) = n a_oct + organic gap (gap from the measured spacing, the BA/PEA calibration or the "
                    + "ligand length); (00l) reflections by Bragg's law; mismatch f = (a2D - a3D) / a3D.",
            "Lead-iodide layers (a_oct 6.3 Å); d(n) checked against the BA series n = 1-4 to 0.6 Å; ligand-length "
                    + "gaps are estimates (DJ uncalibrated, about 1 Å); mismatch needs the 2D in-plane "
                    + "pseudo-cubic parameter.");

    private static final List<EngineSetting> SETTINGS = List.of(
            EngineSetting.number(A_OCT, StackingPeriod.LEAD_IODIDE_OCTAHEDRAL_SPACING_A, "Å",
                    "thickness of one octahedral layer; 6.3 Å for lead iodides (docs/science.md §2.2; Stoumpos et al. 2016)"),
            EngineSetting.number(WAVELENGTH, LowAngleXrd.CU_K_ALPHA1_A, "Å",
                    "X-ray wavelength; Cu K-alpha1 1.5406 Å (Hoelzer et al., Phys. Rev. A 56, 4554 (1997))"),
            EngineSetting.number(ORDERS, 5, "1", "number of (00l) orders of the layer repeat listed per n (assumed)"),
            EngineSetting.number(A2D, 0, "Å",
                    "in-plane pseudo-cubic lattice parameter of the 2D layer for the mismatch on a heterostructure; "
                            + "0 = not given (the model has no such attribute)"));

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Perovskite2D
                || target instanceof Heterostructure h && h.getPhases().size() == 1 && h.getPhases().get(0).getPhase() != null;
    }

    @Override
    public List<EngineSetting> settings() {
        return SETTINGS;
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        Heterostructure heterostructure = request.target() instanceof Heterostructure h ? h : null;
        Perovskite2D perovskite = heterostructure == null ? (Perovskite2D) request.target()
                : heterostructure.getPhases().get(0).getPhase();
        double aOct = positive(request, A_OCT);
        Spacer spacer = Layered.spacer(perovskite);
        LayeredSites sites = Compositions.layered(perovskite, heterostructure == null ? null : heterostructure.getFilm());
        List<Integer> ns = Layered.nValues(perovskite);
        int dominant = perovskite.getDominantN();
        try {
            LayeredStructure main = LayeredFormulas.resolve(spacer, sites.a(), sites.b(), sites.x(), dominant,
                    RadiusSets.kieslichShannon());
            result.message(Severity.INFO, "phase: " + main.phase().shortName());
            result.message(Severity.INFO, "formula: " + main.formula());
            if (perovskite.getPhase() != null && !perovskite.getPhase().getLiteral().equals(main.phase().shortName())) {
                result.message(Severity.WARNING, Labels.of(perovskite) + " declares phase " + perovskite.getPhase()
                        + " but spacer " + spacer.abbreviation() + " (charge +" + spacer.charge() + ") forms "
                        + main.phase().shortName() + "; the formula follows the spacer");
            }
            if (perovskite.getSpacers().size() > 1) {
                result.message(Severity.WARNING, Labels.of(perovskite) + " has " + perovskite.getSpacers().size()
                        + " spacers; phase, formula and gap use the first, " + spacer.abbreviation());
            }
            warnIfNotLeadIodide(result, sites);
            result.quantity("n", perovskite.getMeanN(), "1", "fraction-weighted mean n of the n-phase distribution")
                    .quantity("n_dominant", dominant, "1", "n of the phase with the largest fraction");
            for (int n : ns) {
                if (n != dominant && ns.size() > 1) {
                    result.message(Severity.INFO, "formula_n" + n + ": " + LayeredFormulas.resolve(spacer, sites.a(),
                            sites.b(), sites.x(), n, RadiusSets.kieslichShannon()).formula());
                }
            }
            Optional<OrganicGap> gap = Layered.gap(perovskite, main.phase(), aOct);
            if (gap.isPresent()) {
                stacking(request, result, new StackingPeriod(main.phase(), aOct, gap.get()), ns, dominant);
            } else {
                result.message(Severity.WARNING, "organic_gap, stacking periods and (00l) XRD not computed: "
                        + Labels.of(perovskite.getSpacers().get(0)) + " has no lengthAngstrom and "
                        + Labels.of(perovskite) + " no interlayerSpacingAngstrom");
            }
        } catch (StructureException e) {
            throw new EngineException(Labels.of(perovskite) + ": " + e.getMessage(), e);
        }
        if (heterostructure != null) {
            mismatch(request, result, heterostructure);
        }
    }

    private static void stacking(AnalysisRequest request, ResultBuilder result, StackingPeriod stacking,
            List<Integer> ns, int dominant) throws EngineException {
        OrganicGap gap = stacking.gap();
        result.message(Severity.INFO, String.format(Locale.ROOT, "organic gap %.2f Å: %s", gap.gapA(), gap.source()));
        result.quantity("organic_gap", gap.gapA(), "Å", "thickness the spacer layer adds to the stacking period");
        int orders = (int) Math.round(positive(request, ORDERS));
        double wavelength = positive(request, WAVELENGTH);
        for (int n : ns) {
            reportStacking(result, stacking, n, orders, wavelength);
        }
        result.quantity("stacking_period", stacking.layerSpacingA(dominant), "Å", "layer repeat d of the dominant n phase");
    }

    private static void reportStacking(ResultBuilder result, StackingPeriod stacking, int n, int orders,
            double wavelength) {
        List<XrdReflection> reflections = LowAngleXrd.reflections(stacking, n, orders, wavelength).stream()
                .filter(r -> r.n() == n).toList();
        result.quantity("stacking_period_n" + n, stacking.layerSpacingA(n), "Å", "layer repeat d(n) = n a_oct + gap");
        double[] order = reflections.stream().mapToDouble(XrdReflection::order).toArray();
        double[] twoTheta = reflections.stream().mapToDouble(XrdReflection::twoThetaDeg).toArray();
        result.series("xrd_00l_n" + n, "order", "1", order, "two_theta", "deg", twoTheta);
        if (twoTheta.length > 0) {
            result.quantity("xrd_first_order_n" + n, twoTheta[0], "deg",
                    "2 theta of the first-order (00l) reflection of the layer repeat");
        }
    }

    private static void warnIfNotLeadIodide(ResultBuilder result, LayeredSites sites) {
        boolean pb = sites.b().occupants().stream().allMatch(o -> o.ion().equals("Pb"));
        boolean iodide = sites.x().occupants().stream().allMatch(o -> o.ion().equals("I"));
        if (!pb || !iodide) {
            result.message(Severity.WARNING, "the octahedral spacing default (6.3 Å) and the BA/PEA gap calibration "
                    + "are for lead iodides; set " + A_OCT + " for other metals or halides");
        }
    }

    private static void mismatch(AnalysisRequest request, ResultBuilder result, Heterostructure heterostructure)
            throws EngineException {
        double a2d = request.settings().number(A2D);
        if (heterostructure.getFilm() == null) {
            throw new EngineException(Labels.of(heterostructure) + " has no 3D film (film)");
        }
        if (a2d <= 0) {
            result.message(Severity.INFO, "lattice_mismatch not computed: set " + A2D
                    + " (in-plane pseudo-cubic parameter of the 2D layer, Å)");
            return;
        }
        double a3d = Labels.require(heterostructure.getFilm().getLatticeParameterAngstrom(), heterostructure.getFilm(),
                "latticeParameterAngstrom");
        try {
            result.quantity("lattice_mismatch", 100 * LatticeMismatch.fraction(a2d, a3d), "%",
                    "in-plane mismatch (a2D - a3D) / a3D of the 2D layer on the 3D film");
        } catch (StructureException e) {
            throw new EngineException(Labels.of(heterostructure) + ": " + e.getMessage(), e);
        }
    }

    private static double positive(AnalysisRequest request, String setting) throws EngineException {
        double value = request.settings().number(setting);
        if (!(value > 0)) {
            throw new EngineException("setting " + setting + " must be positive, was " + value);
        }
        return value;
    }
}
