package org.heterostack.study.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Study;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.study.EngineLookup;
import org.heterostack.study.MaterialCatalog;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyPlan;

/** Small study files for the tests: a p-i-n cell with a 2D capping layer, swept over spacer, n and thickness. */
public final class TestStudies {

    /** The model around the study; {@code %s} is the study element. */
    public static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <hstack:HeterostackModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:hstack="http://heterostack.org/model/1.1">
              <materials xsi:type="hstack:OrganicCation" name="PEA" charge="1"/>
              <materials xsi:type="hstack:OrganicCation" name="BA" charge="1"/>
              <materials xsi:type="hstack:Perovskite3D" name="MAPbI3" bandGapEv="1.6">
                <aSite ion="MA"/><bSite ion="Pb"/><xSite ion="I"/>
              </materials>
              <materials xsi:type="hstack:Perovskite2D" name="cap" spacers="PEA" phase="RP" orientation="PARALLEL">
                <aSite ion="MA"/><bSite ion="Pb"/><xSite ion="I"/>
                <nPhases n="1" fraction="1.0"/>
              </materials>
              <heterostructures name="hs" film="MAPbI3" filmThicknessNm="500">
                <phases name="top" phase="cap" placement="TOP_SURFACE"/>
              </heterostructures>
              <devices name="cell" kind="SOLAR_CELL" architecture="PIN">
                <layers name="absorber" role="ABSORBER" material="MAPbI3" heterostructure="hs" thicknessNm="500"/>
              </devices>
            %s
            </hstack:HeterostackModel>
            """;

    /** A 2 x 3 x 4 sweep (24 candidates) of the cell with the echo engine. */
    public static final String SWEEP = """
              <studies name="sweep" baseline="cell">
                <axes name="spacer" kind="MATERIAL"><values>PEA</values><values>BA</values></axes>
                <axes name="n" kind="N"><values>1</values><values>2</values><values>3</values></axes>
                <axes name="thickness" path="layers[absorber].thicknessNm" unit="nm" range="LINEAR" from="300" to="600"
                    count="4"/>
                <engines engineId="test.echo"/>
              </studies>
            """;

    private TestStudies() {
    }

    /**
     * @param study the study element(s)
     * @return the model file's text
     */
    public static String file(String study) {
        return MODEL.formatted(study);
    }

    /**
     * @param xml a model file's text
     * @return the loaded model
     */
    public static HeterostackModel load(String xml) {
        return load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.hstack");
    }

    /**
     * @param in   a model file's content
     * @param name its name, for messages
     * @return the loaded model
     */
    public static HeterostackModel load(InputStream in, String name) {
        try (in) {
            LoadResult result = ModelFiles.load(in, name);
            if (!result.ok()) {
                throw new AssertionError(name + ": " + result.diagnostics());
            }
            return result.model();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * @param model   a model with studies
     * @param engines the engines the lookup knows
     * @return the plan of its first study
     * @throws StudyException when the study is not valid
     */
    public static StudyPlan plan(HeterostackModel model, IAnalysisEngine... engines) throws StudyException {
        Study study = model.getStudies().get(0);
        return StudyPlan.of(study, lookup(engines), MaterialCatalog.NONE);
    }

    /**
     * @param engines engines
     * @return a lookup finding them by id
     */
    public static EngineLookup lookup(IAnalysisEngine... engines) {
        List<IAnalysisEngine> list = List.of(engines);
        return selector -> list.stream().filter(e -> e.descriptor().id().equals(selector.engineId())
                && selector.versionRange().map(r -> org.osgi.framework.VersionRange.valueOf(r)
                        .includes(org.osgi.framework.Version.valueOf(e.descriptor().version()))).orElse(true))
                .findFirst().or(Optional::empty);
    }
}
