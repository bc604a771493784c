package org.heterostack.ui.editor.internal.band;

import org.eclipse.emf.ecore.EObject;
import org.heterostack.ui.editor.internal.stack.SlabKind;

/**
 * One layer of a band diagram: its band edges or, for an electrode, its Fermi level, all as energies relative to
 * the vacuum level (negative numbers).
 *
 * @param object  the layer
 * @param name    its name
 * @param kind    its kind (colour)
 * @param ecEv    conduction-band minimum (-electron affinity), or null
 * @param evEv    valence-band maximum (-ionisation energy), or null
 * @param fermiEv an electrode's Fermi level (-work function), or null
 * @param origin  where the values come from, e.g. "material 'MAPbI3'"
 */
public record BandColumn(EObject object, String name, SlabKind kind, Double ecEv, Double evEv, Double fermiEv,
        String origin) {

    /** @return whether both band edges are known */
    public boolean hasEdges() {
        return ecEv != null && evEv != null;
    }

    /** @return whether this is an electrode with a known work function */
    public boolean isElectrode() {
        return fermiEv != null;
    }
}
