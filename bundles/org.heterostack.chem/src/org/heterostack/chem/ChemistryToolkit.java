package org.heterostack.chem;

/**
 * Turns a structure (SMILES) into the molecular descriptors the engines use. Heterostack ships one
 * implementation (the Chemistry Development Kit) as an OSGi service; engines obtain it as a service, never by
 * naming the implementation.
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
}
