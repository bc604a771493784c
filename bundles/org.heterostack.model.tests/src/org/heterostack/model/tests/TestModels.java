package org.heterostack.model.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.AnchoringGroup;
import org.heterostack.model.Architecture;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceInterface;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.PerovskiteComposition;
import org.heterostack.model.Phase2D;
import org.heterostack.model.Placement;
import org.heterostack.model.Reference;
import org.heterostack.model.Series;
import org.heterostack.model.SiteOccupancy;
import org.heterostack.model.TwoDPhasePlacement;
import org.heterostack.model.ValueSource;
import org.heterostack.model.VoltageProtocol;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;

/** Builds small models for the tests and reads the bundled examples. */
final class TestModels {

    static final HeterostackFactory F = HeterostackFactory.eINSTANCE;

    /** The examples of the repository, embedded in this bundle by the build. */
    static final String[] EXAMPLES = { "ba-mapbi3-nip.hstack", "3fpea-pin.hstack", "edoea-dj-grain-boundaries.hstack",
            "ionmonger-reference.hstack", "pea-led.hstack", "photodetector-2d3d.hstack", "spacer-screening-pin.hstack",
            "rp-vs-dj-stability.hstack" };

    private TestModels() {
    }

    static InputStream example(String name) {
        InputStream in = TestModels.class.getResourceAsStream("/examples/" + name);
        if (in == null) {
            throw new IllegalStateException("example " + name + " is not embedded in the test bundle");
        }
        return in;
    }

    static HeterostackModel loadExample(String name) {
        try (InputStream in = example(name)) {
            LoadResult result = ModelFiles.load(in, name);
            if (!result.ok()) {
                throw new AssertionError(name + ": " + result.diagnostics());
            }
            return result.model();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoadResult parse(String xml) {
        return ModelFiles.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.hstack");
    }

    static String write(HeterostackModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ModelFiles.write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A small valid model: reference R1, cation BA (+1), 3D perovskite CsFAMA, 2D perovskite BA2MA2Pb3I10 (RP, n = 3),
     * heterostructure H, an n-i-p device "cell" (ETL / absorber / HTL, one interface, a protocol) and a result with a
     * series.
     */
    static HeterostackModel valid() {
        HeterostackModel model = ModelFiles.createModel();
        Reference reference = F.createReference();
        reference.setKey("R1");
        reference.setCitation("A. Author, Journal 1, 1 (2024)");
        model.getReferences().add(reference);

        OrganicCation ba = F.createOrganicCation();
        ba.setName("BA");
        ba.setAbbreviation("BA");
        ba.setCharge(1);
        ba.getAnchoringGroups().add(AnchoringGroup.PRIMARY_AMMONIUM);
        ba.setPKa(10.6);
        ba.setPKaSource(reference);
        model.getMaterials().add(ba);

        Perovskite3D film = F.createPerovskite3D();
        film.setName("CsFAMA");
        site(film, 'A', "Cs", 0.05, "FA", 0.80, "MA", 0.15);
        site(film, 'B', "Pb", 1.0);
        site(film, 'X', "I", 0.85, "Br", 0.15);
        film.setElectronAffinityEv(3.9);
        film.setIonisationEnergyEv(5.5);
        ValueSource source = F.createValueSource();
        source.setFeature("electronAffinityEv");
        source.setReference(reference);
        film.getSources().add(source);
        film.getReferences().add(reference);
        model.getMaterials().add(film);

        Perovskite2D twoD = F.createPerovskite2D();
        twoD.setName("BA2MA2Pb3I10");
        twoD.getSpacers().add(ba);
        twoD.setPhase(Phase2D.RP);
        site(twoD, 'A', "MA", 1.0);
        site(twoD, 'B', "Pb", 1.0);
        site(twoD, 'X', "I", 1.0);
        NPhaseFraction n3 = F.createNPhaseFraction();
        n3.setN(3);
        n3.setFraction(1.0);
        twoD.getNPhases().add(n3);
        twoD.setThicknessNm(10.0);
        model.getMaterials().add(twoD);

        Heterostructure heterostructure = F.createHeterostructure();
        heterostructure.setName("H");
        heterostructure.setFilm(film);
        heterostructure.setFilmThicknessNm(500.0);
        TwoDPhasePlacement placement = F.createTwoDPhasePlacement();
        placement.setName("cap");
        placement.setPhase(twoD);
        placement.setPlacement(Placement.TOP_SURFACE);
        placement.setCoverageFraction(0.9);
        heterostructure.getPhases().add(placement);
        model.getHeterostructures().add(heterostructure);

        Device device = F.createDevice();
        device.setName("cell");
        device.setArchitecture(Architecture.NIP);
        Layer etl = layer(device, "ETL", LayerRole.ETL, 50.0);
        Layer absorber = layer(device, "absorber", LayerRole.ABSORBER, 500.0);
        absorber.setMaterial(film);
        absorber.setHeterostructure(heterostructure);
        layer(device, "HTL", LayerRole.HTL, 200.0);
        DeviceInterface face = F.createDeviceInterface();
        face.setName("ETL/absorber");
        face.setLower(etl);
        face.setUpper(absorber);
        face.setElectronRecombinationVelocityMPerS(1e5);
        device.getInterfaces().add(face);
        VoltageProtocol protocol = F.createVoltageProtocol();
        protocol.setScanLowV(0);
        protocol.setScanHighV(1.2);
        protocol.setScanRateVPerS(0.1);
        device.setProtocol(protocol);
        model.getDevices().add(device);

        AnalysisResult result = F.createAnalysisResult();
        result.setName("result1");
        result.setTarget(device);
        Series series = F.createSeries();
        series.setKey("jv");
        series.getX().add(0.0);
        series.getY().add(20.0);
        result.getSeries().add(series);
        model.getResults().add(result);
        return model;
    }

    static Layer layer(Device device, String name, LayerRole role, double thicknessNm) {
        Layer layer = F.createLayer();
        layer.setName(name);
        layer.setRole(role);
        layer.setThicknessNm(thicknessNm);
        device.getLayers().add(layer);
        return layer;
    }

    /** Sets a site: ion, fraction, ion, fraction... */
    static void site(PerovskiteComposition perovskite, char site, Object... ionsAndFractions) {
        var list = switch (site) {
            case 'A' -> perovskite.getASite();
            case 'B' -> perovskite.getBSite();
            default -> perovskite.getXSite();
        };
        list.clear();
        for (int i = 0; i < ionsAndFractions.length; i += 2) {
            SiteOccupancy occupancy = F.createSiteOccupancy();
            occupancy.setIon((String) ionsAndFractions[i]);
            occupancy.setFraction(((Number) ionsAndFractions[i + 1]).doubleValue());
            list.add(occupancy);
        }
    }
}
