package org.heterostack.chem;

/**
 * Turns a structure (SMILES) into the molecular descriptors the engines use, and into a 2D diagram the workbench
 * draws (since 0.2). Heterostack ships one implementation (the Chemistry Development Kit) as an OSGi service;
 * engines and views obtain it as a service, never by naming the implementation.
 */
public interface ChemistryToolkit {

    /** @return the toolkit's name and version, for provenance (e.g. "CDK 2.11") */
    String name();

    /**
     * Computes descriptors of one molecule or ion.
     *
     * @param smiles the structure, e.g. {@code CCCC[NH3+]} for butylammonium
     * @return its descriptors
     * @throws InvalidStructureException if the SMILES cannot be parsed or typed; the message says why
     */
    MolecularDescriptors describe(String smiles) throws InvalidStructureException;

    /**
     * Lays out a structure in 2D for drawing (hydrogens implicit, Kekulé bond orders, wedges at stereocentres).
     * A toolkit that cannot lay out structures refuses every one; the one Heterostack ships can.
     *
     * @param smiles the structure, e.g. {@code CCCC[NH3+]} for butylammonium
     * @return its 2D diagram, in units of the bond length
     * @throws InvalidStructureException if the SMILES cannot be read or laid out; the message says why
     * @since 0.2
     */
    default StructureDiagram diagram(String smiles) throws InvalidStructureException {
        throw new InvalidStructureException(name() + " cannot lay out structures", null);
    }
}
