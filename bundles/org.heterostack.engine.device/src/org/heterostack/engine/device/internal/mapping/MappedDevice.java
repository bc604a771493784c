package org.heterostack.engine.device.internal.mapping;

import java.util.List;

import org.heterostack.engine.device.internal.driftdiffusion.DeviceStack;
import org.heterostack.model.Layer;

/**
 * A model device mapped onto the drift-diffusion numerics.
 *
 * @param stack    the stack, x = 0 at the electron-extracting contact (ETL side)
 * @param layers   the model layers in simulated order (substrate and electrodes left out)
 * @param reversed true if the simulated order runs from the top of the model stack down (p-i-n)
 * @param notes    assumptions in force, for INFO messages
 */
public record MappedDevice(DeviceStack stack, List<Layer> layers, boolean reversed, List<String> notes) {

    /** Copies the lists. */
    public MappedDevice {
        layers = List.copyOf(layers);
        notes = List.copyOf(notes);
    }
}
