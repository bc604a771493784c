package org.heterostack.ui.editor.internal.stack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Severity;
import org.heterostack.model.validation.ModelProblem;
import org.heterostack.model.validation.ModelValidation;
import org.heterostack.ui.editor.internal.HeterostackEditor;

/**
 * The editor's main page: a device or heterostructure of the model drawn as a stack ({@link StackCanvas}), with
 * the stack's editing operations ({@link StackToolBar}, also on the keyboard), a chooser of what to draw, and the
 * selection shared with the Outline and Properties view.
 */
public final class StackPage {

    private final HeterostackEditor editor;
    private final Composite control;
    private final Combo targets;
    private final ScrolledComposite scroller;
    private final StackCanvas canvas;
    private final StackToolBar toolBar;
    private final List<NamedElement> targetList = new ArrayList<>();
    private final org.heterostack.ui.editor.internal.SelectionHub.Follower follower = this::follow;
    private NamedElement target;
    private java.util.function.BiConsumer<NamedElement, EObject> onShown = (t, o) -> { };

    /**
     * @param parent the parent (the editor's tabs)
     * @param editor the editor
     */
    public StackPage(Composite parent, HeterostackEditor editor) {
        this.editor = editor;
        control = new Composite(parent, SWT.NONE);
        control.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).applyTo(control);
        Label show = new Label(control, SWT.NONE);
        show.setText("Show:");
        show.setBackground(control.getBackground());
        targets = new Combo(control, SWT.READ_ONLY);
        targets.addListener(SWT.Selection, e -> {
            int i = targets.getSelectionIndex();
            if (i >= 0) {
                editor.selection().setSelection(new StructuredSelection(targetList.get(i)));
            }
        });
        toolBar = new StackToolBar(control, this);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(toolBar.control()); // wraps when narrow
        scroller = new ScrolledComposite(control, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setBackground(control.getBackground());
        canvas = new StackCanvas(scroller);
        scroller.setContent(canvas);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(scroller);
        canvas.onSelect(o -> editor.selection().setSelection(new StructuredSelection(o)));
        canvas.onThickness((o, nm) -> execute(StackCommands.thickness(editor.document().domain(), o, nm)));
        canvas.addListener(SWT.KeyDown, e -> toolBar.key(e));
        dropTarget();
        editor.selection().addFollower(follower);
        control.addListener(SWT.Dispose, e -> editor.selection().removeFollower(follower));
    }

    /** Library materials dropped on the canvas are inserted above the slab they were dropped on. */
    private void dropTarget() {
        org.eclipse.swt.dnd.DropTarget target = new org.eclipse.swt.dnd.DropTarget(canvas,
                org.eclipse.swt.dnd.DND.DROP_COPY | org.eclipse.swt.dnd.DND.DROP_DEFAULT);
        target.setTransfer(org.eclipse.jface.util.LocalSelectionTransfer.getTransfer());
        target.addDropListener(new org.eclipse.swt.dnd.DropTargetAdapter() {
            @Override
            public void dragEnter(org.eclipse.swt.dnd.DropTargetEvent event) {
                event.detail = org.eclipse.swt.dnd.DND.DROP_COPY;
            }

            @Override
            public void drop(org.eclipse.swt.dnd.DropTargetEvent event) {
                ISelection dropped = org.eclipse.jface.util.LocalSelectionTransfer.getTransfer().getSelection();
                if (dropped instanceof IStructuredSelection s
                        && s.getFirstElement() instanceof org.heterostack.model.Material material) {
                    dropAt(material, canvas.toControl(event.x, event.y).y);
                }
            }
        });
    }

    /**
     * Inserts a dropped library material above the slab at a height of the canvas (on top above all slabs).
     *
     * @param material the library's material
     * @param y        the height on the canvas, in pixels
     */
    public void dropAt(org.heterostack.model.Material material, int y) {
        if (!(target instanceof Device device) || canvas.geometry() == null) {
            return;
        }
        int slab = canvas.geometry().slabAt(y);
        int index = slab >= 0 ? slab + 1 : y < StackPainter.stackArea(canvas.getClientArea()).y ? device.getLayers().size() : 0;
        toolBar.insertAt(material, index);
    }

    /** Shows the model again (after it was read anew or changed). */
    public void modelChanged() {
        HeterostackModel model = editor.document().model();
        targetList.clear();
        if (model != null) {
            targetList.addAll(model.getDevices());
            targetList.addAll(model.getHeterostructures());
        }
        if (target == null || !targetList.contains(target)) {
            target = targetList.isEmpty() ? null : targetList.get(0);
        }
        targets.setItems(targetList.stream().map(StackPage::targetLabel).toArray(String[]::new));
        targets.select(targetList.indexOf(target));
        control.layout(true, true);
        showTarget();
        follow(editor.selection().getSelection());
        toolBar.update();
        onShown.accept(target, selectedObject());
    }

    /** Draws the target; the canvas scrolls when its labels need more height than the page has. */
    private void showTarget() {
        canvas.show(target == null ? null : StackContents.of(target));
        scroller.setMinHeight(canvas.minimumHeightPx());
        canvas.problems(problems());
    }

    /** @param listener told what the page shows (target and selected object) after every change */
    public void onShown(java.util.function.BiConsumer<NamedElement, EObject> listener) {
        onShown = listener;
    }

    private static String targetLabel(NamedElement element) {
        return (element instanceof Device ? "Device " : "Heterostructure ") + element.getName();
    }

    private Set<Integer> problems() {
        if (target == null) {
            return Set.of();
        }
        Set<EObject> broken = new HashSet<>();
        for (ModelProblem problem : ModelValidation.validate(target)) {
            if (problem.severity() == Severity.ERROR && problem.object() != null) {
                broken.add(problem.object());
            }
        }
        Set<Integer> indices = new HashSet<>();
        List<Slab> slabs = canvas.contents().slabs();
        for (int i = 0; i < slabs.size(); i++) {
            EObject object = slabs.get(i).object();
            if (broken.stream().anyMatch(b -> b == object || EcoreUtil.isAncestor(object, b) && b != target)) {
                indices.add(i);
            }
        }
        return indices;
    }

    /** Shows the shared selection: switches to the device or heterostructure it is in, selects its slab. */
    private void follow(ISelection selection) {
        if (!(selection instanceof IStructuredSelection s) || s.isEmpty() || !(s.getFirstElement() instanceof EObject o)
                || canvas.isDisposed()) {
            return;
        }
        NamedElement owner = owner(o);
        if (owner != null && owner != target) {
            target = owner;
            targets.select(targetList.indexOf(target));
            showTarget();
        }
        canvas.select(indexOf(o));
        toolBar.update();
        onShown.accept(target, o);
    }

    private NamedElement owner(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (targetList.contains(o)) {
                return (NamedElement) o;
            }
        }
        return null;
    }

    private int indexOf(EObject object) {
        if (canvas.contents() == null) {
            return -1;
        }
        List<Slab> slabs = canvas.contents().slabs();
        for (int i = 0; i < slabs.size(); i++) {
            if (slabs.get(i).object() == object) {
                return i;
            }
        }
        return -1;
    }

    /** @param command run on the editor's command stack when it can execute */
    void execute(Command command) {
        if (command.canExecute()) {
            editor.document().domain().getCommandStack().execute(command);
        }
    }

    /** @return the selected slab's object, or null */
    EObject selectedObject() {
        int i = canvas.selectedIndex();
        return i < 0 || canvas.contents() == null ? null : canvas.contents().slabs().get(i).object();
    }

    /** @return the device or heterostructure shown */
    public NamedElement target() {
        return target;
    }

    /** @return the editor */
    HeterostackEditor editor() {
        return editor;
    }

    /** @return the canvas */
    public StackCanvas canvas() {
        return canvas;
    }

    /** @return the tool bar's operations */
    public StackToolBar toolBar() {
        return toolBar;
    }

    /** @return the page's control */
    public Composite control() {
        return control;
    }
}
