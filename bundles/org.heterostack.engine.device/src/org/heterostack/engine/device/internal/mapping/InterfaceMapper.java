package org.heterostack.engine.device.internal.mapping;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.device.internal.driftdiffusion.InterfaceRecombination;
import org.heterostack.engine.device.internal.twod.TwoDAssumptions;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceInterface;
import org.heterostack.model.Layer;
import org.heterostack.model.Perovskite2D;

/**
 * The device's interfaces -> SRH interface recombination between adjacent simulated layers. Where a 2D layer sits
 * between the absorber and a layer X and the model gives no interface for a face of the 2D layer, the interface
 * the model gives between the absorber and X (the surface the 2D layer covers) supplies it: the absorber/2D face
 * gets its velocities divided by the passivation factor (the 2D phase passivates the 3D surface), the 2D/X face
 * keeps them (the defects of the contact side stay at the 2D layer's outer face).
 */
final class InterfaceMapper {

    private InterfaceMapper() {
    }

    /**
     * @param device      the device
     * @param layers      the simulated layers in simulated order
     * @param absorber    the absorber
     * @param assumptions the 2D assumptions in force
     * @param notes       assumptions in force, appended
     * @return one recombination per adjacent pair
     * @throws EngineException naming the interface when a velocity is missing or invalid
     */
    static List<InterfaceRecombination> map(Device device, List<Layer> layers, Layer absorber,
            TwoDAssumptions assumptions, List<String> notes) throws EngineException {
        List<InterfaceRecombination> result = new ArrayList<>();
        List<DeviceInterface> used = new ArrayList<>();
        for (int i = 0; i + 1 < layers.size(); i++) {
            Layer a = layers.get(i);
            Layer b = layers.get(i + 1);
            DeviceInterface face = find(device, a, b);
            if (face != null) {
                used.add(face);
                result.add(velocities(device, face));
            } else if (isTwoD(a) || isTwoD(b)) {
                result.add(covered(device, layers, i, absorber, assumptions, used, notes));
            } else {
                notes.add("no interface given between '" + a.getName() + "' and '" + b.getName()
                        + "': no interface recombination there");
                result.add(InterfaceRecombination.none());
            }
        }
        for (DeviceInterface face : device.getInterfaces()) {
            if (!used.contains(face)) {
                notes.add("interface '" + label(face) + "' is not between two adjacent simulated layers: ignored");
            }
        }
        return result;
    }

    /** A face of a 2D layer without its own interface: from the absorber/X interface the 2D layer covers. */
    private static InterfaceRecombination covered(Device device, List<Layer> layers, int i, Layer absorber,
            TwoDAssumptions assumptions, List<DeviceInterface> used, List<String> notes) throws EngineException {
        Layer a = layers.get(i);
        Layer b = layers.get(i + 1);
        boolean twoDFirst = isTwoD(a);
        Layer other = twoDFirst ? b : a;
        int beyondIndex = twoDFirst ? i - 1 : i + 2;
        Layer beyond = beyondIndex >= 0 && beyondIndex < layers.size() ? layers.get(beyondIndex) : null;
        String pair = "'" + a.getName() + "'/'" + b.getName() + "'";
        DeviceInterface face = null;
        boolean passivated = other == absorber;
        if (passivated && beyond != null) {
            face = find(device, absorber, beyond);
        } else if (beyond == absorber) {
            face = find(device, absorber, other);
        }
        if (face == null) {
            notes.add("no interface given between " + pair + ": no interface recombination there");
            return InterfaceRecombination.none();
        }
        used.add(face);
        InterfaceRecombination given = velocities(device, face);
        if (!passivated) {
            notes.add("interface " + pair + ": the velocities of '" + label(face) + "' (the contact-side defects "
                    + "stay at the 2D layer's outer face)");
            return given;
        }
        notes.add(String.format("interface %s: the velocities of '%s' divided by the passivation factor %.3g (the 2D "
                + "phase passivates the 3D surface, setting twod_passivation_factor)", pair, label(face),
                assumptions.passivationFactor()));
        return new InterfaceRecombination(assumptions.passivated(given.electronVelocityMPerS(), 1, 1),
                assumptions.passivated(given.holeVelocityMPerS(), 1, 1));
    }

    /** @return whether the layer is made of a 2D perovskite */
    static boolean isTwoD(Layer layer) {
        return layer.getMaterial() instanceof Perovskite2D;
    }

    private static DeviceInterface find(Device device, Layer a, Layer b) {
        return device.getInterfaces().stream()
                .filter(f -> f.getLower() == a && f.getUpper() == b || f.getLower() == b && f.getUpper() == a)
                .findFirst().orElse(null);
    }

    private static InterfaceRecombination velocities(Device device, DeviceInterface face) throws EngineException {
        Double vn = face.getElectronRecombinationVelocityMPerS();
        Double vp = face.getHoleRecombinationVelocityMPerS();
        if (vn == null && vp == null) {
            return InterfaceRecombination.none();
        }
        if (vn == null || vp == null) {
            throw new EngineException("Interface '" + label(face) + "' of device '" + device.getName() + "' has no "
                    + (vn == null ? "electronRecombinationVelocityMPerS" : "holeRecombinationVelocityMPerS"));
        }
        try {
            return new InterfaceRecombination(vn, vp);
        } catch (RuntimeException e) {
            throw new EngineException("Interface '" + label(face) + "' of device '" + device.getName() + "': "
                    + e.getMessage(), e);
        }
    }

    /** @return the interface's name, else "lower/upper" */
    static String label(DeviceInterface face) {
        if (face.getName() != null) {
            return face.getName();
        }
        return (face.getLower() == null ? "?" : face.getLower().getName()) + "/"
                + (face.getUpper() == null ? "?" : face.getUpper().getName());
    }
}
