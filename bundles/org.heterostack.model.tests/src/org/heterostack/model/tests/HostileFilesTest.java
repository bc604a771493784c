package org.heterostack.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.heterostack.model.io.FileDiagnostic;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.junit.jupiter.api.Test;

/** Malformed and malicious files: each is refused with the exact diagnostic a user sees, never an exception. */
class HostileFilesTest {

    static final String NAMESPACES = "xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:hstack=\"http://heterostack.org/model/1.1\"";
    static final String DECLARATION = "<?xml version=\"1.0\"?>\n";

    static void assertRefused(String xml, String diagnostic) {
        LoadResult result = TestModels.parse(xml);
        assertNull(result.model(), "no model from a refused file");
        assertEquals(List.of(diagnostic), result.diagnostics().stream().map(FileDiagnostic::toString).toList());
    }

    @Test
    void externalEntitiesAreRefused() {
        assertRefused(DECLARATION
                + "<!DOCTYPE hstack:HeterostackModel [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<hstack:HeterostackModel xmi:version=\"2.0\" " + NAMESPACES + " description=\"&xxe;\"/>\n",
                "test.hstack:2:10: error: the file contains a document type declaration (<!DOCTYPE ...>); DTDs and "
                        + "entity declarations are refused in .hstack files for safety");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder entities = new StringBuilder(" <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            entities.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        assertRefused(DECLARATION + "<!DOCTYPE lolz [\n" + entities + "]>\n<hstack:HeterostackModel " + NAMESPACES
                + " description=\"&lol9;\"/>\n",
                "test.hstack:2:10: error: the file contains a document type declaration (<!DOCTYPE ...>); DTDs and "
                        + "entity declarations are refused in .hstack files for safety");
    }

    @Test
    void aTruncatedFileIsReportedWhereItEnds() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n"
                + "  <materials xsi:type=\"hstack:Perovskite3D\" name=\"X\">\n    <aSite ion=\"MA\"/>\n",
                "test.hstack:5:1: error: the file ends unexpectedly (is it truncated?): an element is not closed");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("", "test.hstack:1:1: error: the file is empty or ends before its root element");
    }

    @Test
    void aFileCutInsideItsXmlDeclarationIsReportedWhereItEnds() {
        // found by the 10,000-case CLI fuzz run: the parser gives no position here, so the message had none
        assertRefused("<?xml version=\"1.", "test.hstack:1:18: error: the file is empty or ends before its root "
                + "element");
    }

    @Test
    void anUnknownEncodingIsNamedWhereItIsDeclared() {
        // found by the 10,000-case CLI fuzz run: an attribute swap put a reference key into the XML declaration's
        // encoding, and the parser's "Ma2024" came out as "cannot read XML: Ma2024" without a position
        assertRefused("<?xml version=\"1.0\" encoding=\"Ma2024\"?>\n<hstack:HeterostackModel " + NAMESPACES + "/>\n",
                "test.hstack:1:21: error: the XML declaration names the encoding 'Ma2024', which is not known; "
                        + ".hstack files are written in UTF-8 (encoding=\"UTF-8\")");
    }

    @Test
    void aWrongNamespaceIsRefused() {
        assertRefused(DECLARATION + "<foo:HeterostackModel xmlns:foo=\"http://example.org/other\"/>\n",
                "test.hstack:2:61: error: not a Heterostack model: the root element <foo:HeterostackModel> is in "
                        + "namespace 'http://example.org/other', expected <hstack:HeterostackModel> in namespace "
                        + "'http://heterostack.org/model/1.1'");
    }

    @Test
    void aNewerVersionIsRefused() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel xmlns:hstack=\"http://heterostack.org/model/2.0\"/>\n",
                "test.hstack:2:75: error: this file uses Heterostack model version 2.0, which is newer than the "
                        + "version this Heterostack reads (1.1); open it with a newer Heterostack");
    }

    @Test
    void anOlderVersionWithoutMigrationIsRefused() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel xmlns:hstack=\"http://heterostack.org/model/0.5\"/>\n",
                "test.hstack:2:75: error: Heterostack model version 0.5 cannot be read: no migration to version 1.1 "
                        + "is registered");
    }

    @Test
    void theRootMustBeAModel() {
        assertRefused(DECLARATION + "<hstack:Device " + NAMESPACES + " name=\"x\"/>\n",
                "test.hstack:2:163: error: the root element must be <hstack:HeterostackModel>, found <hstack:Device>");
    }

    @Test
    void schemaLocationsAreRefused() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES
                + " xsi:schemaLocation=\"http://heterostack.org/model/1.1 http://evil.example/x.ecore\"/>\n",
                "test.hstack:2:246: error: schema locations (xsi:schemaLocation) are refused in .hstack files");
    }

    @Test
    void foreignNamespacesAreRefused() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + " xmlns:ev=\"http://evil.example/1\">\n"
                + " <materials xsi:type=\"ev:Thing\"/>\n</hstack:HeterostackModel>\n",
                "test.hstack:2:196: error: unexpected namespace 'http://evil.example/1': .hstack files may only use "
                        + "the Heterostack, XMI and XML Schema instance namespaces");
    }

    @Test
    void referencesToOtherFilesAreRefused() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n"
                + "  <materials xsi:type=\"hstack:Perovskite2D\" name=\"Y\">\n"
                + "    <spacers href=\"file:///etc/passwd#x\"/>\n  </materials>\n</hstack:HeterostackModel>\n",
                "test.hstack:4:43: error: references to other files (href) are not supported: a .hstack file is "
                        + "self-contained");
    }

    @Test
    void unknownAttributesAreNamed() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n"
                + "  <materials xsi:type=\"hstack:Perovskite3D\" name=\"X\" colour=\"black\"/>\n"
                + "</hstack:HeterostackModel>\n",
                "test.hstack:3:70: error: unknown attribute or element 'colour' in perovskite 'X'");
    }

    @Test
    void unknownElementsAreNamed() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n  <gadgets name=\"b\"/>\n"
                + "</hstack:HeterostackModel>\n",
                "test.hstack:3:22: error: unknown attribute or element 'gadgets' in the model");
    }

    @Test
    void unknownTypesAreNamed() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n"
                + "  <materials xsi:type=\"hstack:Bogus\" name=\"b\"/>\n</hstack:HeterostackModel>\n",
                "test.hstack:3:48: error: unknown element type 'Bogus'");
    }

    @Test
    void unresolvedReferencesAreNamed() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n"
                + "  <materials xsi:type=\"hstack:Perovskite2D\" name=\"Y\" spacers=\"NOPE\"/>\n"
                + "</hstack:HeterostackModel>\n",
                "test.hstack:3:70: error: 2D perovskite 'Y': 'NOPE' in 'spacers' does not name an element of this file");
    }

    @Test
    void malformedNumbersAreNamed() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n  <devices name=\"cell\">\n"
                + "    <layers name=\"ETL\" thicknessNm=\"thick\"/>\n  </devices>\n</hstack:HeterostackModel>\n",
                "test.hstack:4:45: error: Layer 'ETL' of device 'cell': 'thick' is not a valid value of 'thicknessNm' "
                        + "(a number is expected; write numbers like 400, -0.5 or 1.6E25)");
    }

    @Test
    void unknownEnumerationValuesListTheChoices() {
        assertRefused(DECLARATION + "<hstack:HeterostackModel " + NAMESPACES + ">\n"
                + "  <devices name=\"cell\" architecture=\"NPN\"/>\n</hstack:HeterostackModel>\n",
                "test.hstack:3:44: error: Device 'cell': 'NPN' is not a valid value of 'architecture' (one of NIP, PIN)");
    }

    @Test
    void aMissingFileIsReported() {
        LoadResult result = ModelFiles.load(Path.of("/nonexistent/x.hstack"));
        assertNull(result.model());
        assertEquals("/nonexistent/x.hstack: error: file not found", result.diagnostics().get(0).toString());
    }
}
