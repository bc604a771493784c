package org.heterostack.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.heterostack.study.StatePoint;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyPlan;
import org.junit.jupiter.api.Test;

/** Candidate ids: stable, insensitive to how the file is written, sensitive to every value. */
class StudyIdsTest {

    private static List<String> ids(String xml) throws StudyException {
        List<String> ids = new ArrayList<>();
        for (StatePoint point : TestStudies.plan(TestStudies.load(xml), new EchoEngine()).space()) {
            ids.add(point.id());
        }
        return ids;
    }

    @Test
    void idsAreTheSameOnEveryRunAndMachine() throws StudyException {
        List<String> ids = ids(TestStudies.file(TestStudies.SWEEP));
        assertEquals(24, ids.size());
        assertEquals(24, new HashSet<>(ids).size(), "every candidate has its own id");
        // the SHA-256 of the canonical state point: a constant, whatever the JVM, the platform or the run
        assertEquals(FIRST_ID, ids.get(0));
        assertEquals(ids, ids(TestStudies.file(TestStudies.SWEEP)));
    }

    /** The id of the first candidate (PEA, n = 1, 300 nm) of {@link TestStudies#SWEEP}. */
    private static final String FIRST_ID = "3221de0441b50585738dc6b6c8b45942ffc64fc771c1673427a320f971ff4113";

    @Test
    void theOrderOfAttributesAxesAndObjectsDoesNotChangeIds() throws StudyException {
        String reordered = TestStudies.file("""
                  <studies baseline="cell" name="sweep">
                    <axes count="4" from="300" to="600" range="LINEAR" unit="nm" path="layers[absorber].thicknessNm"
                        name="thickness"/>
                    <axes kind="N" name="n"><values>3</values><values>1</values><values>2.0</values></axes>
                    <axes kind="MATERIAL" name="spacer"><values>BA</values><values>PEA</values></axes>
                    <engines engineId="test.echo"/>
                  </studies>
                """).replace("<materials xsi:type=\"hstack:Perovskite3D\" name=\"MAPbI3\" bandGapEv=\"1.6\">",
                "<materials bandGapEv=\"16e-1\" name=\"MAPbI3\" xsi:type=\"hstack:Perovskite3D\">");
        Set<String> original = new HashSet<>(ids(TestStudies.file(TestStudies.SWEEP)));
        assertEquals(original, new HashSet<>(ids(reordered)));
    }

    @Test
    void aChangedAttributeOfTheBaseChangesEveryId() throws StudyException {
        Set<String> original = new HashSet<>(ids(TestStudies.file(TestStudies.SWEEP)));
        List<String> changed = ids(TestStudies.file(TestStudies.SWEEP).replace("bandGapEv=\"1.6\"",
                "bandGapEv=\"1.61\""));
        assertTrue(changed.stream().noneMatch(original::contains), "no id survives a changed band gap");
    }

    @Test
    void aChangedAxisValueChangesOnlyItsCandidates() throws StudyException {
        List<String> original = ids(TestStudies.file(TestStudies.SWEEP));
        List<String> changed = ids(TestStudies.file(TestStudies.SWEEP.replace("<values>3</values>",
                "<values>4</values>")));
        Set<String> kept = new HashSet<>(original);
        kept.retainAll(changed);
        assertEquals(16, kept.size(), "the n = 1 and n = 2 candidates keep their ids, the n = 3 ones change");
        assertNotEquals(original.get(2 * 4), changed.get(2 * 4));
    }

    @Test
    void aStatePointNamesItsValues() throws StudyException {
        StudyPlan plan = TestStudies.plan(TestStudies.load(TestStudies.file(TestStudies.SWEEP)), new EchoEngine());
        StatePoint first = plan.space().iterator().next();
        assertEquals("{spacer=PEA, n=1, thickness=300}", first.byName().toString());
    }
}
