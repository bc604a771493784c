package org.heterostack.model.tests;

import static org.heterostack.model.tests.HostileFilesTest.DECLARATION;
import static org.heterostack.model.tests.HostileFilesTest.NAMESPACES;
import static org.heterostack.model.tests.HostileFilesTest.assertRefused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * One documented number syntax, and references that are refused where they are written: each case asserts the
 * exact diagnostic a user sees (regressions of the adversarial probe of issue #11: Java literals accepted and
 * rewritten, a '#' in a reference blaming 22 correct references, an object dump without a position, a long name
 * reported as an entity reference).
 */
class ValueDiagnosticsTest {

    private static String layerWithThickness(String value) {
        return DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n  <devices name=\"cell\">\n"
                + "    <layers name=\"ETL\" thicknessNm=\"" + value + "\"/>\n  </devices>\n</hstack:HeterostackModel>\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0x1p3|45|write numbers like 400, -0.5 or 1.6E25",
        "400.0d|46|write numbers like 400, -0.5 or 1.6E25",
        "+400|44|write it without '+'",
        "' 400.0 '|47|remove the blanks around it",
        "1e400|45|the largest number is about 1.8e308",
        "NaN|43|write numbers like 400, -0.5 or 1.6E25"})
    void javaLiteralsAndNonFiniteNumbersAreRefused(String value, int column, String hint) {
        assertRefused(layerWithThickness(value), "test.hstack:4:" + column + ": error: Layer 'ETL' of device 'cell': '"
                + value + "' is not a valid value of 'thicknessNm' (a number is expected; " + hint + ")");
    }

    @Test
    void aHashInAReferenceIsReportedOnceWhereItIsWritten() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n"
                + "  <materials xsi:type=\"hstack:TransportMaterial\" name=\"TiO2\"/>\n  <devices name=\"cell\">\n"
                + "    <layers name=\"ETL\" material=\"Ti#O2\"/>\n    <layers name=\"HTL\" material=\"TiO2\"/>\n"
                + "  </devices>\n</hstack:HeterostackModel>\n",
                "test.hstack:5:42: error: <layers name=\"ETL\">: 'material' refers to 'Ti#O2', but a reference is the "
                        + "name of an element of this file ('#' and URIs of other files are not allowed)");
    }

    @Test
    void aUriInAReferenceIsRefused() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n"
                + "  <devices name=\"cell\">\n    <layers name=\"ETL\" material=\"http://example.org/m.hstack\"/>\n"
                + "  </devices>\n</hstack:HeterostackModel>\n",
                "test.hstack:4:64: error: <layers name=\"ETL\">: 'material' refers to 'http://example.org/m.hstack', "
                        + "but a reference is the name of an element of this file ('#' and URIs of other files are "
                        + "not allowed)");
    }

    @Test
    void aReferenceToTheWrongKindOfObjectNamesBothWithAPosition() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n"
                + "  <materials xsi:type=\"hstack:TransportMaterial\" name=\"TiO2\"/>\n  <devices name=\"cell\">\n"
                + "    <layers name=\"ETL\" material=\"cell\"/>\n  </devices>\n</hstack:HeterostackModel>\n",
                "test.hstack:5:24: error: Layer 'ETL' of device 'cell': 'material' refers to device 'cell', but it must "
                        + "refer to a material");
    }

    @Test
    void aPathReferenceToTheWrongKindOfObjectHasAPositionToo() {
        // found by the 10,000-case CLI fuzz run: a reference written as a path, or to a literature reference's key,
        // was reported without line:column
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n"
                + "  <materials xsi:type=\"hstack:TransportMaterial\" name=\"TiO2\"/>\n  <devices name=\"cell\">\n"
                + "    <layers name=\"ETL\" material=\"//@devices.0/@layers[name='ETL']\"/>\n  </devices>\n"
                + "</hstack:HeterostackModel>\n",
                "test.hstack:5:24: error: Layer 'ETL' of device 'cell': 'material' refers to layer 'ETL' of device "
                        + "'cell', but it must refer to a material");
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n"
                + "  <references key=\"Ma2024\" citation=\"X\"/>\n  <devices name=\"cell\">\n"
                + "    <layers name=\"ETL\" material=\"Ma2024\"/>\n  </devices>\n</hstack:HeterostackModel>\n",
                "test.hstack:5:24: error: Layer 'ETL' of device 'cell': 'material' refers to reference 'Ma2024', but it "
                        + "must refer to a material");
    }

    @Test
    void anOverlongNameIsNotCalledAnEntityReference() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n  <devices name=\"cell\" "
                + "a".repeat(1001) + "=\"1\"/>\n</hstack:HeterostackModel>\n",
                "test.hstack:3:1025: error: an element or attribute name is longer than 1000 characters; .hstack "
                        + "files use the names of the model (see docs/file-format.md)");
    }
}
