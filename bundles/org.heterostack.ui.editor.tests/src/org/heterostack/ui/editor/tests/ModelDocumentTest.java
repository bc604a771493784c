package org.heterostack.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.Layer;
import org.heterostack.model.TransportMaterial;
import org.heterostack.ui.editor.internal.ModelDocument;
import org.junit.jupiter.api.Test;

/** Reading, saving and failing to save a model file without any UI. */
class ModelDocumentTest {

    private static Path example(String name) throws IOException {
        return EditorTestSupport.exampleCopy(name);
    }

    @Test
    void aFailedSaveLeavesTheFileAndTheEditsAsTheyWere() throws Exception {
        Path file = example("ba-mapbi3-nip.hstack");
        byte[] before = Files.readAllBytes(file);
        ModelDocument document = new ModelDocument(file);
        assertTrue(document.load());
        Layer htl = document.model().getDevices().get(0).getLayers().get(4);
        TransportMaterial outside = HeterostackFactory.eINSTANCE.createTransportMaterial();
        outside.setName("PTAA");
        document.domain().getCommandStack()
                .execute(SetCommand.create(document.domain(), htl, Literals.LAYER__MATERIAL, outside));
        IOException failure = assertThrows(IOException.class, document::save);
        assertTrue(failure.getMessage().startsWith("cannot save: "), failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file on disk is unchanged");
        assertTrue(document.isDirty(), "the edit is still unsaved");
        assertEquals(outside, htl.getMaterial(), "the edit is kept");
        document.domain().getCommandStack().undo();
        document.save();
        assertFalse(document.isDirty());
        document.dispose();
    }

    @Test
    void aBrokenFileYieldsDiagnosticsAndNoModel() throws Exception {
        Path file = Files.createTempDirectory("document").resolve("broken.hstack");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<hstack:HeterostackModel xmlns:hstack=\"urn:other\"/>\n");
        ModelDocument document = new ModelDocument(file);
        assertFalse(document.load());
        assertNull(document.model());
        assertEquals(2, document.diagnostics().get(0).line());
        assertFalse(document.isDirty());
        document.dispose();
    }

    @Test
    void saveAsMovesTheDocumentToTheNewFile() throws Exception {
        Path file = example("ba-mapbi3-nip.hstack");
        ModelDocument document = new ModelDocument(file);
        assertTrue(document.load());
        Layer cap = document.model().getDevices().get(0).getLayers().get(3);
        document.domain().getCommandStack()
                .execute(SetCommand.create(document.domain(), cap, Literals.LAYER__THICKNESS_NM, 7.5));
        Path copy = file.resolveSibling("copy.hstack");
        document.saveAs(copy);
        assertEquals(copy, document.file());
        assertFalse(document.isDirty());
        assertTrue(Files.readString(copy).contains("thicknessNm=\"7.5\""));
        assertTrue(Files.readString(file).contains("name=\"2D-cap\" role=\"PASSIVATION_2D\" material=\"BA2PbI4\" "
                + "thicknessNm=\"10.0\""), "the original file is unchanged");
        document.dispose();
    }
}
