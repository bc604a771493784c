package org.heterostack.engine.structure.internal.radii;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import org.heterostack.engine.structure.internal.StructureException;

/**
 * A named, replaceable set of ionic radii with the coordination conventions of Bartel et al., Sci. Adv. 5,
 * eaav0693 (2019): an ion takes the radius of the requested coordination number (A site XII, B and X sites VI by
 * default), else of the nearest listed one (the lower on a tie, as their code takes the first listed); where the
 * table gives a high- and a low-spin radius, d4-d7 ions take the high-spin one and all others the low-spin one.
 * Results name the set, since tolerance factors depend strongly on it.
 *
 * @param name     short name shown with results, e.g. {@code "Kieslich-Shannon effective radii"}
 * @param citation full citation(s) of the values
 * @param table    the radii
 */
public record IonicRadiusSet(String name, String citation, RadiusTable table) {

    /** Validates the name. */
    public IonicRadiusSet {
        if (name == null || name.isBlank()) {
            throw new StructureException("radius set needs a name");
        }
    }

    /** True if the set has a radius of this ion in any oxidation state. */
    public boolean knows(String ion) {
        return table.knows(MolecularIons.canonical(ion));
    }

    /** The oxidation states the set lists for an ion (empty when it does not know it). */
    public SortedSet<Integer> oxidationStates(String ion) {
        return table.oxidationStates(MolecularIons.canonical(ion));
    }

    /**
     * The radius of an ion in an oxidation state at (or nearest to) a coordination number.
     *
     * @throws StructureException naming the ion and the set when the set lists no radius for it
     */
    public IonRadius radius(String ion, int oxidationState, int coordination) {
        String symbol = MolecularIons.canonical(ion);
        List<TabulatedRadius> radii = table.radii(symbol, oxidationState);
        if (radii.isEmpty()) {
            throw new StructureException(knows(ion)
                    ? "radius set '" + name + "' has no radius of " + IonText.of(ion, oxidationState) + " (it lists "
                            + IonText.states(ion, oxidationStates(ion)) + ")"
                    : "ion '" + ion + "' is not in radius set '" + name + "'");
        }
        if (radii.get(0).molecular()) {
            return new IonRadius(radii.get(0).radiusA(), oxidationState, 0, radii.get(0).source(), Optional.empty());
        }
        int listed = Coordination.nearest(radii, coordination);
        List<TabulatedRadius> atCn = radii.stream().filter(r -> r.coordination() == listed).toList();
        TabulatedRadius chosen = SpinStates.choose(atCn);
        String cnNote = listed == coordination ? null
                : "no CN " + Coordination.roman(coordination) + " radius listed, CN " + Coordination.roman(listed)
                        + " (the nearest) used";
        String spinNote = atCn.size() > 1 && !chosen.spin().isEmpty() ? SpinStates.describe(chosen) : null;
        String note = cnNote == null ? spinNote : spinNote == null ? cnNote : cnNote + "; " + spinNote;
        return new IonRadius(chosen.radiusA(), oxidationState, listed, chosen.source(), Optional.ofNullable(note));
    }
}
