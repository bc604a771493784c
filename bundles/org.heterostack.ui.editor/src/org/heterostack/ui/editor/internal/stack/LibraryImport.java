package org.heterostack.ui.editor.internal.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.Material;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Reference;
import org.heterostack.model.ValueSource;

/**
 * Brings a material of the curated library into a model as part of a command: the model's material of the same
 * name if it has one, else a copy of the library's material together with the references it cites (references the
 * model already has, by key, are reused). The library itself is never modified.
 */
final class LibraryImport {

    private LibraryImport() {
    }

    /**
     * @param domain   the editing domain
     * @param model    the model
     * @param material the library's material
     * @param command  receives the additions (nothing when the model has the material already)
     * @return the material to use in the model
     */
    static Material material(EditingDomain domain, HeterostackModel model, Material material, CompoundCommand command) {
        Material present = existing(model, material.getName());
        if (present != null && present.eClass() == material.eClass()) {
            return present;
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Material copy = (Material) copier.copy(material);
        List<Reference> newReferences = new ArrayList<>();
        for (Reference cited : cited(material)) {
            Reference known = model.getReferences().stream()
                    .filter(r -> Objects.equals(r.getKey(), cited.getKey())).findFirst().orElse(null);
            if (known != null) {
                copier.put(cited, known);
            } else if (!copier.containsKey(cited)) {
                newReferences.add((Reference) copier.copy(cited));
            }
        }
        copier.copyReferences();
        command.append(AddCommand.create(domain, model, Literals.HETEROSTACK_MODEL__MATERIALS, copy));
        if (!newReferences.isEmpty()) {
            command.append(AddCommand.create(domain, model, Literals.HETEROSTACK_MODEL__REFERENCES, newReferences));
        }
        return copy;
    }

    /**
     * @param model the model
     * @param name  a material name
     * @return the model's material of that name, or null
     */
    static Material existing(HeterostackModel model, String name) {
        return model.getMaterials().stream().filter(m -> Objects.equals(m.getName(), name)).findFirst().orElse(null);
    }

    private static List<Reference> cited(Material material) {
        List<Reference> cited = new ArrayList<>(material.getReferences());
        if (material instanceof OrganicCation cation && cation.getPKaSource() != null) {
            cited.add(cation.getPKaSource());
        }
        material.getSources().stream().map(ValueSource::getReference).filter(Objects::nonNull).forEach(cited::add);
        return cited.stream().distinct().toList();
    }
}
