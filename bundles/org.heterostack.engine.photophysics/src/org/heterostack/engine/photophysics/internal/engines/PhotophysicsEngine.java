package org.heterostack.engine.photophysics.internal.engines;

import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IValueSupplier;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.SuppliedValue;
import org.heterostack.engine.photophysics.internal.alignment.Layer;
import org.heterostack.engine.photophysics.internal.common.LayerResult;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsModel;
import org.heterostack.engine.photophysics.internal.empirical.ReferenceSeries;
import org.heterostack.engine.photophysics.internal.empirical.SeriesPoint;
import org.heterostack.engine.photophysics.internal.mapping.Labels;
import org.heterostack.engine.photophysics.internal.mapping.StackBuilder;
import org.heterostack.engine.photophysics.internal.mapping.StackEntry;
import org.heterostack.engine.photophysics.internal.mapping.TwoDPhases;
import org.heterostack.engine.photophysics.internal.saha.SahaBalance;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Severity;
import org.heterostack.model.SiteOccupancy;
import org.heterostack.model.TailClass;

/**
 * What both photophysics engines do with a {@link PhotophysicsModel}: gap, binding energy, band edges and free-carrier
 * fraction per n, band alignment of every interface of the stack and its meaning for the architecture, interface
 * dipole shifts and out-of-plane tunnelling. The concrete engines choose the model; their keys are the same, so
 * they are interchangeable. Both supply the band edges they place on a device's 2D layers to device engines
 * ({@link IValueSupplier}: electron affinity and ionisation energy of each layer made of a 2D perovskite).
 */
public abstract class PhotophysicsEngine implements IAnalysisEngine, IValueSupplier {

    /** The n-series reach at least n = 5, the end of the measured BA series they are plotted with. */
    private static final int SERIES_MIN_LAST_N = 5;
    private static final String N_AXIS = "n (octahedral layers)";

    /**
     * @param settings the effective settings
     * @return the model to use
     * @throws EngineException when a setting does not make a valid model
     */
    protected abstract PhotophysicsModel model(EngineSettings settings) throws EngineException;

    /** @return the engine's own settings, before the shared ones */
    protected abstract List<EngineSetting> modelSettings();

    /**
     * Reports validity warnings of the model for one n (e.g. outside the calibration or the effective-mass regime).
     *
     * @param model  the model in use
     * @param n      the n
     * @param result where the warnings go
     */
    protected abstract void checkValidity(PhotophysicsModel model, int n, ResultBuilder result);

    @Override
    public List<EAttribute> suppliedAttributes() {
        return List.of(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV, SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV);
    }

    /**
     * The band edges of a device's 2D layers ({@code cbm_<layer>}, {@code vbm_<layer>}) as the layers' electron
     * affinity and ionisation energy.
     */
    @Override
    public List<SuppliedValue> supply(NamedElement target, AnalysisResult result) {
        if (!(target instanceof Device device) || result.getStatus() != ResultStatus.OK) {
            return List.of();
        }
        List<SuppliedValue> values = new ArrayList<>();
        for (org.heterostack.model.Layer layer : device.getLayers()) {
            if (!(layer.getMaterial() instanceof Perovskite2D) || layer.getHeterostructure() != null) {
                continue;
            }
            String key = Labels.key(layer.getName());
            Quantity cbm = quantity(result, "cbm_" + key);
            Quantity vbm = quantity(result, "vbm_" + key);
            if (cbm != null && vbm != null) {
                values.add(new SuppliedValue(layer, SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV, -cbm.getValue(),
                        descriptor().id(), descriptor().version(), cbm.getKey()));
                values.add(new SuppliedValue(layer, SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV, -vbm.getValue(),
                        descriptor().id(), descriptor().version(), vbm.getKey()));
            }
        }
        return values;
    }

    private static Quantity quantity(AnalysisResult result, String key) {
        return result.getQuantities().stream().filter(q -> q.getKey().equals(key)).findFirst().orElse(null);
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Perovskite2D
                || (target instanceof Heterostructure || target instanceof Device) && !TwoDPhases.of(target).isEmpty();
    }

    @Override
    public List<EngineSetting> settings() {
        List<EngineSetting> all = new ArrayList<>(modelSettings());
        all.addAll(CommonSettings.SETTINGS);
        return List.copyOf(all);
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        EngineSettings settings = request.settings();
        PhotophysicsModel model = model(settings);
        result.cite(List.of(model.citation()));
        List<Perovskite2D> phases = TwoDPhases.of(request.target());
        TreeSet<Integer> ns = new TreeSet<>();
        for (Perovskite2D phase : phases) {
            ns.addAll(TwoDPhases.nValues(phase));
            checkComposition(phase, result);
        }
        double density = CommonSettings.positive(settings, CommonSettings.DENSITY);
        double temperature = CommonSettings.positive(settings, CommonSettings.TEMPERATURE);
        for (int n : ns) {
            checkValidity(model, n, result);
            LayerResult r = layer(model, phases.get(0), n);
            reportLayer(result, "_n" + n, "n = " + n, r, model.bandEdges("n" + n, n), density, temperature);
        }
        Perovskite2D primary = phases.get(0);
        reportSeries(result, model, primary, Math.max(SERIES_MIN_LAST_N, ns.last()));
        int dominant = primary.getDominantN();
        result.message(Severity.INFO, "values without suffix are those of the dominant n = " + dominant + " phase of "
                + Labels.of(primary));
        result.quantity("n_dominant", dominant, "1", "n of the phase with the largest fraction");
        LayerResult main = layer(model, primary, dominant);
        result.quantity("bandgap", main.bandGapEv(), "eV", "optical gap of the dominant n phase")
                .quantity("exciton_binding_energy", main.excitonBindingEnergyMeV(), "meV",
                        "exciton binding energy of the dominant n phase")
                .quantity("free_carrier_fraction", saha(main, density, temperature), "1",
                        "free-carrier fraction of the dominant n phase (Saha balance)");
        LayerResult bulk = model.bulkLayer();
        result.quantity("bandgap_bulk", bulk.bandGapEv(), "eV", "optical gap of the 3D reference " + model.bulk().name())
                .quantity("exciton_binding_energy_bulk", bulk.excitonBindingEnergyMeV(), "meV",
                        "exciton binding energy of the 3D reference " + model.bulk().name())
                .quantity("free_carrier_fraction_bulk", saha(bulk, density, temperature), "1",
                        "free-carrier fraction of the 3D reference (Saha balance)");
        result.message(Severity.INFO, String.format(Locale.ROOT, "Saha balance at %.3g m^-3 and %.1f K (3D form, "
                + "non-degenerate, no traps)", density, temperature));
        List<StackEntry> stack = new StackBuilder(model, text -> result.message(Severity.INFO, text),
                text -> result.message(Severity.WARNING, text)).build(request.target());
        Interfaces.report(request.target(), stack, settings, result);
        Interfaces.dipoles(request.target(), settings, result);
        Interfaces.tunnelling(primary, settings, result);
    }

    /**
     * The model's gap and binding energy for n = 1..last, beside the measured BA series they are compared with
     * (Stoumpos 2016/2017 gaps, Blancon 2018 binding energies), so the chart shows model and measurement together.
     */
    private static void reportSeries(ResultBuilder result, PhotophysicsModel model, Perovskite2D phase, int last)
            throws EngineException {
        double[] n = new double[last];
        double[] gap = new double[last];
        double[] binding = new double[last];
        for (int i = 0; i < last; i++) {
            LayerResult r = layer(model, phase, i + 1);
            n[i] = i + 1;
            gap[i] = r.bandGapEv();
            binding[i] = r.excitonBindingEnergyMeV();
        }
        double[][] gaps = columns(ReferenceSeries.BA_GAPS_EV);
        double[][] bindings = columns(ReferenceSeries.BA_BINDING_MEV);
        result.series("bandgap_vs_n", N_AXIS, "1", n, "optical gap", "eV", gap)
                .series("bandgap_vs_n_ba_measured", N_AXIS, "1", gaps[0], "optical gap", "eV", gaps[1])
                .series("exciton_binding_energy_vs_n", N_AXIS, "1", n, "exciton binding energy", "meV", binding)
                .series("exciton_binding_energy_vs_n_ba_measured", N_AXIS, "1", bindings[0], "exciton binding energy",
                        "meV", bindings[1]);
    }

    /** @return {n values, measured values} of a reference series */
    private static double[][] columns(List<SeriesPoint> points) {
        double[][] columns = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            columns[0][i] = points.get(i).n();
            columns[1][i] = points.get(i).value();
        }
        return columns;
    }

    private static LayerResult layer(PhotophysicsModel model, Perovskite2D phase, int n) throws EngineException {
        try {
            return model.layer(n);
        } catch (PhotophysicsException e) {
            throw new EngineException(Labels.of(phase) + ": " + e.getMessage(), e);
        }
    }

    private static void reportLayer(ResultBuilder result, String suffix, String what, LayerResult r, Layer edges,
            double density, double temperature) throws EngineException {
        result.quantity("bandgap" + suffix, r.bandGapEv(), "eV", "optical gap, " + what)
                .quantity("exciton_binding_energy" + suffix, r.excitonBindingEnergyMeV(), "meV",
                        "exciton binding energy, " + what)
                .quantity("cbm" + suffix, edges.ecEv(), "eV", "conduction-band minimum vs vacuum, " + what)
                .quantity("vbm" + suffix, edges.evEv(), "eV", "valence-band maximum vs vacuum, " + what)
                .quantity("free_carrier_fraction" + suffix, saha(r, density, temperature), "1",
                        "free-carrier fraction (Saha balance), " + what);
    }

    private static double saha(LayerResult r, double density, double temperature) throws EngineException {
        try {
            return SahaBalance.freeCarrierFraction(r.excitonBindingEnergyMeV(), r.reducedMassRel(), density, temperature);
        } catch (PhotophysicsException e) {
            throw new EngineException(e.getMessage(), e);
        }
    }

    /** Warns when a 2D phase is outside what the models were built for: MA lead iodide RP with alkyl spacers. */
    private static void checkComposition(Perovskite2D phase, ResultBuilder result) {
        boolean maPbI = only(phase.getASite(), "MA") && only(phase.getBSite(), "Pb") && only(phase.getXSite(), "I");
        if (!maPbI) {
            result.message(Severity.WARNING, Labels.of(phase) + " is not an MA lead iodide: gaps and binding energies "
                    + "are those of the (BA)2(MA)(n-1)PbnI(3n+1) parameterisation and only indicative");
        }
        if (phase.getPhase() != Phase2D.RP) {
            result.message(Severity.WARNING, Labels.of(phase) + " is " + phase.getPhase()
                    + ": the models are parameterised on RP phases; DJ/ACI spacers change the barrier and the gap");
        }
        phase.getSpacers().stream().filter(s -> s.getTailClass() != null && s.getTailClass() != TailClass.ALKYL
                && s.getTailClass() != TailClass.UNSPECIFIED).forEach(s -> result.message(Severity.WARNING,
                        Labels.of(s) + " has a " + s.getTailClass() + " tail: its dielectric barrier differs from "
                                + "alkylammonium (aromatic spacers bind excitons less; conjugated ones lower the "
                                + "tunnelling barrier)"));
    }

    private static boolean only(List<SiteOccupancy> site, String ion) {
        return !site.isEmpty() && site.stream().allMatch(o -> ion.equals(o.getIon()));
    }
}
