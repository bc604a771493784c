package org.heterostack.study.internal;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.AxisKind;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Material;
import org.heterostack.model.NamedElement;
import org.heterostack.study.Axis;
import org.heterostack.study.MaterialCatalog;
import org.heterostack.study.StudyException;

/**
 * The content hash every candidate id of a study includes: the base object's content and the content of every
 * material a material axis may put in (in name order), so that editing the base or a library spacer gives new ids (and no stale
 * cached result) while the file's layout does not matter.
 */
public final class BaseHash {

    private BaseHash() {
    }

    /**
     * @param base    the base object
     * @param axes    the expanded axes
     * @param catalog where materials the file lacks are found
     * @return 64 hexadecimal digits
     * @throws StudyException naming a material value found neither in the file nor in the catalog
     */
    public static String of(NamedElement base, List<Axis> axes, MaterialCatalog catalog) throws StudyException {
        Sha256 hash = new Sha256().line("base " + ContentHash.of(base));
        java.util.SortedSet<String> materials = new java.util.TreeSet<>();
        for (Axis axis : axes) {
            if (axis.kind() != AxisKind.MATERIAL) {
                continue;
            }
            for (String name : axis.values()) {
                Material material = find(base, name, catalog);
                if (material == null) {
                    throw new StudyException("axis '" + axis.name() + "': no material named '" + name
                            + "' in the file or the library");
                }
                materials.add("material " + name + " " + ContentHash.of(material));
            }
        }
        materials.forEach(hash::line);
        return hash.hex();
    }

    private static Material find(NamedElement base, String name, MaterialCatalog catalog) {
        if (EcoreUtil.getRootContainer(base) instanceof HeterostackModel model) {
            for (Material material : model.getMaterials()) {
                if (name.equals(material.getName())) {
                    return material;
                }
            }
        }
        return catalog.find(name).orElse(null);
    }
}
