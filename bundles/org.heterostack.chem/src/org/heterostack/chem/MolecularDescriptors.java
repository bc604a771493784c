package org.heterostack.chem;

/**
 * Descriptors of one molecule or molecular ion, as a chemistry toolkit computes them from its structure.
 *
 * @param smiles            the structure they were computed from
 * @param formula           molecular formula in Hill order with the net charge, e.g. {@code [C4H12N]+}
 * @param molarMassGPerMol  average molar mass in g/mol (natural isotope abundances)
 * @param netCharge         net formal charge in units of e (+1 for a mono-ammonium spacer, +2 for a di-ammonium)
 * @param ammoniumGroups    protonated amine nitrogens (primary, secondary or tertiary ammonium)
 * @param cationicCentres   positively charged atoms of any kind (ammonium, amidinium, guanidinium, pyridinium)
 * @param aromaticRings     rings whose bonds are all aromatic (smallest set of smallest rings)
 * @param rotatableBonds    rotatable single bonds (non-terminal, not in a ring)
 * @param longestChainAtoms atoms in the longest acyclic chain of heavy atoms
 * @param halogenAtoms      F, Cl, Br and I atoms
 * @param fluorineAtoms     F atoms (fluorination makes spacers more hydrophobic)
 * @param logP              octanol/water partition coefficient (log10) of the neutral base
 * @param logPMethod        how {@code logP} was obtained, for provenance
 */
public record MolecularDescriptors(String smiles, String formula, double molarMassGPerMol, int netCharge,
        int ammoniumGroups, int cationicCentres, int aromaticRings, int rotatableBonds, int longestChainAtoms,
        int halogenAtoms, int fluorineAtoms, double logP, String logPMethod) {
}
