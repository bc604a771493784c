package org.heterostack.study;

import java.util.List;
import java.util.Optional;

import org.heterostack.model.Material;

/**
 * Where a study's material axes find materials the model file does not hold, e.g. the curated library of spacer
 * ligands. The study only reads the materials it finds.
 */
@FunctionalInterface
public interface MaterialCatalog {

    /** A catalog without materials: a study finds materials only in its own file. */
    MaterialCatalog NONE = name -> Optional.empty();

    /**
     * @param name a material name
     * @return the material of that name, if the catalog has one
     */
    Optional<Material> find(String name);

    /**
     * @param materials materials, e.g. the contents of a library file
     * @return a catalog of exactly these materials, found by name
     */
    static MaterialCatalog of(List<? extends Material> materials) {
        List<? extends Material> fixed = List.copyOf(materials);
        return name -> fixed.stream().filter(m -> name.equals(m.getName())).map(Material.class::cast).findFirst();
    }
}
