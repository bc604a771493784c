package org.heterostack.ui.editor.internal.stack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.Layer;
import org.heterostack.model.NamedElement;

/**
 * Paste: fresh copies of the {@link ModelClipboard}'s objects added to a model in one undoable command. Layers go
 * into a device (after the selected layer, else on top of the selected or shown device); other objects into the
 * model's list of their kind (after the selected one of that list, else at its end). A pasted object keeps what it
 * refers to in this model; what it refers to in another file (a layer's material, a material's references) is
 * found here by name or key, else copied in with it. Names that are taken get a number: identifiers of the file
 * become MAPbI3-2, layer names within a device HTL 2.
 */
public final class PasteCommand {

    private final EditingDomain domain;
    private final HeterostackModel model;
    private final PasteLinks links;
    private final Map<List<Object>, Integer> startIndex = new HashMap<>();
    private final Set<List<Object>> layerNames = new HashSet<>();

    private PasteCommand(EditingDomain domain, HeterostackModel model) {
        this.domain = domain;
        this.model = model;
        this.links = new PasteLinks(model);
    }

    /**
     * @param domain   the editing domain
     * @param model    the model pasted into
     * @param selected the selected object, or null
     * @param shown    the device the stack page shows, or null
     * @return the command, not executable when the clipboard is empty or a clipboard object has no place here
     */
    public static Command create(EditingDomain domain, HeterostackModel model, EObject selected, Device shown) {
        List<EObject> clipboard = ModelClipboard.contents();
        if (model == null || clipboard.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return new PasteCommand(domain, model).build(clipboard, selected, shown);
    }

    private Command build(List<EObject> clipboard, EObject selected, Device shown) {
        List<List<Object>> targets = new ArrayList<>();
        for (EObject original : clipboard) {
            List<Object> place = place(original, selected, shown);
            if (place == null) {
                return UnexecutableCommand.INSTANCE;
            }
            targets.add(place);
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<EObject> pasted = new ArrayList<>(copier.copyAll(clipboard));
        copier.copyReferences();
        CompoundCommand command = new CompoundCommand("Paste " + describe(pasted)) {
            @Override
            public Collection<?> getAffectedObjects() {
                return pasted;
            }
        };
        links.adopt(pasted);
        Map<List<Object>, List<EObject>> additions = new LinkedHashMap<>();
        for (int i = 0; i < pasted.size(); i++) {
            if (pasted.get(i) instanceof Layer layer && targets.get(i).get(0) instanceof Device device) {
                layer.setName(layerName(device, layer.getName()));
            }
            additions.computeIfAbsent(targets.get(i), k -> new ArrayList<>()).add(pasted.get(i));
        }
        links.imported().forEach((object, feature) -> additions
                .computeIfAbsent(List.of(model, feature), k -> new ArrayList<>()).add(object));
        additions.forEach((place, objects) -> {
            EObject owner = (EObject) place.get(0);
            EReference feature = (EReference) place.get(1);
            int index = startIndex.getOrDefault(place, ((List<?>) owner.eGet(feature)).size());
            command.append(AddCommand.create(domain, owner, feature, objects, index));
        });
        return command;
    }

    /** A layer name not yet used in the device, nor by a layer pasted into it before. */
    private String layerName(Device device, String base) {
        String stem = base == null ? "Layer" : base;
        String name = stem;
        for (int k = 2; taken(device, name); k++) {
            name = stem + " " + k;
        }
        layerNames.add(List.of(device, name));
        return name;
    }

    private boolean taken(Device device, String name) {
        return layerNames.contains(List.of(device, name))
                || device.getLayers().stream().anyMatch(l -> name.equals(l.getName()));
    }

    /** @return the owner and the feature (and, through {@link #startIndex}, the index) an object goes to */
    private List<Object> place(EObject object, EObject selected, Device shown) {
        if (object instanceof Layer) {
            Device device = selected instanceof Layer l && l.eContainer() instanceof Device d ? d
                    : selected instanceof Device d ? d : shown;
            if (device == null || EcoreUtil.getRootContainer(device) != model) {
                return null;
            }
            List<Object> key = List.of(device, Literals.DEVICE__LAYERS);
            startIndex.putIfAbsent(key, selected instanceof Layer l && l.eContainer() == device
                    ? device.getLayers().indexOf(l) + 1 : device.getLayers().size());
            return key;
        }
        EReference feature = PasteLinks.modelFeature(object.eClass());
        if (feature == null) {
            return null;
        }
        List<Object> key = List.of(model, feature);
        List<?> list = (List<?>) model.eGet(feature);
        startIndex.putIfAbsent(key, selected != null && list.contains(selected) ? list.indexOf(selected) + 1 : list.size());
        return key;
    }

    /**
     * @param objects objects
     * @return e.g. "HTL" for one named object, "3 Layers" or "2 Objects" for several
     */
    static String describe(List<? extends EObject> objects) {
        if (objects.size() == 1) {
            return switch (objects.get(0)) {
                case NamedElement n when n.getName() != null -> n.getName();
                case Layer l when l.getName() != null -> l.getName();
                default -> objects.get(0).eClass().getName();
            };
        }
        boolean layers = objects.stream().allMatch(Layer.class::isInstance);
        return objects.size() + (layers ? " Layers" : " Objects");
    }
}
