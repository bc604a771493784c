package org.heterostack.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceInterface;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Orientation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.validation.ModelValidation;
import org.heterostack.ui.editor.internal.ModelDocument;
import org.heterostack.ui.editor.internal.stack.SpacerChoice;
import org.heterostack.ui.editor.internal.stack.StackCommands;
import org.heterostack.ui.editor.internal.stack.TwoDCapCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every editing operation of the stack is one command, and undoing it restores the model exactly. */
class StackCommandsTest {

    private ModelDocument document;
    private HeterostackModel model;
    private Device device;
    private CommandStack stack;
    private String original;

    @BeforeEach
    void load() throws Exception {
        Path file = EditorTestSupport.exampleCopy("ba-mapbi3-nip.hstack");
        document = new ModelDocument(file);
        assertTrue(document.load());
        model = document.model();
        device = model.getDevices().get(0);
        stack = document.domain().getCommandStack();
        original = text();
    }

    @AfterEach
    void dispose() {
        document.dispose();
    }

    private String text() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.heterostack.model.io.ModelFiles.write(model, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void executeThenUndo(Command command) throws Exception {
        assertTrue(command.canExecute(), command.getLabel());
        stack.execute(command);
        assertTrue(document.isDirty());
        stack.undo();
        assertEquals(original, text(), "undo restores the file exactly: " + command.getLabel());
        stack.redo();
    }

    @Test
    void addLayerAboveTheAbsorber() throws Exception {
        Command command = StackCommands.addLayer(document.domain(), device, 3, LayerRole.INTERLAYER);
        assertEquals("Add Interlayer Layer", command.getLabel());
        executeThenUndo(command);
        Layer added = device.getLayers().get(3);
        assertEquals(LayerRole.INTERLAYER, added.getRole());
        assertEquals(StackCommands.NEW_LAYER_NM, added.getThicknessNm());
        assertEquals(7, device.getLayers().size());
    }

    @Test
    void deleteRemovesTheInterfacesNamingTheLayer() throws Exception {
        Layer etl = device.getLayers().get(1);
        DeviceInterface face = device.getInterfaces().get(0);
        executeThenUndo(StackCommands.delete(document.domain(), List.of(etl)));
        assertFalse(device.getLayers().contains(etl));
        assertNull(face.getLower(), "the interface no longer names the deleted layer");
    }

    @Test
    void moveUpAndDownWithinTheDevice() throws Exception {
        Layer cap = device.getLayers().get(3);
        executeThenUndo(StackCommands.move(document.domain(), cap, false));
        assertEquals(2, device.getLayers().indexOf(cap));
        Layer top = device.getLayers().get(5);
        assertFalse(StackCommands.move(document.domain(), top, true).canExecute(), "nothing above the top layer");
    }

    @Test
    void thicknessOfALayerAndOfAHeterostructureFilm() throws Exception {
        Layer absorber = device.getLayers().get(2);
        Command command = StackCommands.thickness(document.domain(), absorber, 520.0);
        assertEquals("Set Thickness to 520 nm", command.getLabel());
        executeThenUndo(command);
        assertEquals(520.0, absorber.getThicknessNm());
        stack.undo();
        executeThenUndo(StackCommands.thickness(document.domain(), model.getHeterostructures().get(0), 350.0));
        assertEquals(350.0, model.getHeterostructures().get(0).getFilmThicknessNm());
    }

    @Test
    void aTwoDCapFromTheLibraryIsOneCommand() throws Exception {
        OrganicCation pea = SpacerChoice.spacers().stream().filter(c -> "PEA".equals(c.getAbbreviation())).findFirst()
                .orElseThrow();
        int references = model.getReferences().size();
        Command command = TwoDCapCommand.create(document.domain(), device, TwoDCapCommand.defaultIndex(device), pea);
        assertEquals("Add PEA 2D Cap", command.getLabel());
        executeThenUndo(command);
        Layer cap = device.getLayers().get(3);
        assertEquals(LayerRole.PASSIVATION_2D, cap.getRole());
        assertEquals(TwoDCapCommand.CAP_NM, cap.getThicknessNm());
        Perovskite2D phase = (Perovskite2D) cap.getMaterial();
        assertEquals("(PEA)2PbI4", phase.getName());
        assertEquals(Phase2D.RP, phase.getPhase());
        assertEquals(Orientation.PARALLEL, phase.getOrientation());
        assertEquals(1, phase.getDominantN());
        OrganicCation copied = phase.getSpacers().get(0);
        assertSame(model, copied.eContainer(), "the spacer is copied into the model, the library is untouched");
        assertTrue(copied.getReferences().stream().allMatch(r -> r.eContainer() == model));
        assertEquals(references, model.getReferences().size(), "Ma2024 and PrimerPKa were already in the model");
        assertTrue(ModelValidation.isValid(model), ModelValidation.validate(model).toString());
        Command again = TwoDCapCommand.create(document.domain(), device, 4, pea);
        stack.execute(again);
        assertSame(copied, ((Perovskite2D) device.getLayers().get(4).getMaterial()).getSpacers().get(0),
                "a second cap reuses the spacer already in the model");
    }
}
