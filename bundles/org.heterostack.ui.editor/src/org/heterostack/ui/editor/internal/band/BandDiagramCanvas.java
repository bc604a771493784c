package org.heterostack.ui.editor.internal.band;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.heterostack.model.Device;
import org.heterostack.model.NamedElement;
import org.heterostack.ui.editor.internal.CanvasPicture;
import org.heterostack.ui.editor.internal.stack.StackPainter;

/**
 * The live band diagram of the device shown on the stack page: drawn again after every change of the model and
 * every change of the selection (the selected layer's column is highlighted).
 */
public final class BandDiagramCanvas extends Canvas {

    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private final BandDiagramPainter painter;
    private String title = "";
    private List<BandColumn> columns = List.of();
    private int selected = -1;
    private List<BandColumn> modelColumns = List.of();
    private EngineBandEdges.Edges engineEdges;
    private final LiveBandJob job;
    private boolean stale = true;
    private Device shown;

    /** @param parent the parent */
    public BandDiagramCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        painter = new BandDiagramPainter(StackPainter.Fonts.create(resources));
        addListener(SWT.Paint, e -> painter.paint(e.gc, getClientArea(), title, subtitle(), columns, selected));
        CanvasPicture.addMenu(this, this::paintPicture, () -> (shown == null ? "band-diagram" : shown.getName())
                + "-bands.png");
        job = new LiveBandJob(getDisplay(), this::engineEdges);
        addListener(SWT.Dispose, e -> {
            job.cancel();
            resources.dispose();
        });
    }

    private void engineEdges(EngineBandEdges.Edges edges) {
        if (isDisposed()) {
            return;
        }
        engineEdges = edges;
        columns = EngineBandEdges.merge(modelColumns, edges);
        redraw();
    }

    /**
     * Shows the band diagram of a device (a heterostructure has none of its own: the diagram then says so).
     *
     * @param target    the device or heterostructure on the stack page
     * @param selection the selected object, or null
     */
    public void show(NamedElement target, EObject selection) {
        if (target instanceof Device device) {
            title = "Band diagram of " + device.getName();
            if (device != shown) {
                shown = device;
                engineEdges = null;
                stale = true;
            }
            modelColumns = BandDiagramModel.of(device);
            if (stale) {
                stale = false;
                job.request(device);
            }
            columns = engineEdges == null ? modelColumns : EngineBandEdges.merge(modelColumns, engineEdges);
        } else {
            title = target == null ? "No device" : "Band diagrams are drawn for devices; choose a device on the Stack page";
            columns = List.of();
        }
        selected = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).object() == selection) {
                selected = i;
            }
        }
        redraw();
    }

    private String subtitle() {
        String base = "Flat-band levels vs vacuum from each layer's electron affinity and ionisation energy (its own, "
                + "else its material's)";
        if (engineEdges == null) {
            return base + "; running the photophysics engine\u2026";
        }
        return engineEdges.problem() != null ? base + "; photophysics engine: " + engineEdges.problem()
                : base + "; 2D layers confinement-shifted by " + engineEdges.engine();
    }

    /** Marks the model changed: the next {@link #show} runs the photophysics engine again. */
    public void modelChanged() {
        stale = true;
    }

    /** @return the engine's last edges, or null before the first run finished */
    public EngineBandEdges.Edges engineEdges() {
        return engineEdges;
    }

    /** @return how long the last engine run took, in milliseconds */
    public long lastEngineMillis() {
        return job.lastMillis();
    }

    private void paintPicture(GC gc, Rectangle area) {
        painter.paint(gc, area, title, subtitle(), columns, -1);
    }

    /**
     * Writes the band diagram as a picture for a slide (as its context menu's "Export Picture as PNG...").
     *
     * @param target the file
     * @throws IOException if it cannot be written
     */
    public void exportPng(Path target) throws IOException {
        CanvasPicture.png(this, this::paintPicture, target);
    }

    /** @return the columns shown, bottom layer first */
    public List<BandColumn> columns() {
        return columns;
    }
}
