package org.heterostack.ui.editor.internal.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.heterostack.ui.editor.internal.CanvasPicture;

/**
 * The graphical stack: draws a device or heterostructure with {@link StackPainter}, selects a slab on click and
 * changes the selected slab's thickness when its top edge (the handle) is dragged. What a selection or a drag means
 * for the model is up to the owner ({@link #onSelect}, {@link #onThickness}).
 */
public final class StackCanvas extends Canvas {

    private static final int HANDLE_PX = 6;

    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private final StackPainter painter;
    private StackContents contents;
    private StackGeometry geometry;
    private StackGeometry.Scale scale = StackGeometry.Scale.LINEAR;
    private int selected = -1;
    private Set<Integer> problems = Set.of();
    private int dragHeightPx = -1;
    private int dragIndex = -1;
    private Consumer<EObject> onSelect = o -> { };
    private BiConsumer<EObject, Double> onThickness = (o, t) -> { };

    /** @param parent the parent */
    public StackCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        painter = new StackPainter(StackPainter.Fonts.create(resources));
        addListener(SWT.Paint, e -> geometry = contents == null ? null
                : painter.paint(e.gc, getClientArea(), contents, scale, state()));
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
        addListener(SWT.FocusIn, e -> redraw());
        addListener(SWT.Dispose, e -> resources.dispose());
        CanvasPicture.addMenu(this, this::paintPicture, () -> contents == null ? "stack.png"
                : contents.title() + "-stack.png");
    }

    private void paintPicture(GC gc, Rectangle area) {
        if (contents != null) {
            painter.paint(gc, area, contents, scale, StackPainter.State.NONE);
        }
    }

    /**
     * Writes the stack as a picture for a slide (as its context menu's "Export Picture as PNG...").
     *
     * @param target the file
     * @throws IOException if it cannot be written
     */
    public void exportPng(Path target) throws IOException {
        CanvasPicture.png(this, this::paintPicture, target);
    }

    private StackPainter.State state() {
        double dragNm = dragHeightPx < 0 || geometry == null ? 0
                : Thickness.rounded(geometry.thicknessForHeight(dragHeightPx));
        return new StackPainter.State(dragHeightPx >= 0 ? dragIndex : selected, problems, dragHeightPx, dragNm);
    }

    /**
     * Shows a stack.
     *
     * @param newContents what to draw
     */
    public void show(StackContents newContents) {
        contents = newContents;
        geometry = contents == null ? null
                : new StackGeometry(contents.slabs(), scale, StackPainter.stackArea(getClientArea()).y,
                        StackPainter.stackArea(getClientArea()).height);
        if (selected >= (contents == null ? 0 : contents.slabs().size())) {
            selected = -1;
        }
        redraw();
    }

    /** @return the height the figure of what is shown needs (see {@link StackPainter#minimumHeightPx}) */
    public int minimumHeightPx() {
        if (contents == null) {
            return 0;
        }
        GC gc = new GC(this);
        try {
            gc.setFont(painter.fonts().regular());
            return StackPainter.minimumHeightPx(gc, contents);
        } finally {
            gc.dispose();
        }
    }

    /** @param index the slab to select, -1 for none (does not report to {@link #onSelect}) */
    public void select(int index) {
        selected = index;
        redraw();
    }

    /** @param indices slabs whose objects have validation errors */
    public void problems(Set<Integer> indices) {
        problems = Set.copyOf(indices);
        redraw();
    }

    /** @param newScale linear or logarithmic thickness */
    public void scale(StackGeometry.Scale newScale) {
        scale = newScale;
        show(contents);
    }

    /** @param listener told the object of a slab the user clicked */
    public void onSelect(Consumer<EObject> listener) {
        onSelect = listener;
    }

    /** @param listener told the slab's object and the new thickness when the user let go of a dragged handle */
    public void onThickness(BiConsumer<EObject, Double> listener) {
        onThickness = listener;
    }

    private void mouseDown(Event e) {
        setFocus();
        if (geometry == null || e.button != 1) {
            return;
        }
        if (onHandle(e.x, e.y)) {
            dragIndex = selected;
            dragHeightPx = geometry.bands().get(selected).height();
            return;
        }
        Rectangle stack = StackPainter.stackArea(getClientArea());
        int index = e.x >= stack.x && e.x < stack.x + stack.width ? geometry.slabAt(e.y) : -1;
        selected = index;
        redraw();
        if (index >= 0) {
            onSelect.accept(contents.slabs().get(index).object());
        }
    }

    private void mouseMove(Event e) {
        if (dragHeightPx >= 0 && (e.stateMask & SWT.BUTTON1) != 0) {
            int bottom = geometry.bands().get(dragIndex).bottom();
            dragHeightPx = Math.max(StackGeometry.MIN_HEIGHT_PX, bottom - e.y);
            redraw();
        } else if (dragHeightPx < 0) {
            setCursor(onHandle(e.x, e.y) ? getDisplay().getSystemCursor(SWT.CURSOR_SIZENS) : null);
        }
    }

    private void mouseUp(Event e) {
        if (dragHeightPx < 0) {
            return;
        }
        double thickness = Thickness.rounded(geometry.thicknessForHeight(dragHeightPx));
        EObject dragged = contents.slabs().get(dragIndex).object();
        dragHeightPx = -1;
        dragIndex = -1;
        redraw();
        onThickness.accept(dragged, thickness);
    }

    private boolean onHandle(int x, int y) {
        if (geometry == null || selected < 0 || selected >= geometry.bands().size()) {
            return false;
        }
        Rectangle stack = StackPainter.stackArea(getClientArea());
        return x >= stack.x && x < stack.x + stack.width && Math.abs(y - geometry.bands().get(selected).top()) <= HANDLE_PX;
    }

    /** @return the geometry of the last drawing, or null */
    public StackGeometry geometry() {
        return geometry;
    }

    /** @return what is shown, or null */
    public StackContents contents() {
        return contents;
    }

    /** @return the selected slab's index, or -1 */
    public int selectedIndex() {
        return selected;
    }

    /** @return the current thickness scale */
    public StackGeometry.Scale currentScale() {
        return scale;
    }
}
