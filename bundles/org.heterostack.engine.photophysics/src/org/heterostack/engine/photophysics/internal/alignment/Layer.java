package org.heterostack.engine.photophysics.internal.alignment;

import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * One layer of a stack as seen by band alignment: its name and absolute band edges.
 *
 * @param name   layer name (for messages), e.g. {@code "(BA)2PbI4"}, {@code "MAPbI3"}, {@code "spiro-OMeTAD"}
 * @param ecEv   conduction-band minimum (or LUMO) vs vacuum, eV (negative of the electron affinity)
 * @param evEv   valence-band maximum (or HOMO) vs vacuum, eV (negative of the ionisation energy)
 */
public record Layer(String name, double ecEv, double evEv) {

    /** Validates finite edges with ec &gt; ev. */
    public Layer {
        if (!Double.isFinite(ecEv) || !Double.isFinite(evEv) || ecEv <= evEv) {
            throw new PhotophysicsException("layer " + name + ": conduction band (" + ecEv
                    + " eV) must lie above valence band (" + evEv + " eV)");
        }
    }

    /** Band gap ec - ev, eV. */
    public double gapEv() {
        return ecEv - evEv;
    }

    /** The same layer with both edges moved by {@code deltaEv} (e.g. minus an interface dipole step). */
    public Layer shiftedBy(double deltaEv) {
        return new Layer(name, ecEv + deltaEv, evEv + deltaEv);
    }
}
