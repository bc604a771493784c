package org.heterostack.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.Electrode;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Material;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Reference;
import org.heterostack.model.TransportMaterial;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;

/**
 * Heterostack's curated library: the organic cations and spacer ligands named in the review by Ma, Sun and Dou
 * (Chem. Commun. 2024), common 3D perovskites, transport materials and electrodes, read from the model resource
 * {@value #RESOURCE} of this bundle. Every numeric value there names its source; unknown values are unset.
 *
 * <p>The library model is shared and must not be modified: use {@link #copyInto(String, HeterostackModel)} to put
 * a material (and the references it cites) into a model of your own.
 */
public final class Library {

    /** Path of the library model inside this bundle (and on the class path outside OSGi). */
    public static final String RESOURCE = "/library/heterostack-library.hstack";

    private static volatile Library instance;

    private final HeterostackModel model;

    private Library(HeterostackModel model) {
        this.model = model;
    }

    /**
     * The library, read on first use.
     *
     * @return the shared library
     * @throws IllegalStateException when the library resource is missing or invalid (a packaging error)
     */
    public static Library get() {
        Library library = instance;
        if (library == null) {
            synchronized (Library.class) {
                library = instance;
                if (library == null) {
                    library = new Library(read());
                    instance = library;
                }
            }
        }
        return library;
    }

    private static HeterostackModel read() {
        try (InputStream in = Library.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("library resource " + RESOURCE + " is missing");
            }
            LoadResult result = ModelFiles.load(in, "heterostack-library.hstack");
            if (!result.ok()) {
                throw new IllegalStateException("library resource is invalid: " + result.diagnostics());
            }
            return result.model();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The library model itself (read only by convention: do not modify it).
     *
     * @return the shared model
     */
    public HeterostackModel model() {
        return model;
    }

    /**
     * Finds a material by name, abbreviation, synonym or chemical name, ignoring case.
     *
     * @param key e.g. {@code "PEA"}, {@code "phenethylammonium"}, {@code "NpMA"}, {@code "MAPbI3"}
     * @return the library's material, if any
     */
    public Optional<Material> find(String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        return model.getMaterials().stream().filter(m -> keys(m).anyMatch(wanted::equals)).findFirst();
    }

    /**
     * Finds an organic cation by name, abbreviation, synonym or chemical name, ignoring case.
     *
     * @param key e.g. {@code "EDOEA"}
     * @return the cation, if any
     */
    public Optional<OrganicCation> cation(String key) {
        return find(key).filter(OrganicCation.class::isInstance).map(OrganicCation.class::cast);
    }

    /**
     * The organic cations (A-site cations and spacer ligands).
     *
     * @return the cations in library order
     */
    public List<OrganicCation> cations() {
        return materials(OrganicCation.class);
    }

    /**
     * The 3D perovskites.
     *
     * @return the perovskites in library order
     */
    public List<Perovskite3D> perovskites() {
        return materials(Perovskite3D.class);
    }

    /**
     * The charge transport materials.
     *
     * @return the transport materials in library order
     */
    public List<TransportMaterial> transportMaterials() {
        return materials(TransportMaterial.class);
    }

    /**
     * The electrode materials.
     *
     * @return the electrodes in library order
     */
    public List<Electrode> electrodes() {
        return materials(Electrode.class);
    }

    /**
     * Copies a library material into a model, together with the literature references it cites (a reference
     * with the same key already in the model is reused). Materials it refers to are not copied.
     *
     * @param key    name, abbreviation, synonym or chemical name of the material
     * @param target the model to add the copy to
     * @return the copy, now part of the target model
     * @throws IllegalArgumentException when the library has no such material, or the target already holds an
     *                                  element of that name
     */
    public Material copyInto(String key, HeterostackModel target) {
        Material original = find(key).orElseThrow(() -> new IllegalArgumentException("no library material " + key));
        if (target.findByName(original.getName()) != null) {
            throw new IllegalArgumentException("the model already holds an element named " + original.getName());
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Material copy = (Material) copier.copy(original);
        for (EObject cited : EcoreUtil.CrossReferencer.find(List.of(original)).keySet()) {
            if (cited instanceof Reference reference) {
                Reference existing = target.findReference(reference.getKey());
                if (existing == null) {
                    existing = (Reference) copier.copy(reference);
                    target.getReferences().add(existing);
                }
                copier.put(reference, existing);
            }
        }
        copier.copyReferences();
        target.getMaterials().add(copy);
        return copy;
    }

    private <T> List<T> materials(Class<T> type) {
        return model.getMaterials().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Stream<String> keys(Material material) {
        Stream<String> keys = Stream.of(material.getName());
        if (material instanceof OrganicCation cation) {
            keys = Stream.concat(keys, Stream.concat(Stream.of(cation.getAbbreviation(), cation.getChemicalName()),
                    cation.getSynonyms().stream()));
        }
        return keys.filter(k -> k != null).map(k -> k.toLowerCase(Locale.ROOT));
    }
}
