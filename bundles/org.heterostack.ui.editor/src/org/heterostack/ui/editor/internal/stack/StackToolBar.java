package org.heterostack.ui.editor.internal.stack;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.heterostack.model.Device;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.OrganicCation;
import org.heterostack.ui.editor.bridge.FeatureLabels;

/**
 * The stack's editing operations, as tool bar buttons and keys of the canvas: add a layer of a role or a 2D cap from
 * the library above the selection, delete, move up or down (Alt+Up/Down), thicker or thinner by a fifth (+/-),
 * select the slab above or below (Up/Down), and the linear or logarithmic thickness scale.
 */
public final class StackToolBar {

    private static final double STEP = 1.2;

    private final StackPage page;
    private final ToolBar bar;
    private final ToolItem add;
    private final ToolItem cap;
    private final ToolItem delete;
    private final ToolItem up;
    private final ToolItem down;
    private final ToolItem thicker;
    private final ToolItem thinner;
    private final ToolItem log;

    StackToolBar(org.eclipse.swt.widgets.Composite parent, StackPage page) {
        this.page = page;
        bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        bar.setBackground(parent.getBackground());
        add = item(SWT.DROP_DOWN, "Add Layer", "Add a layer above the selected one (the arrow chooses its role)");
        add.addListener(SWT.Selection, this::addMenu);
        cap = item(SWT.PUSH, "Add 2D Cap\u2026", "Add a 2D capping layer of a spacer from the library");
        cap.addListener(SWT.Selection, e -> askTwoDCap());
        new ToolItem(bar, SWT.SEPARATOR);
        up = item(SWT.PUSH, "Move Up", "Move the selected layer up (Alt+Up)");
        up.addListener(SWT.Selection, e -> move(true));
        down = item(SWT.PUSH, "Move Down", "Move the selected layer down (Alt+Down)");
        down.addListener(SWT.Selection, e -> move(false));
        thicker = item(SWT.PUSH, "Thicker", "Make the selected layer 20 % thicker (+)");
        thicker.addListener(SWT.Selection, e -> thicken(STEP));
        thinner = item(SWT.PUSH, "Thinner", "Make the selected layer 20 % thinner (-)");
        thinner.addListener(SWT.Selection, e -> thicken(1 / STEP));
        delete = item(SWT.PUSH, "Delete", "Delete the selected layer (Delete)");
        delete.addListener(SWT.Selection, e -> delete());
        new ToolItem(bar, SWT.SEPARATOR);
        log = item(SWT.CHECK, "Log Thickness", "Draw thicknesses on a logarithmic scale, so thin layers show");
        log.addListener(SWT.Selection, e -> page.canvas()
                .scale(log.getSelection() ? StackGeometry.Scale.LOGARITHMIC : StackGeometry.Scale.LINEAR));
    }

    private ToolItem item(int style, String text, String tip) {
        ToolItem item = new ToolItem(bar, style);
        item.setText(text);
        item.setToolTipText(tip);
        return item;
    }

    /** Enables the operations that apply to the selection. */
    void update() {
        boolean device = page.target() instanceof Device;
        EObject selected = page.selectedObject();
        boolean layer = selected instanceof Layer;
        add.setEnabled(device);
        cap.setEnabled(device);
        up.setEnabled(layer);
        down.setEnabled(layer);
        delete.setEnabled(layer);
        thicker.setEnabled(selected != null && StackCommands.thicknessOf(selected) != null);
        thinner.setEnabled(thicker.getEnabled());
        log.setSelection(page.canvas().currentScale() == StackGeometry.Scale.LOGARITHMIC);
    }

    /** Handles a key pressed on the canvas. */
    void key(Event e) {
        boolean alt = (e.stateMask & SWT.ALT) != 0;
        switch (e.keyCode) {
            case SWT.ARROW_UP -> {
                if (alt) {
                    move(true);
                } else {
                    step(1);
                }
            }
            case SWT.ARROW_DOWN -> {
                if (alt) {
                    move(false);
                } else {
                    step(-1);
                }
            }
            case SWT.DEL -> delete();
            case SWT.KEYPAD_ADD -> thicken(STEP);
            case SWT.KEYPAD_SUBTRACT -> thicken(1 / STEP);
            default -> {
                if (e.character == '+' || e.character == '=') {
                    thicken(STEP);
                } else if (e.character == '-') {
                    thicken(1 / STEP);
                }
            }
        }
    }

    private void step(int direction) {
        StackContents contents = page.canvas().contents();
        if (contents == null || contents.slabs().isEmpty()) {
            return;
        }
        int index = Math.max(0, Math.min(contents.slabs().size() - 1, page.canvas().selectedIndex() + direction));
        page.editor().selection().setSelection(new StructuredSelection(contents.slabs().get(index).object()));
    }

    private void addMenu(Event e) {
        if (e.detail != SWT.ARROW) {
            addLayer(LayerRole.INTERLAYER);
            return;
        }
        Menu menu = new Menu(bar.getShell(), SWT.POP_UP);
        for (LayerRole role : List.of(LayerRole.SUBSTRATE, LayerRole.ELECTRODE, LayerRole.ETL, LayerRole.HTL,
                LayerRole.ABSORBER, LayerRole.EMITTER, LayerRole.PASSIVATION_2D, LayerRole.INTERLAYER)) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(FeatureLabels.literal(role));
            item.addListener(SWT.Selection, event -> addLayer(role));
        }
        Rectangle bounds = add.getBounds();
        Point location = bar.toDisplay(bounds.x, bounds.y + bounds.height);
        menu.setLocation(location);
        menu.setVisible(true);
    }

    /**
     * Adds a layer of a role above the selected layer (on top when none is selected).
     *
     * @param role the new layer's role
     */
    public void addLayer(LayerRole role) {
        if (page.target() instanceof Device device) {
            page.execute(StackCommands.addLayer(page.editor().document().domain(), device, insertionIndex(device), role));
        }
    }

    private void askTwoDCap() {
        OrganicCation spacer = SpacerChoice.ask(bar.getShell());
        if (spacer != null) {
            addTwoDCap(spacer);
        }
    }

    /**
     * Adds a 2D cap of a library spacer above the selected layer (above the absorber when none is selected): what
     * choosing a spacer in the dialog or dropping one on the stack does.
     *
     * @param spacer the spacer, from the library
     */
    public void addTwoDCap(OrganicCation spacer) {
        insert(spacer);
    }

    /**
     * Inserts a library material above the selected layer (on top when none is selected): a spacer as a 2D cap, a
     * 3D perovskite, transport material or electrode as a layer of its role.
     *
     * @param material the library's material
     */
    public void insert(org.heterostack.model.Material material) {
        if (page.target() instanceof Device device) {
            insertAt(material, material instanceof OrganicCation && !(page.selectedObject() instanceof Layer)
                    ? TwoDCapCommand.defaultIndex(device) : insertionIndex(device));
        }
    }

    /**
     * Inserts a library material at a place in the stack, as a drop does.
     *
     * @param material the library's material
     * @param index    where the new layer goes among the device's layers (0 = bottom)
     */
    public void insertAt(org.heterostack.model.Material material, int index) {
        if (page.target() instanceof Device device) {
            page.execute(LibraryLayerCommand.create(page.editor().document().domain(), device, index, material));
        }
    }

    private int insertionIndex(Device device) {
        return page.selectedObject() instanceof Layer layer && device.getLayers().contains(layer)
                ? device.getLayers().indexOf(layer) + 1
                : device.getLayers().size();
    }

    private void move(boolean towardsTop) {
        if (page.selectedObject() instanceof Layer layer) {
            page.execute(StackCommands.move(page.editor().document().domain(), layer, towardsTop));
        }
    }

    private void thicken(double factor) {
        EObject selected = page.selectedObject();
        Double thickness = selected == null ? null : StackCommands.thicknessOf(selected);
        if (thickness != null) {
            page.execute(StackCommands.thickness(page.editor().document().domain(), selected,
                    Thickness.rounded(thickness * factor)));
        }
    }

    private void delete() {
        if (page.selectedObject() instanceof Layer layer) {
            page.execute(StackCommands.delete(page.editor().document().domain(), List.of(layer)));
        }
    }

    /** @return the tool bar */
    ToolBar control() {
        return bar;
    }
}
