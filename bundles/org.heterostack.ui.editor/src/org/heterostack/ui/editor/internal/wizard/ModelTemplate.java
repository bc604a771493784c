package org.heterostack.ui.editor.internal.wizard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.heterostack.examples.ExampleCatalog;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;

/**
 * What a new model starts from: nothing, or a copy of an example without its studies and stored results (an n-i-p
 * cell, a p-i-n cell, or a 2D/3D heterostructure without a device), so that its materials, layers and references
 * (with their sources) are there to edit.
 */
public enum ModelTemplate {

    /** No materials, no devices. */
    EMPTY("Empty model", null, false),
    /** FTO / TiO2 / MAPbI3 / (BA)2PbI4 cap / spiro-OMeTAD / Au. */
    NIP("n-i-p cell: FTO / TiO2 / MAPbI3 / (BA)2PbI4 cap / spiro-OMeTAD / Au", "ba-mapbi3-nip.hstack", true),
    /** ITO / PTAA / CsFAMA / 3F-PEA 2D / C60 / BCP / Ag. */
    PIN("p-i-n cell: ITO / PTAA / CsFAMA / 3F-PEA 2D / C60 / BCP / Ag", "3fpea-pin.hstack", true),
    /** The BA-capped MAPbI3 film with its materials, no device. */
    HETEROSTRUCTURE("2D/3D heterostructure: (BA)2PbI4 on MAPbI3, no device", "ba-mapbi3-nip.hstack", false);

    private final String label;
    private final String example;
    private final boolean devices;

    ModelTemplate(String label, String example, boolean devices) {
        this.label = label;
        this.example = example;
        this.devices = devices;
    }

    /** @return what the wizard shows */
    public String label() {
        return label;
    }

    /**
     * @return the new file's content
     * @throws IOException if the example cannot be read or the model written
     */
    public byte[] content() throws IOException {
        HeterostackModel model = example == null ? ModelFiles.createModel() : example();
        model.getStudies().clear();
        model.getResults().clear();
        if (!devices) {
            model.getDevices().clear();
        }
        model.setDescription(example == null ? "A new Heterostack model." : "New model from the template '" + label
                + "' (examples/" + example + "): " + model.getDescription());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFiles.write(model, out);
        return out.toByteArray();
    }

    private HeterostackModel example() throws IOException {
        ExampleCatalog.ExampleFile file = ExampleCatalog.projects().stream().flatMap(p -> p.files().stream())
                .filter(f -> f.path().endsWith("/" + example) || f.path().equals(example)).findFirst()
                .orElseThrow(() -> new IOException("the example " + example + " is not installed"));
        try (InputStream in = file.content().openStream()) {
            LoadResult loaded = ModelFiles.load(in, example);
            if (!loaded.ok()) {
                throw new IOException(example + " does not load: " + loaded.errors());
            }
            return loaded.model();
        }
    }
}
