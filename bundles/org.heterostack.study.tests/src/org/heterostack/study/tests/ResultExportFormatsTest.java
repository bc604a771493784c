package org.heterostack.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Message;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Provenance;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;
import org.heterostack.model.Severity;
import org.heterostack.study.ResultsJson;
import org.heterostack.study.SeriesCsv;
import org.junit.jupiter.api.Test;

/** The result exports shared by the CLI and the workbench: JSON (docs/cli.md keys) and series CSV. */
class ResultExportFormatsTest {

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;

    private static Series jv() {
        Series s = F.createSeries();
        s.setKey("jv_reverse");
        s.setXName("voltage");
        s.setXUnit("V");
        s.setYName("current density");
        s.setYUnit("mA/cm2");
        s.getX().addAll(List.of(0.0, 0.5, 1.1));
        s.getY().addAll(List.of(22.2, 21.9, -3.25));
        return s;
    }

    @Test
    void resultsJsonHasTheDocumentedKeys() {
        Perovskite3D target = F.createPerovskite3D();
        target.setName("MAPbI3");
        AnalysisResult r = F.createAnalysisResult();
        r.setTarget(target);
        r.setEngineId("org.example.engine");
        r.setEngineVersion("1.2.0");
        r.setCategory(EngineCategory.DEVICE);
        r.setStatus(ResultStatus.OK);
        Quantity q = F.createQuantity();
        q.setKey("pce");
        q.setValue(21.05);
        q.setUnit("%");
        r.getQuantities().add(q);
        r.getSeries().add(jv());
        Message m = F.createMessage();
        m.setSeverity(Severity.WARNING);
        m.setText("ions left out");
        r.getMessages().add(m);
        Provenance p = F.createProvenance();
        p.setInputHash("abc");
        p.getSettings().put("scan_rate", "0.1");
        r.setProvenance(p);
        assertEquals("{\"file\":\"cell.hstack\",\"results\":[{\"target\":\"MAPbI3\",\"engine\":\"org.example.engine\","
                + "\"engineVersion\":\"1.2.0\",\"category\":\"DEVICE\",\"status\":\"ok\","
                + "\"quantities\":{\"pce\":{\"value\":21.05,\"unit\":\"%\"}},"
                + "\"series\":{\"jv_reverse\":{\"xName\":\"voltage\",\"xUnit\":\"V\",\"yName\":\"current density\","
                + "\"yUnit\":\"mA/cm2\",\"x\":[0,0.5,1.1],\"y\":[22.2,21.9,-3.25]}},"
                + "\"messages\":[{\"severity\":\"warning\",\"text\":\"ions left out\"}],"
                + "\"provenance\":{\"inputHash\":\"abc\",\"timestamp\":\"null\",\"settings\":{\"scan_rate\":\"0.1\"},"
                + "\"citations\":[]}}]}", ResultsJson.write("cell.hstack", List.of(r)));
    }

    /** Text is escaped as JSON; whole numbers below 1e15 have no fraction, others are written as Java prints them. */
    @Test
    void resultsJsonEscapesTextAndWritesNumbersAsDocumented() {
        AnalysisResult r = F.createAnalysisResult();
        r.setEngineId("e");
        for (double value : new double[] {3.0, 0.25, 1.6E25, -2.0, 1e-9}) {
            Quantity q = F.createQuantity();
            q.setKey("q" + r.getQuantities().size());
            q.setValue(value);
            q.setUnit("1");
            r.getQuantities().add(q);
        }
        Message m = F.createMessage();
        m.setSeverity(Severity.ERROR);
        m.setText("a \"quoted\"\\path\nnext\u0001");
        r.getMessages().add(m);
        String json = ResultsJson.write("x", List.of(r));
        assertTrue(json.contains("\"q0\":{\"value\":3,\"unit\":\"1\"},\"q1\":{\"value\":0.25,\"unit\":\"1\"},"
                + "\"q2\":{\"value\":1.6E25,\"unit\":\"1\"},\"q3\":{\"value\":-2,\"unit\":\"1\"},"
                + "\"q4\":{\"value\":1.0E-9,\"unit\":\"1\"}"), json);
        assertTrue(json.contains("\"text\":\"a \\\"quoted\\\"\\\\path\\nnext\\u0001\""), json);
        assertTrue(json.contains("\"target\":null,"), json);
    }

    @Test
    void seriesCsvNamesBothColumnsWithUnits() {
        assertEquals("voltage (V),current density (mA/cm2)\n0.0,22.2\n0.5,21.9\n1.1,-3.25\n", SeriesCsv.write(jv()));
    }

    @Test
    void seriesCsvQuotesHeadersWithCommasAndRefusesRaggedSeries() {
        Series s = jv();
        s.setYName("J, reverse \"scan\"");
        assertEquals("voltage (V),\"J, reverse \"\"scan\"\" (mA/cm2)\"", SeriesCsv.write(s).lines().findFirst().orElseThrow());
        s.getY().remove(0);
        assertEquals("series 'jv_reverse' has 3 x values but 2 y values",
                assertThrows(IllegalArgumentException.class, () -> SeriesCsv.write(s)).getMessage());
    }
}
