package org.heterostack.ui.editor.internal.stack;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.TwoDPhasePlacement;
import org.heterostack.ui.editor.bridge.FeatureLabels;

/**
 * The editing operations of the stack canvas, each one undoable command on the editor's domain: add a layer, delete,
 * move a layer up or down, change a thickness. (Adding a 2D cap from the library is {@link TwoDCapCommand}.)
 */
public final class StackCommands {

    /** The thickness of a new layer, in nm. */
    public static final double NEW_LAYER_NM = 50.0;

    private StackCommands() {
    }

    /**
     * A new layer of a role, inserted at an index of the device's layers.
     *
     * @param domain the editing domain
     * @param device the device
     * @param index  where it goes (0 = bottom)
     * @param role   its role
     * @return the command ("Add ETL Layer")
     */
    public static Command addLayer(EditingDomain domain, Device device, int index, LayerRole role) {
        Layer layer = HeterostackFactory.eINSTANCE.createLayer();
        layer.setRole(role);
        layer.setName(uniqueName(device, FeatureLabels.literal(role)));
        layer.setThicknessNm(NEW_LAYER_NM);
        Command command = AddCommand.create(domain, device, Literals.DEVICE__LAYERS, layer,
                Math.max(0, Math.min(index, device.getLayers().size())));
        return labelled(command, "Add " + FeatureLabels.literal(role) + " Layer");
    }

    /**
     * Deletes objects of the stack (layers, 2D phase placements) and every reference to them (e.g. the device
     * interfaces naming a layer).
     *
     * @param domain  the editing domain
     * @param objects what to delete
     * @return the command
     */
    public static Command delete(EditingDomain domain, List<? extends EObject> objects) {
        if (objects.isEmpty() || objects.stream().anyMatch(o -> o.eContainer() == null)) {
            return UnexecutableCommand.INSTANCE;
        }
        return DeleteCommand.create(domain, objects);
    }

    /**
     * Moves a layer one place up (towards the top contact) or down.
     *
     * @param domain the editing domain
     * @param layer  the layer
     * @param up     up, else down
     * @return the command, not executable at the end of the stack
     */
    public static Command move(EditingDomain domain, Layer layer, boolean up) {
        if (!(layer.eContainer() instanceof Device device)) {
            return UnexecutableCommand.INSTANCE;
        }
        int index = device.getLayers().indexOf(layer) + (up ? 1 : -1);
        if (index < 0 || index >= device.getLayers().size()) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled(MoveCommand.create(domain, device, Literals.DEVICE__LAYERS, layer, index),
                "Move " + layer.getName() + (up ? " Up" : " Down"));
    }

    /**
     * Sets the thickness of what a slab shows: a layer, a heterostructure's film or a placed 2D phase.
     *
     * @param domain      the editing domain
     * @param object      the slab's object
     * @param thicknessNm the new thickness
     * @return the command, not executable for other objects
     */
    public static Command thickness(EditingDomain domain, EObject object, double thicknessNm) {
        Command command = switch (object) {
            case Layer layer -> SetCommand.create(domain, layer, Literals.LAYER__THICKNESS_NM, thicknessNm);
            case Heterostructure h -> SetCommand.create(domain, h, Literals.HETEROSTRUCTURE__FILM_THICKNESS_NM,
                    thicknessNm);
            case TwoDPhasePlacement p when p.getPhase() != null -> SetCommand.create(domain, p.getPhase(),
                    Literals.PEROVSKITE2_D__THICKNESS_NM, thicknessNm);
            default -> UnexecutableCommand.INSTANCE;
        };
        return labelled(command, "Set Thickness to " + Thickness.text(thicknessNm));
    }

    /**
     * The thickness a slab's object has.
     *
     * @param object a layer, heterostructure or placed 2D phase
     * @return its thickness, or null
     */
    public static Double thicknessOf(EObject object) {
        return switch (object) {
            case Layer layer -> layer.getThicknessNm();
            case Heterostructure h -> h.getFilmThicknessNm();
            case TwoDPhasePlacement p when p.getPhase() != null -> p.getPhase().getThicknessNm();
            default -> null;
        };
    }

    static String uniqueName(Device device, String base) {
        String name = base;
        for (int k = 2; hasLayer(device, name); k++) {
            name = base + " " + k;
        }
        return name;
    }

    private static boolean hasLayer(Device device, String name) {
        return device.getLayers().stream().anyMatch(l -> name.equals(l.getName()));
    }

    private static Command labelled(Command command, String label) {
        if (!command.canExecute()) {
            return command;
        }
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
