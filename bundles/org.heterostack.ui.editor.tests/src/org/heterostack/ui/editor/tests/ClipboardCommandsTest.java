package org.heterostack.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceInterface;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Layer;
import org.heterostack.model.Material;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Severity;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.model.validation.ModelValidation;
import org.heterostack.ui.editor.internal.ModelDocument;
import org.heterostack.ui.editor.internal.stack.ModelClipboard;
import org.heterostack.ui.editor.internal.stack.PasteCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Copy, cut and paste of layers, materials and devices, within a file and between files; each undoable exactly. */
class ClipboardCommandsTest {

    private ModelDocument nip;
    private ModelDocument led;

    @BeforeEach
    void load() throws Exception {
        nip = new ModelDocument(EditorTestSupport.exampleCopy("ba-mapbi3-nip.hstack"));
        led = new ModelDocument(EditorTestSupport.exampleCopy("pea-led.hstack"));
        assertTrue(nip.load());
        assertTrue(led.load());
        ModelClipboard.clear();
    }

    @AfterEach
    void dispose() {
        ModelClipboard.clear();
        nip.dispose();
        led.dispose();
    }

    private static String text(ModelDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFiles.write(document.model(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long errors(HeterostackModel model) {
        return ModelValidation.validate(model).stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    /** Executes, checks that undo restores the file exactly, and redoes. */
    private static void executeUndoRedo(ModelDocument document, Command command) throws Exception {
        String before = text(document);
        CommandStack stack = document.domain().getCommandStack();
        assertTrue(command.canExecute(), command.getLabel());
        stack.execute(command);
        assertTrue(document.isDirty());
        stack.undo();
        assertEquals(before, text(document), "undo restores the file exactly: " + command.getLabel());
        stack.redo();
    }

    @Test
    void copyALayerAndPasteItAboveTheSelectedOne() throws Exception {
        Device device = nip.model().getDevices().get(0);
        Layer htl = device.getLayers().get(4);
        ModelClipboard.copy(List.of(htl));
        Command paste = PasteCommand.create(nip.domain(), nip.model(), htl, device);
        assertEquals("Paste HTL", paste.getLabel());
        executeUndoRedo(nip, paste);
        Layer pasted = device.getLayers().get(5);
        assertNotSame(htl, pasted);
        assertEquals("HTL 2", pasted.getName(), "layer names are unique within the device");
        assertSame(htl.getMaterial(), pasted.getMaterial(), "the copy uses the model's own material");
        assertEquals(htl.getThicknessNm(), pasted.getThicknessNm());
        assertEquals(List.of(pasted), List.copyOf(paste.getAffectedObjects()), "the pasted layer is selected");
        assertTrue(PasteCommand.create(nip.domain(), nip.model(), htl, device).canExecute(), "pastes again");
    }

    @Test
    void cutALayerThenPasteItElsewhere() throws Exception {
        Device device = nip.model().getDevices().get(0);
        Layer cap = device.getLayers().get(3);
        Command cut = ModelClipboard.cut(nip.domain(), List.of(cap));
        assertEquals("Cut 2D-cap", cut.getLabel());
        executeUndoRedo(nip, cut);
        assertFalse(device.getLayers().contains(cap));
        assertEquals(1, ModelClipboard.contents().size());
        Layer etl = device.getLayers().get(1);
        executeUndoRedo(nip, PasteCommand.create(nip.domain(), nip.model(), etl, device));
        Layer pasted = device.getLayers().get(2);
        assertEquals("2D-cap", pasted.getName(), "the cut name is free again");
        assertSame(nip.model().findByName("BA2PbI4"), pasted.getMaterial());
    }

    @Test
    void aPastedMaterialGetsAFreeName() throws Exception {
        Material mapbi3 = (Material) nip.model().findByName("MAPbI3");
        long errors = errors(nip.model());
        ModelClipboard.copy(List.of(mapbi3));
        executeUndoRedo(nip, PasteCommand.create(nip.domain(), nip.model(), mapbi3, null));
        int index = nip.model().getMaterials().indexOf(mapbi3);
        Material pasted = nip.model().getMaterials().get(index + 1);
        assertEquals("MAPbI3-2", pasted.getName(), "names are the file's identifiers (no spaces)");
        assertEquals(errors, errors(nip.model()), ModelValidation.validate(nip.model()).toString());
    }

    @Test
    void aDeviceIsPastedWithItsOwnLayersAndInterfaces() throws Exception {
        Device device = nip.model().getDevices().get(0);
        ModelClipboard.copy(List.of(device));
        executeUndoRedo(nip, PasteCommand.create(nip.domain(), nip.model(), device, null));
        Device pasted = nip.model().getDevices().get(1);
        assertEquals(device.getName() + "-2", pasted.getName());
        assertEquals(device.getLayers().size(), pasted.getLayers().size());
        for (DeviceInterface face : pasted.getInterfaces()) {
            assertTrue(face.getLower() == null || pasted.getLayers().contains(face.getLower()),
                    "interfaces name the pasted device's layers, not the original's");
        }
    }

    @Test
    void aLayerFromAnotherFileBringsItsMaterialSpacerAndReferences() throws Exception {
        Layer absorber = nip.model().getDevices().get(0).getLayers().get(2);
        Layer cap = nip.model().getDevices().get(0).getLayers().get(3);
        ModelClipboard.copy(List.of(absorber, cap));
        Device emitterDevice = led.model().getDevices().get(0);
        Layer emitter = emitterDevice.getLayers().get(2);
        long errors = errors(led.model());
        Command paste = PasteCommand.create(led.domain(), led.model(), emitter, emitterDevice);
        assertEquals("Paste 2 Layers", paste.getLabel());
        executeUndoRedo(led, paste);
        Layer pastedCap = emitterDevice.getLayers().get(4);
        Perovskite2D phase = (Perovskite2D) pastedCap.getMaterial();
        assertSame(led.model(), phase.eContainer(), "BA2PbI4 is copied into the LED's file");
        assertSame(led.model(), phase.getSpacers().get(0).eContainer(), "with its BA spacer");
        assertTrue(phase.getReferences().stream().allMatch(r -> r.eContainer() == led.model()), "and its references");
        Layer pastedAbsorber = emitterDevice.getLayers().get(3);
        assertSame(led.model(), pastedAbsorber.getHeterostructure().eContainer(), "the 2D/3D film comes along");
        assertEquals(errors, errors(led.model()), ModelValidation.validate(led.model()).toString());
        assertSame(absorber.eContainer(), nip.model().getDevices().get(0), "the source file is untouched");
    }

    @Test
    void nothingToPasteOrNoPlaceForIt() throws Exception {
        Device device = nip.model().getDevices().get(0);
        assertFalse(PasteCommand.create(nip.domain(), nip.model(), device, device).canExecute(), "empty clipboard");
        ModelClipboard.copy(List.of(device.getLayers().get(0)));
        assertFalse(PasteCommand.create(nip.domain(), nip.model(), nip.model().getMaterials().get(0), null)
                .canExecute(), "a layer needs a device");
        assertFalse(ModelClipboard.canCopy(List.of(device.getInterfaces().get(0))), "interfaces go with their device");
    }
}
