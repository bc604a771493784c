package org.heterostack.model.internal;

import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Reference;

/** Look-ups behind the generated operations of the model, device and layer classes. */
public final class ModelQueries {

    private ModelQueries() {
    }

    /**
     * All named (top-level) elements of a model: materials, heterostructures, devices, studies and results.
     *
     * @param model the model
     * @return its named elements in file order
     */
    public static Stream<NamedElement> namedElements(HeterostackModel model) {
        return Stream.of(model.getMaterials(), model.getHeterostructures(), model.getDevices(), model.getStudies(),
                model.getResults()).flatMap(list -> list.stream().map(NamedElement.class::cast));
    }

    /**
     * The named element with this name.
     *
     * @param model the model
     * @param name  the name
     * @return the first element with that name, or null
     */
    public static NamedElement findByName(HeterostackModel model, String name) {
        return namedElements(model).filter(e -> Objects.equals(e.getName(), name)).findFirst().orElse(null);
    }

    /**
     * The reference with this key.
     *
     * @param model the model
     * @param key   the key
     * @return the first reference with that key, or null
     */
    public static Reference findReference(HeterostackModel model, String key) {
        return model.getReferences().stream().filter(r -> Objects.equals(r.getKey(), key)).findFirst().orElse(null);
    }

    /**
     * The layers of a device with one role.
     *
     * @param device the device
     * @param role   the role
     * @return an unmodifiable list of the layers with that role, bottom to top
     */
    public static EList<Layer> layersWithRole(Device device, LayerRole role) {
        EList<Layer> layers = new BasicEList<>();
        device.getLayers().stream().filter(l -> l.getRole() == role).forEach(layers::add);
        return ECollections.unmodifiableEList(layers);
    }

    /**
     * The active layer of a device: the first absorber or emitter from the bottom.
     *
     * @param device the device
     * @return the layer, or null
     */
    public static Layer activeLayer(Device device) {
        return device.getLayers().stream()
                .filter(l -> l.getRole() == LayerRole.ABSORBER || l.getRole() == LayerRole.EMITTER).findFirst()
                .orElse(null);
    }
}
