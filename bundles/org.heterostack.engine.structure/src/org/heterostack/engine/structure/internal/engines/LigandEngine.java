package org.heterostack.engine.structure.internal.engines;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.chem.ChemistryToolkit;
import org.heterostack.chem.InvalidStructureException;
import org.heterostack.chem.MolecularDescriptors;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.structure.internal.mapping.Labels;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.NamedElement;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Severity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Descriptors of a spacer cation computed from its SMILES by the installed {@link ChemistryToolkit} service:
 * formula, mass, charge, ammonium groups, aromatic rings, rotatable bonds, longest chain, halogens and logP.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + LigandEngine.ID,
        EngineProperties.VERSION + "=" + LigandEngine.VERSION, EngineProperties.CATEGORY + "=STRUCTURE" })
public class LigandEngine implements IAnalysisEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.structure.ligand";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Ligand descriptors", VERSION,
            EngineCategory.STRUCTURE, "Heterostack",
            List.of("E. L. Willighagen et al., J. Cheminform. 9, 33 (2017): Chemistry Development Kit",
                    "R. Wang, Y. Fu, L. Lai, J. Chem. Inf. Comput. Sci. 37, 615 (1997): XLogP"),
            "Graph descriptors of the cation from its SMILES (formula in Hill order with charge, average molar "
                    + "mass, protonated amine nitrogens, aromatic rings, rotatable bonds, longest acyclic chain, "
                    + "halogens); logP is the atom-additive XLogP of the neutral base (one proton removed from every "
                    + "protonated nitrogen).",
            "Organic cations a SMILES describes; XLogP is an estimate (typically within 0.5 log units of experiment) "
                    + "and refers to the neutral amine, not the salt.");

    @Reference
    private ChemistryToolkit toolkit;

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof OrganicCation;
    }

    @Override
    public List<EngineSetting> settings() {
        return List.of();
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        OrganicCation cation = (OrganicCation) request.target();
        String smiles = cation.getSmiles();
        if (smiles == null || smiles.isBlank()) {
            throw new EngineException(Labels.of(cation) + " has no smiles");
        }
        MolecularDescriptors d;
        try {
            d = toolkit.describe(smiles);
        } catch (InvalidStructureException e) {
            throw new EngineException(Labels.of(cation) + ": " + e.getMessage(), e);
        }
        result.message(Severity.INFO, "formula: " + d.formula());
        result.quantity("molar_mass", d.molarMassGPerMol(), "g/mol", "average molar mass of the cation")
                .quantity("net_charge", d.netCharge(), "e", "net formal charge")
                .quantity("ammonium_groups", d.ammoniumGroups(), "1", "protonated amine nitrogens")
                .quantity("cationic_centres", d.cationicCentres(), "1", "positively charged atoms of any kind")
                .quantity("aromatic_rings", d.aromaticRings(), "1", "aromatic rings")
                .quantity("rotatable_bonds", d.rotatableBonds(), "1", "rotatable single bonds")
                .quantity("longest_chain", d.longestChainAtoms(), "1", "heavy atoms in the longest acyclic chain")
                .quantity("halogen_atoms", d.halogenAtoms(), "1", "F, Cl, Br and I atoms")
                .quantity("fluorine_atoms", d.fluorineAtoms(), "1", "F atoms")
                .quantity("log_p", d.logP(), "1", "log10 octanol/water partition coefficient of the neutral base");
        result.message(Severity.INFO, "logP: " + d.logPMethod() + "; toolkit " + toolkit.name());
        if (cation.getCharge() != null && cation.getCharge() != d.netCharge()) {
            result.message(Severity.WARNING, Labels.of(cation) + " declares charge " + cation.getCharge()
                    + " but its SMILES has net charge " + d.netCharge());
        }
    }
}
