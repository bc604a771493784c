package org.heterostack.ui.editor.tests;

import static org.heterostack.ui.editor.tests.CanvasInput.click;
import static org.heterostack.ui.editor.tests.CanvasInput.key;
import static org.heterostack.ui.editor.tests.CanvasInput.mouse;
import static org.heterostack.ui.editor.tests.CanvasInput.selected;
import static org.heterostack.ui.editor.tests.EditorTestSupport.open;
import static org.heterostack.ui.editor.tests.EditorTestSupport.page;
import static org.heterostack.ui.editor.tests.EditorTestSupport.screenshot;
import static org.heterostack.ui.editor.tests.EditorTestSupport.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.ui.editor.internal.band.BandColumn;
import org.heterostack.ui.editor.internal.band.BandDiagramCanvas;
import org.heterostack.ui.editor.internal.band.BandDiagramModel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.heterostack.model.Device;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.OrganicCation;
import org.heterostack.ui.editor.internal.HeterostackEditor;
import org.heterostack.ui.editor.internal.stack.SpacerChoice;
import org.heterostack.ui.editor.internal.stack.StackCanvas;
import org.heterostack.ui.editor.internal.stack.StackGeometry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stack canvas of ba-mapbi3-nip.hstack as a user works with it: select a layer, add a PEA 2D cap from the
 * library, drag its thickness handle, undo, redo, switch to a logarithmic scale, save, close and reopen.
 */
class StackCanvasWorkbenchTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void editTheStackOnTheCanvas() throws Exception {
        IFile file = EditorTestSupport.freshExample("ba-mapbi3-nip.hstack", "stack-canvas.hstack");
        HeterostackEditor editor = open(file);
        ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
        page().activate(editor);
        StackCanvas canvas = editor.pages().stack().canvas();
        Device device = editor.document().model().getDevices().get(0);
        spin(300, () -> canvas.geometry() != null);
        EditorTestSupport.screenshotMaximized(editor, "stack-canvas");

        click(canvas, 2);
        Layer absorber = device.getLayers().get(2);
        assertEquals(absorber, selected(editor));
        Tree outlineTree = (Tree) outline.getCurrentPage().getControl();
        assertEquals("Layer absorber (MAPbI3, 400 nm)", outlineTree.getSelection()[0].getText(), "the Outline follows the canvas");

        OrganicCation pea = SpacerChoice.spacers().stream().filter(c -> "PEA".equals(c.getAbbreviation()))
                .findFirst().orElseThrow();
        editor.pages().stack().toolBar().addTwoDCap(pea);
        Layer cap = device.getLayers().get(3);
        assertEquals(LayerRole.PASSIVATION_2D, cap.getRole());
        assertEquals("(PEA)2PbI4", cap.getMaterial().getName());
        assertEquals(cap, selected(editor), "the new layer is selected");
        spin(200, () -> false);
        EditorTestSupport.screenshotMaximized(editor, "stack-2d-cap-added");
        exportsAPicture(canvas, canvas::exportPng, "stack-picture");

        dragHandle(canvas, 3, -8);
        double dragged = cap.getThicknessNm();
        assertTrue(dragged > 5.0, "dragging the handle up thickens the cap: " + dragged);
        IHandlerService handlers = page().getWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(5.0, cap.getThicknessNm());
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
        assertEquals(dragged, cap.getThicknessNm());

        canvas.setFocus();
        key(canvas, SWT.ARROW_DOWN, 0);
        assertEquals(absorber, selected(editor), "Down selects the layer below");
        key(canvas, SWT.ARROW_UP, 0);
        key(canvas, SWT.ARROW_DOWN, SWT.ALT);
        assertEquals(2, device.getLayers().indexOf(cap), "Alt+Down moves the cap below the absorber");
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(3, device.getLayers().indexOf(cap));

        canvas.scale(StackGeometry.Scale.LOGARITHMIC);
        spin(200, () -> false);
        EditorTestSupport.screenshotMaximized(editor, "stack-logarithmic");
        int capHeight = canvas.geometry().bands().get(3).height();
        int absorberHeight = canvas.geometry().bands().get(2).height();
        assertTrue(capHeight * 4 > absorberHeight, "on the log scale a thin cap is not lost: " + capHeight + " px vs "
                + absorberHeight + " px");

        editor.doSave(null);
        page().closeEditor(editor, false);
        HeterostackEditor reopened = open(file);
        Layer saved = reopened.document().model().getDevices().get(0).getLayers().get(3);
        assertEquals("(PEA)2PbI4", saved.getMaterial().getName());
        assertEquals(dragged, saved.getThicknessNm());
    }

    @Test
    void bandDiagramFollowsTheModel() throws Exception {
        IFile file = EditorTestSupport.freshExample("ba-mapbi3-nip.hstack", "band-diagram.hstack");
        HeterostackEditor editor = open(file);
        BandDiagramCanvas bands = editor.pages().bandDiagram();
        editor.pages().tabs().setSelection(1);
        spin(20_000, () -> bands.engineEdges() != null);
        assertNull(bands.engineEdges().problem(), String.valueOf(bands.engineEdges().problem()));
        List<BandColumn> columns = bands.columns();
        BandColumn etl = columns.get(1);
        assertEquals(-4.0, etl.ecEv(), 1e-9, "TiO2: -electron affinity");
        assertEquals(-7.2, etl.evEv(), 1e-9, "TiO2: -(electron affinity + band gap)");
        BandColumn cap = columns.get(3);
        assertTrue(cap.hasEdges(), "the 2D cap's edges come from the photophysics engine");
        assertEquals(bands.engineEdges().engine(), cap.origin());
        assertEquals(2.43 + 0.47, cap.ecEv() - cap.evEv(), 0.1, "the transport gap of n = 1 (BA)2PbI4: optical gap "
                + "2.43 eV (Stoumpos 2016) plus exciton binding energy 0.47 eV (Blancon 2018)");
        assertEquals("II", BandDiagramModel.alignment(columns.get(1), columns.get(2)),
                "TiO2/MAPbI3 is staggered: Ec -4.0/-3.7 eV, Ev -7.2/-5.4 eV");
        editor.selection().setSelection(new StructuredSelection(editor.document().model().getDevices().get(0)
                .getLayers().get(2)));
        EditorTestSupport.screenshotMaximized(editor, "band-diagram");
        exportsAPicture(bands, bands::exportPng, "band-diagram-picture");
        Layer htl = editor.document().model().getDevices().get(0).getLayers().get(4);
        editor.document().domain().getCommandStack().execute(SetCommand.create(editor.document().domain(), htl,
                HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV, 2.1));
        spin(5_000, () -> bands.columns().get(4).ecEv() != null);
        assertEquals(-2.1, bands.columns().get(4).ecEv(), 1e-9, "an edit shows at once");
    }

    /** "Export Picture as PNG" draws the canvas again at twice its size, for a slide. */
    private static void exportsAPicture(org.eclipse.swt.widgets.Canvas canvas, PictureExport export, String name)
            throws Exception {
        Path png = Path.of(System.getProperty("heterostack.screenshots", "target/screenshots"), name + ".png");
        Files.createDirectories(png.getParent());
        export.to(png);
        ImageData picture = new ImageData(png.toString());
        assertEquals(2 * canvas.getSize().x, picture.width);
        assertEquals(2 * canvas.getSize().y, picture.height);
        assertTrue(Files.size(png) > 20_000, "a drawing, not a blank picture: " + Files.size(png) + " bytes");
    }

    @FunctionalInterface
    private interface PictureExport {
        void to(Path target) throws Exception;
    }

    private static void dragHandle(StackCanvas canvas, int slab, int dy) {
        canvas.setFocus();
        spin(100, () -> false);
        canvas.redraw();
        canvas.update(); // the geometry of what is on screen now
        int top = canvas.geometry().bands().get(slab).top();
        mouse(canvas, SWT.MouseDown, top);
        mouse(canvas, SWT.MouseMove, top + dy);
        screenshot("stack-dragging-thickness");
        mouse(canvas, SWT.MouseUp, top + dy);
    }
}
