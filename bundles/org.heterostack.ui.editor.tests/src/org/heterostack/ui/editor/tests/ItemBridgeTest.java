package org.heterostack.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.ui.editor.bridge.ChoiceCellEditor;
import org.heterostack.ui.editor.bridge.ChoicesDialogCellEditor;
import org.heterostack.ui.editor.bridge.ItemContentProvider;
import org.heterostack.ui.editor.bridge.ItemLabelProvider;
import org.heterostack.ui.editor.bridge.ItemPropertySourceProvider;
import org.heterostack.ui.editor.bridge.PropertyDescriptorAdapter;
import org.heterostack.ui.editor.bridge.ValueTextCellEditor;
import org.heterostack.ui.editor.internal.HeterostackPropertyPolicy;
import org.heterostack.ui.editor.internal.ModelDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JFace bridge over the generated item providers: tree content, labels, icons and properties. */
class ItemBridgeTest {

    private ModelDocument document;
    private Device device;
    private Layer absorber;
    private IPropertySource absorberProperties;
    private Shell shell;

    @BeforeEach
    void load() throws Exception {
        Path file = EditorTestSupport.exampleCopy("ba-mapbi3-nip.hstack");
        document = new ModelDocument(file);
        assertTrue(document.load(), document.diagnostics().toString());
        device = document.model().getDevices().get(0);
        absorber = device.getLayers().get(2);
        absorberProperties = new ItemPropertySourceProvider(document.adapterFactory(), new HeterostackPropertyPolicy())
                .getPropertySource(absorber);
        shell = new Shell();
    }

    @AfterEach
    void dispose() {
        shell.dispose();
        document.dispose();
    }

    @Test
    void contentFollowsTheItemProviders() {
        ItemContentProvider content = new ItemContentProvider(document.adapterFactory());
        Object[] roots = content.getElements(document.resource());
        assertArrayEquals(new Object[] { document.model() }, roots);
        assertTrue(Arrays.asList(content.getChildren(document.model())).contains(device));
        assertTrue(Arrays.asList(content.getChildren(device)).containsAll(device.getLayers()));
        assertEquals(device, content.getParent(absorber));
        assertTrue(content.hasChildren(device));
        content.dispose();
    }

    @Test
    void labelsAndIconsComeFromTheItemProviders() {
        ItemLabelProvider labels = new ItemLabelProvider(document.adapterFactory());
        assertEquals("Layer absorber", labels.getText(absorber));
        assertEquals("ba-mapbi3-nip.hstack", labels.getText(document.resource()));
        assertNotNull(labels.getImage(absorber), "the generated Layer icon");
        assertEquals(16, labels.getImage(device).getBounds().width);
        labels.dispose();
    }

    @Test
    void propertiesShowUnitsAndInheritedValuesWithTheirSource() {
        PropertyDescriptorAdapter gap = descriptor("Band gap (eV)");
        PropertyDescriptorAdapter thickness = descriptor("Thickness (nm)");
        assertEquals("400", thickness.getLabelProvider().getText(absorberProperties.getPropertyValue(thickness.getId()))
                .replace(".0", ""));
        Object inherited = absorberProperties.getPropertyValue(gap.getId());
        assertEquals("1.52   (from material 'MAPbI3')", gap.getLabelProvider().getText(inherited));
        assertFalse(absorberProperties.isPropertySet(gap.getId()), "the layer has no band gap of its own");
        assertTrue(gap.getDescription().contains("inherited from material 'MAPbI3'"), gap.getDescription());
        assertTrue(gap.getDescription().contains("Source: Stoumpos2016"), gap.getDescription());
        assertEquals("2D passivation", descriptor("Role").text(LayerRole.PASSIVATION_2D));
    }

    @Test
    void editorsFitTheType() {
        assertInstanceOf(ValueTextCellEditor.class, editor("Thickness (nm)"));
        assertInstanceOf(ChoiceCellEditor.class, editor("Role"));
        assertInstanceOf(ChoiceCellEditor.class, editor("Material"));
        IPropertySource spacer = new ItemPropertySourceProvider(document.adapterFactory(), new HeterostackPropertyPolicy())
                .getPropertySource(document.model().getMaterials().get(0));
        PropertyDescriptorAdapter references = Arrays.stream(spacer.getPropertyDescriptors())
                .map(PropertyDescriptorAdapter.class::cast).filter(d -> d.getDisplayName().equals("References"))
                .findFirst().orElseThrow();
        assertInstanceOf(ChoicesDialogCellEditor.class, references.createPropertyEditor(shell));
    }

    @Test
    void aValueIsSetByAnUndoableCommand() {
        CommandStack stack = document.domain().getCommandStack();
        Object id = descriptor("Thickness (nm)").getId();
        absorberProperties.setPropertyValue(id, 350.0);
        assertEquals(350.0, absorber.getThicknessNm());
        assertTrue(document.isDirty());
        stack.undo();
        assertEquals(400.0, absorber.getThicknessNm());
        assertFalse(document.isDirty());
        stack.redo();
        assertEquals(350.0, absorber.getThicknessNm());
    }

    @Test
    void anInvalidValueIsRefusedWithTheValidatorsMessage() {
        ValueTextCellEditor thickness = (ValueTextCellEditor) editor("Thickness (nm)");
        assertNull(thickness.getValidator().isValid("250"));
        assertEquals("'abc' is not a number", thickness.getValidator().isValid("abc"));
        String refused = thickness.getValidator().isValid("-5");
        assertEquals("Layer 'absorber' of device 'BA-MAPbI3-nip': thicknessNm is -5, it must be > 0", refused);
        Object id = descriptor("Thickness (nm)").getId();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> absorberProperties.setPropertyValue(id, -5.0));
        assertEquals(refused, e.getMessage());
        assertEquals(400.0, absorber.getThicknessNm(), "the refused value was not set");
        assertFalse(document.domain().getCommandStack().canUndo(), "nothing to undo");
        assertFalse(absorber.eIsSet(Literals.SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV), "the check left no trace");
    }

    private CellEditor editor(String name) {
        return descriptor(name).createPropertyEditor(shell);
    }

    private PropertyDescriptorAdapter descriptor(String name) {
        IPropertyDescriptor[] descriptors = absorberProperties.getPropertyDescriptors();
        return Arrays.stream(descriptors).map(PropertyDescriptorAdapter.class::cast)
                .filter(d -> d.getDisplayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among "
                        + Arrays.stream(descriptors).map(IPropertyDescriptor::getDisplayName).toList()));
    }
}
