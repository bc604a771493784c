package org.heterostack.ui.editor.internal.stack;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.heterostack.model.Device;
import org.heterostack.model.Electrode;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.Material;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.TransportFunction;
import org.heterostack.model.TransportMaterial;

/**
 * Inserts a layer of a library material, as dropping it on the stack does, in one undoable command: a spacer
 * becomes a 2D cap ({@link TwoDCapCommand}); a 3D perovskite an absorber (500 nm), a transport material an ETL or
 * HTL by its function (50 nm), an electrode material an electrode (100 nm). The material is copied into the model
 * unless the model has it.
 */
public final class LibraryLayerCommand {

    private LibraryLayerCommand() {
    }

    /**
     * @param domain   the editing domain
     * @param device   the device
     * @param index    where the layer goes (0 = bottom)
     * @param material the library's material
     * @return the command, not executable for materials that do not make a layer
     */
    public static Command create(EditingDomain domain, Device device, int index, Material material) {
        if (material instanceof OrganicCation spacer) {
            return TwoDCapCommand.create(domain, device, index, spacer);
        }
        LayerRole role = switch (material) {
            case Perovskite3D p -> LayerRole.ABSORBER;
            case TransportMaterial t -> t.getFunction() == TransportFunction.HOLE_TRANSPORT ? LayerRole.HTL : LayerRole.ETL;
            case Electrode e -> LayerRole.ELECTRODE;
            default -> null;
        };
        if (role == null) {
            return UnexecutableCommand.INSTANCE;
        }
        HeterostackModel model = (HeterostackModel) EcoreUtil.getRootContainer(device);
        Layer layer = HeterostackFactory.eINSTANCE.createLayer();
        CompoundCommand command = new CompoundCommand("Add " + material.getName() + " Layer") {
            @Override
            public Collection<?> getAffectedObjects() {
                return List.of(layer);
            }
        };
        layer.setMaterial(LibraryImport.material(domain, model, material, command));
        layer.setRole(role);
        layer.setName(StackCommands.uniqueName(device, material.getName()));
        layer.setThicknessNm(switch (role) {
            case ABSORBER -> 500.0;
            case ELECTRODE -> 100.0;
            default -> StackCommands.NEW_LAYER_NM;
        });
        command.append(AddCommand.create(domain, device, Literals.DEVICE__LAYERS, layer,
                Math.max(0, Math.min(index, device.getLayers().size()))));
        return command;
    }
}
