package org.heterostack.model.tests;

import static org.heterostack.model.tests.TestModels.F;
import static org.heterostack.model.tests.TestModels.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Architecture;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.MeasuredPerformance;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.Reference;
import org.heterostack.model.Series;
import org.heterostack.model.ValueSource;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.model.validation.HeterostackValidator;
import org.heterostack.model.validation.ModelProblem;
import org.heterostack.model.validation.ModelValidation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every validation rule, with the exact message a user sees. */
class ValidationRulesTest {

    private HeterostackModel model;
    private Perovskite3D film;
    private Perovskite2D twoD;
    private OrganicCation ba;
    private Device cell;

    @BeforeEach
    void build() {
        model = TestModels.valid();
        film = (Perovskite3D) model.findByName("CsFAMA");
        twoD = (Perovskite2D) model.findByName("BA2MA2Pb3I10");
        ba = (OrganicCation) model.findByName("BA");
        cell = (Device) model.findByName("cell");
    }

    private List<String> messages() {
        return ModelValidation.validate(model).stream().map(ModelProblem::toString).toList();
    }

    private Layer layer(String name) {
        return cell.getLayers().stream().filter(l -> l.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theBaseModelIsValid() {
        assertEquals(List.of(), messages());
        assertTrue(ModelValidation.isValid(model));
    }

    @Test
    void siteFractionsSumToOne() {
        site(film, 'A', "Cs", 0.05, "FA", 0.75, "MA", 0.15);
        List<ModelProblem> problems = ModelValidation.validate(model);
        assertEquals(List.of("error: Perovskite 'CsFAMA': A-site fractions sum to 0.95, not 1 (within 1e-6)"),
                problems.stream().map(ModelProblem::toString).toList());
        ModelProblem problem = problems.get(0);
        assertEquals(HeterostackValidator.SITE_FRACTION_SUM, problem.code());
        assertSame(film, problem.object());
        assertSame(Literals.PEROVSKITE_COMPOSITION__ASITE, problem.feature());
        assertTrue(!ModelValidation.isValid(model));
    }

    @Test
    void siteFractionsWithinTheToleranceAreAccepted() {
        site(film, 'X', "I", 0.85, "Br", 0.1500005);
        assertEquals(List.of(), messages());
        site(film, 'X', "I", 0.85, "Br", 0.150002);
        assertEquals(List.of("error: Perovskite 'CsFAMA': X-site fractions sum to 1.000002, not 1 (within 1e-6)"),
                messages());
    }

    @Test
    void sitesMustNotBeEmpty() {
        film.getBSite().clear();
        twoD.getASite().clear();
        assertEquals(List.of("error: Perovskite 'CsFAMA': the B site is empty",
                "error: 2D perovskite 'BA2MA2Pb3I10': the A site is empty, but n = 3 needs A cations"), messages());
    }

    @Test
    void fractionsLieBetweenZeroAndOne() {
        site(film, 'A', "Cs", -0.1, "FA", 1.1);
        model.getHeterostructures().get(0).getPhases().get(0).setCoverageFraction(1.2);
        assertEquals(List.of("error: Perovskite 'CsFAMA': fraction -0.1 of 'Cs' on the A site is outside 0..1",
                "error: Perovskite 'CsFAMA': fraction 1.1 of 'FA' on the A site is outside 0..1",
                "error: 2D phase placement 'cap' of heterostructure 'H': coverageFraction is 1.2, it must be within 0..1"),
                messages());
    }

    @Test
    void nIsAtMostTwenty() {
        twoD.getNPhases().get(0).setN(100_000_000);
        assertEquals(List.of("error: 2D perovskite 'BA2MA2Pb3I10': n = 100000000 in nPhases is above 20; a slab that "
                + "thick behaves as bulk: model it as a 3D perovskite"), messages());
    }

    @Test
    void aScanIsAtMostTwentyVoltsWide() {
        cell.getProtocol().setScanLowV(-1e300);
        assertEquals(List.of("error: Voltage protocol of device 'cell': the scan from -1.0E300 V to 1.2 V is wider "
                + "than 20 V"), messages());
    }

    @Test
    void nIsAtLeastOne() {
        twoD.getNPhases().get(0).setN(0);
        assertEquals(List.of("error: 2D perovskite 'BA2MA2Pb3I10': n = 0 in nPhases is below 1"), messages());
    }

    @Test
    void nFractionsSumToOne() {
        twoD.getNPhases().get(0).setFraction(0.7);
        NPhaseFraction n2 = F.createNPhaseFraction();
        n2.setN(2);
        n2.setFraction(0.2);
        twoD.getNPhases().add(n2);
        assertEquals(List.of("error: 2D perovskite 'BA2MA2Pb3I10': n-phase fractions sum to 0.9, not 1 (within 1e-6)"),
                messages());
    }

    @Test
    void nPhasesAreGiven() {
        twoD.getNPhases().clear();
        assertEquals(List.of("error: 2D perovskite 'BA2MA2Pb3I10': nPhases is empty; give at least one n phase"),
                messages());
    }

    @Test
    void eachNAppearsOnce() {
        twoD.getNPhases().get(0).setFraction(0.5);
        NPhaseFraction again = F.createNPhaseFraction();
        again.setN(3);
        again.setFraction(0.5);
        twoD.getNPhases().add(again);
        assertEquals(List.of("warning: 2D perovskite 'BA2MA2Pb3I10': n = 3 appears more than once in nPhases"),
                messages());
    }

    @Test
    void djNeedsADicationSpacer() {
        twoD.setPhase(Phase2D.DJ);
        assertEquals(List.of("warning: 2D perovskite 'BA2MA2Pb3I10': phase DJ needs a dication spacer (charge +2), "
                + "but spacer 'BA' has charge +1"), messages());
        assertTrue(ModelValidation.isValid(model), "a warning does not make the model invalid");
    }

    @Test
    void rpNeedsMonocationSpacers() {
        ba.setCharge(2);
        assertEquals(List.of("warning: 2D perovskite 'BA2MA2Pb3I10': phase RP needs monocation spacers (charge +1), "
                + "but spacer 'BA' has charge +2"), messages());
    }

    @Test
    void stackOrderMatchesTheArchitecture() {
        cell.setArchitecture(Architecture.PIN);
        List<ModelProblem> problems = ModelValidation.validate(model);
        assertEquals(List.of(
                "error: Device 'cell': architecture p-i-n needs the ETL above the absorber, but ETL 'ETL' is below "
                        + "absorber 'absorber'",
                "error: Device 'cell': architecture p-i-n needs the HTL below the absorber, but HTL 'HTL' is above "
                        + "absorber 'absorber'"),
                problems.stream().map(ModelProblem::toString).toList());
        assertSame(Literals.DEVICE__LAYERS, problems.get(0).feature());
    }

    @Test
    void nipNeedsTheEtlBelow() {
        cell.getLayers().move(2, 0); // ETL on top: absorber, HTL, ETL
        cell.getInterfaces().clear();
        assertEquals(List.of("error: Device 'cell': architecture n-i-p needs the ETL below the absorber, but ETL 'ETL' "
                + "is above absorber 'absorber'"), messages());
    }

    @Test
    void aDeviceHasAnAbsorberOrEmitter() {
        layer("absorber").setRole(LayerRole.INTERLAYER);
        assertEquals(List.of("warning: Device 'cell': layers has no ABSORBER or EMITTER layer"), messages());
    }

    @Test
    void ionisationEnergyExceedsElectronAffinity() {
        film.setElectronAffinityEv(5.6);
        assertEquals(List.of("error: Perovskite 'CsFAMA': ionisationEnergyEv (5.5) must be greater than "
                + "electronAffinityEv (5.6)"), messages());
    }

    @Test
    void referencesResolveWithinTheFile() {
        HeterostackModel other = ModelFiles.createModel();
        Reference foreign = F.createReference();
        foreign.setKey("X");
        other.getReferences().add(foreign);
        film.getReferences().add(foreign);
        Reference missing = F.createReference();
        ((InternalEObject) missing).eSetProxyURI(URI.createURI("#Missing"));
        ba.setPKaSource(missing);
        assertEquals(List.of("error: Cation 'BA': pKaSource refers to 'Missing', which cannot be resolved",
                "error: Perovskite 'CsFAMA': references refers to reference 'X', which is not in this file"),
                messages());
    }

    @Test
    void sourcesNameAnAttribute() {
        ValueSource source = F.createValueSource();
        source.setFeature("bandGap");
        source.setReference(model.getReferences().get(0));
        film.getSources().add(source);
        assertEquals(List.of("error: Perovskite 'CsFAMA': source for 'bandGap' does not name an attribute or data "
                + "series of Perovskite3D"), messages());
    }

    @Test
    void aMeasuredSpectrumMayHaveASource() {
        // the SLME example (examples/thirdparty-engine) cites the paper its absorption spectrum comes from
        Series spectrum = F.createSeries();
        spectrum.setKey("absorption");
        film.setAbsorptionSpectrum(spectrum);
        ValueSource source = F.createValueSource();
        source.setFeature("absorptionSpectrum");
        source.setReference(model.getReferences().get(0));
        film.getSources().add(source);
        assertEquals(List.of(), messages());
        source.setFeature("references");
        assertEquals(List.of("error: Perovskite 'CsFAMA': source for 'references' does not name an attribute or data "
                + "series of Perovskite3D"), messages(), "a cross reference is not a value with a source");
    }

    @Test
    void namesAreUniqueInAFile() {
        AnalysisResult result = model.getResults().get(0);
        result.setName("CsFAMA");
        assertEquals(List.of("error: Result 'CsFAMA': name 'CsFAMA' is already used by perovskite 'CsFAMA'; names "
                + "must be unique in a file"), messages());
    }

    @Test
    void referenceKeysShareTheNamespaceOfNames() {
        model.getReferences().get(0).setKey("cell");
        assertEquals(List.of("error: Reference 'cell': key 'cell' is already used by device 'cell'; names must be "
                + "unique in a file"), messages());
    }

    @Test
    void namesCanServeAsIdentifiers() {
        cell.setName("my cell");
        assertEquals(List.of("error: Device 'my cell': name 'my cell' must not be empty or contain spaces or '#'"),
                messages());
    }

    @Test
    void layerNamesAreUniqueInADevice() {
        layer("HTL").setName("ETL");
        assertEquals(List.of("error: Device 'cell': layer name 'ETL' is used more than once"), messages());
    }

    @Test
    void interfacesJoinAdjacentLayers() {
        cell.getInterfaces().get(0).setUpper(layer("HTL"));
        assertEquals(List.of("error: Interface 'ETL/absorber' of device 'cell': lower layer 'ETL' is not directly below "
                + "upper layer 'HTL'"), messages());
    }

    @Test
    void interfacesJoinLayersOfTheirDevice() {
        Device other = F.createDevice();
        other.setName("other");
        Layer stranger = TestModels.layer(other, "absorber2", LayerRole.ABSORBER, 100.0);
        model.getDevices().add(other);
        cell.getInterfaces().get(0).setUpper(stranger);
        assertEquals(List.of("error: Interface 'ETL/absorber' of device 'cell': layer 'absorber2' is not a layer of this "
                + "device"), messages());
    }

    @Test
    void thicknessesArePositive() {
        layer("ETL").setThicknessNm(-5.0);
        twoD.setThicknessNm(0.0);
        ((Heterostructure) model.findByName("H")).setFilmThicknessNm(-1.0);
        assertEquals(List.of("error: 2D perovskite 'BA2MA2Pb3I10': thicknessNm is 0, it must be > 0",
                "error: Heterostructure 'H': filmThicknessNm is -1, it must be > 0",
                "error: Layer 'ETL' of device 'cell': thicknessNm is -5, it must be > 0"), messages());
    }

    @Test
    void physicalRangesAreRespected() {
        layer("ETL").setDonorDensityPerM3(-1e24);
        MeasuredPerformance measured = F.createMeasuredPerformance();
        measured.setPcePercent(120.0);
        cell.setMeasured(measured);
        assertEquals(List.of("error: Layer 'ETL' of device 'cell': donorDensityPerM3 is -1.0E24, it must be >= 0",
                "error: Measured performance of device 'cell': pcePercent is 120, it must be within 0..100"),
                messages());
    }

    @Test
    void seriesHaveOneYPerX() {
        model.getResults().get(0).getSeries().get(0).getX().add(0.1);
        assertEquals(List.of("error: Series 'jv' of result 'result1': x has 2 values but y has 1"), messages());
    }

    @Test
    void scansHaveARange() {
        cell.getProtocol().setScanHighV(0);
        assertEquals(List.of("error: Voltage protocol of device 'cell': scanHighV (0) must be greater than scanLowV (0)"),
                messages());
    }

    @Test
    void requiredFeaturesAreSet() {
        ((Heterostructure) model.findByName("H")).setFilm(null);
        twoD.getSpacers().clear();
        assertEquals(List.of("error: 2D perovskite 'BA2MA2Pb3I10': spacers needs at least one entry",
                "error: Heterostructure 'H': film is required but not set"), messages());
    }
}
