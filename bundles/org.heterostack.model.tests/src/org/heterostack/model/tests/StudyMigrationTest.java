package org.heterostack.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.heterostack.model.AxisKind;
import org.heterostack.model.EnginePin;
import org.heterostack.model.ParameterAxis;
import org.heterostack.model.Study;
import org.heterostack.model.io.LoadResult;
import org.junit.jupiter.api.Test;

/** Model 1.0 files load into 1.1 with nothing lost: a study's engine identifiers become engine pins. */
class StudyMigrationTest {

    private static final String V10 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <hstack:HeterostackModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:hstack="http://heterostack.org/model/1.0"
                description="a 1.0 file">
              <materials xsi:type="hstack:Perovskite3D" name="MAPbI3" bandGapEv="1.6">
                <aSite ion="MA"/>
              </materials>
              <studies name="gap" description="gap sweep" baseline="MAPbI3">
                <axes name="gap" path="bandGapEv" unit="eV">
                  <values>1.5</values>
                  <values>1.6</values>
                </axes>
                <candidates name="c1">
                  <assignments path="bandGapEv" value="1.55"/>
                </candidates>
                <engineIds>org.heterostack.engine.device.detailedbalance</engineIds>
                <engineIds>org.heterostack.engine.structure.tolerance</engineIds>
              </studies>
            </hstack:HeterostackModel>
            """;

    @Test
    void aVersion10StudyLoadsWithItsEnginesPinned() {
        LoadResult result = TestModels.parse(V10);
        assertTrue(result.ok(), result.diagnostics()::toString);
        assertEquals(List.of("test.hstack: warning: migrated from Heterostack model version 1.0 to 1.1; saving writes "
                + "version 1.1"), result.diagnostics().stream().map(Object::toString).toList());
        Study study = result.model().getStudies().get(0);
        assertEquals("gap sweep", study.getDescription());
        assertEquals(result.model().findByName("MAPbI3"), study.getBaseline());
        ParameterAxis axis = study.getAxes().get(0);
        assertEquals(List.of("1.5", "1.6"), axis.getValues());
        assertEquals("bandGapEv", axis.getPath());
        assertEquals("eV", axis.getUnit());
        assertEquals(AxisKind.ATTRIBUTE, axis.getKind());
        assertEquals("1.55", study.getCandidates().get(0).getAssignments().get(0).getValue());
        assertEquals(List.of("org.heterostack.engine.device.detailedbalance", "org.heterostack.engine.structure.tolerance"),
                study.getEngines().stream().map(EnginePin::getEngineId).toList());
        assertTrue(study.getEngines().stream().allMatch(pin -> pin.getVersion() == null && pin.getSettings().isEmpty()));
        String saved = TestModels.write(result.model());
        assertTrue(saved.contains("<engines engineId=\"org.heterostack.engine.structure.tolerance\"/>"), saved);
    }
}
