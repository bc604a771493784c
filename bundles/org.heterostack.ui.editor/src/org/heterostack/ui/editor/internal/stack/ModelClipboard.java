package org.heterostack.ui.editor.internal.stack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Layer;

/**
 * The workbench's clipboard of model objects, shared by all model editors so that layers, materials, devices,
 * heterostructures, studies and references can be copied within a file and from one file to another. It holds
 * copies taken when the user copied or cut, so later edits of the originals do not change what is pasted; pasting
 * ({@link PasteCommand}) copies them again, so one copy can be pasted many times.
 */
public final class ModelClipboard {

    private static List<EObject> contents = List.of();

    private ModelClipboard() {
    }

    /**
     * @param selection the selected objects
     * @return whether they can be copied: layers of a device and the model's top-level objects
     */
    public static boolean canCopy(List<?> selection) {
        return !selection.isEmpty() && selection.stream().allMatch(o -> o instanceof EObject e && copyable(e));
    }

    private static boolean copyable(EObject object) {
        return object instanceof Layer && object.eContainer() instanceof Device
                || object.eContainer() instanceof HeterostackModel;
    }

    /**
     * Puts copies of objects on the clipboard (not a change of the model, so not on the command stack).
     *
     * @param objects objects for which {@link #canCopy} holds
     */
    public static void copy(List<? extends EObject> objects) {
        if (canCopy(objects)) {
            contents = List.copyOf(EcoreUtil.copyAll(topmost(objects)));
        }
    }

    /**
     * Cut: one undoable command that deletes objects (and every reference to them, as Delete does) and puts their
     * copies on the clipboard. Undo brings the objects back; the clipboard keeps what was cut.
     *
     * @param domain  the editing domain
     * @param objects objects for which {@link #canCopy} holds
     * @return the command
     */
    public static Command cut(EditingDomain domain, List<? extends EObject> objects) {
        if (!canCopy(objects)) {
            return UnexecutableCommand.INSTANCE;
        }
        List<EObject> cut = topmost(objects);
        Command delete = StackCommands.delete(domain, cut);
        return new CommandWrapper("Cut " + PasteCommand.describe(cut), "", delete) {
            @Override
            public void execute() {
                List<EObject> copies = List.copyOf(EcoreUtil.copyAll(cut));
                super.execute();
                contents = copies;
            }
        };
    }

    /** @return the clipboard's objects (to be copied again when pasted), empty when nothing was copied */
    public static List<EObject> contents() {
        return contents;
    }

    /** Empties the clipboard. */
    public static void clear() {
        contents = List.of();
    }

    /** The selected objects without those inside another selected object (copied with it anyway). */
    private static List<EObject> topmost(Collection<? extends EObject> objects) {
        List<EObject> top = new ArrayList<>();
        for (EObject o : objects) {
            if (objects.stream().noneMatch(other -> other != o && EcoreUtil.isAncestor(other, o)) && !top.contains(o)) {
                top.add(o);
            }
        }
        return top;
    }
}
