package org.heterostack.chem.internal;

import org.heterostack.chem.ChemistryToolkit;
import org.heterostack.chem.InvalidStructureException;
import org.heterostack.chem.MolecularDescriptors;
import org.heterostack.chem.StructureDiagram;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.qsar.descriptors.molecular.LargestChainDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.RotatableBondsCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.XLogPDescriptor;
import org.openscience.cdk.qsar.result.DoubleResult;
import org.openscience.cdk.qsar.result.IntegerResult;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;
import org.osgi.service.component.annotations.Component;

/**
 * {@link ChemistryToolkit} backed by the Chemistry Development Kit 2.11 (Willighagen et al., J. Cheminform. 9,
 * 33 (2017)); 2D diagrams by its structure diagram generator ({@link CdkDiagrams}). logP is CDK's XLogP (Wang, Fu, Lai, J. Chem. Inf. Comput. Sci. 37, 615 (1997)) of the neutral base:
 * every protonated nitrogen gives up one proton first, since partitioning refers to the neutral amine.
 */
@Component(service = ChemistryToolkit.class)
public class CdkChemistryToolkit implements ChemistryToolkit {

    private static final String LOGP_METHOD = "XLogP (CDK 2.11) of the neutral base";

    @Override
    public String name() {
        return "CDK 2.11";
    }

    @Override
    public MolecularDescriptors describe(String smiles) throws InvalidStructureException {
        if (smiles == null || smiles.isBlank()) {
            throw new InvalidStructureException("No SMILES given", null);
        }
        try {
            IAtomContainer ion = prepare(parse(smiles));
            IAtomContainer base = prepare(neutralBase(parse(smiles)));
            return new MolecularDescriptors(smiles,
                    MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(ion)),
                    AtomContainerManipulator.getMass(ion, AtomContainerManipulator.MolWeight),
                    AtomContainerManipulator.getTotalFormalCharge(ion), ammoniumGroups(ion), cationicCentres(ion),
                    aromaticRings(ion), integer(new RotatableBondsCountDescriptor(), ion),
                    integer(new LargestChainDescriptor(), ion), count(ion, "F", "Cl", "Br", "I"), count(ion, "F"),
                    xlogp(base), LOGP_METHOD);
        } catch (CDKException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidStructureException("Cannot read SMILES '" + smiles + "': " + e.getMessage(), e);
        }
    }

    @Override
    public StructureDiagram diagram(String smiles) throws InvalidStructureException {
        if (smiles == null || smiles.isBlank()) {
            throw new InvalidStructureException("No SMILES given", null);
        }
        try {
            return CdkDiagrams.layout(smiles, parse(smiles));
        } catch (CDKException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidStructureException("Cannot lay out SMILES '" + smiles + "': " + e.getMessage(), e);
        }
    }

    private static IAtomContainer parse(String smiles) throws CDKException {
        return new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
    }

    private static IAtomContainer prepare(IAtomContainer molecule) throws CDKException {
        AtomContainerManipulator.percieveAtomTypesAndConfigureAtoms(molecule);
        new Aromaticity(ElectronDonation.daylight(), Cycles.all()).apply(molecule);
        return molecule;
    }

    /** Removes one proton from every positively charged nitrogen that carries hydrogen. */
    private static IAtomContainer neutralBase(IAtomContainer molecule) {
        for (IAtom atom : molecule.atoms()) {
            Integer hydrogens = atom.getImplicitHydrogenCount();
            if ("N".equals(atom.getSymbol()) && atom.getFormalCharge() != null && atom.getFormalCharge() > 0
                    && hydrogens != null && hydrogens > 0) {
                atom.setFormalCharge(atom.getFormalCharge() - 1);
                atom.setImplicitHydrogenCount(hydrogens - 1);
            }
        }
        return molecule;
    }

    private static int ammoniumGroups(IAtomContainer molecule) {
        int count = 0;
        for (IAtom atom : molecule.atoms()) {
            boolean sp3 = molecule.getConnectedBondsList(atom).stream().allMatch(b -> b.getOrder() == IBond.Order.SINGLE);
            if (isCationicNitrogen(atom) && sp3 && hydrogens(atom) > 0 && !atom.isAromatic()) {
                count++;
            }
        }
        return count;
    }

    private static int cationicCentres(IAtomContainer molecule) {
        int count = 0;
        for (IAtom atom : molecule.atoms()) {
            if (atom.getFormalCharge() != null && atom.getFormalCharge() > 0) {
                count++;
            }
        }
        return count;
    }

    private static boolean isCationicNitrogen(IAtom atom) {
        return "N".equals(atom.getSymbol()) && atom.getFormalCharge() != null && atom.getFormalCharge() > 0;
    }

    private static int hydrogens(IAtom atom) {
        return atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
    }

    private static int aromaticRings(IAtomContainer molecule) {
        int rings = 0;
        for (IAtomContainer ring : Cycles.sssr(molecule).toRingSet().atomContainers()) {
            boolean aromatic = true;
            for (IBond bond : ring.bonds()) {
                aromatic &= bond.isAromatic();
            }
            rings += aromatic ? 1 : 0;
        }
        return rings;
    }

    private static int count(IAtomContainer molecule, String... symbols) {
        int count = 0;
        for (IAtom atom : molecule.atoms()) {
            for (String symbol : symbols) {
                count += symbol.equals(atom.getSymbol()) ? 1 : 0;
            }
        }
        return count;
    }

    private static int integer(org.openscience.cdk.qsar.IMolecularDescriptor descriptor, IAtomContainer molecule) {
        return ((IntegerResult) descriptor.calculate(molecule).getValue()).intValue();
    }

    private static double xlogp(IAtomContainer molecule) {
        XLogPDescriptor descriptor = new XLogPDescriptor();
        try {
            descriptor.setParameters(new Object[] { Boolean.TRUE, Boolean.TRUE });
        } catch (CDKException e) {
            throw new IllegalStateException("XLogP parameters rejected", e);
        }
        return ((DoubleResult) descriptor.calculate(molecule).getValue()).doubleValue();
    }
}
