package org.heterostack.ui.editor.internal.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.heterostack.chem.ChemistryToolkit;
import org.heterostack.chem.InvalidStructureException;
import org.heterostack.chem.MolecularDescriptors;
import org.heterostack.model.Material;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Reference;
import org.heterostack.model.SemiconductorParameters;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * What the Library view says about the selected entry below its tree. A spacer: its name, its molecular formula,
 * molar mass and charge as the chemistry toolkit computes them from its SMILES (the toolkit is an OSGi service; without
 * it the SMILES stands alone), the SMILES, the 2D phase it forms and its synonyms. Any other material: its description
 * and band edges. Both with the keys of their references.
 */
final class LibraryDetails {

    private LibraryDetails() {
    }

    /**
     * @param material a library entry
     * @return its details, one fact a line
     */
    static String text(Material material) {
        return text(material, LibraryDetails::describeWithService);
    }

    /**
     * @param material a library entry
     * @param chemistry the descriptors of a SMILES, or why there are none
     * @return its details, one fact a line
     */
    static String text(Material material, Function<String, Descriptors> chemistry) {
        List<String> lines = new ArrayList<>();
        if (material instanceof OrganicCation spacer) {
            lines.add(spacer.getAbbreviation() + " \u2014 " + spacer.getChemicalName());
            if (spacer.getSmiles() != null) {
                Descriptors d = chemistry.apply(spacer.getSmiles());
                lines.add(d.descriptors().map(m -> String.format(Locale.ROOT, "Formula %s, %.2f g/mol, charge %+d",
                        m.formula(), m.molarMassGPerMol(), m.netCharge())).orElse("Formula: " + d.problem()));
                lines.add("SMILES " + spacer.getSmiles());
            }
            if (spacer.getExpectedPhase() != null) {
                lines.add("Forms " + switch (spacer.getExpectedPhase()) {
                    case RP -> "Ruddlesden-Popper (RP)";
                    case DJ -> "Dion-Jacobson (DJ)";
                    case ACI -> "alternating-cation-interlayer (ACI)";
                } + " phases");
            }
            if (!spacer.getSynonyms().isEmpty()) {
                lines.add("Also: " + String.join(", ", spacer.getSynonyms()));
            }
        } else {
            lines.add(material.getName() + (material.getDescription() == null ? "" : " \u2014 " + material.getDescription()));
        }
        if (material instanceof SemiconductorParameters s) {
            edges(s).ifPresent(lines::add);
        }
        List<String> keys = material.getReferences().stream().map(Reference::getKey).toList();
        if (!keys.isEmpty()) {
            lines.add("Sources: " + String.join(", ", keys));
        }
        return String.join("\n", lines);
    }

    private static Optional<String> edges(SemiconductorParameters s) {
        List<String> parts = new ArrayList<>();
        if (s.getBandGapEv() != null) {
            parts.add(String.format(Locale.ROOT, "gap %.2f eV", s.getBandGapEv()));
        }
        if (s.getElectronAffinityEv() != null) {
            parts.add(String.format(Locale.ROOT, "electron affinity %.2f eV", s.getElectronAffinityEv()));
        }
        if (s.getIonisationEnergyEv() != null) {
            parts.add(String.format(Locale.ROOT, "ionisation energy %.2f eV", s.getIonisationEnergyEv()));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    /**
     * A toolkit's answer for one SMILES.
     *
     * @param descriptors the descriptors, when computed
     * @param problem     why there are none, otherwise
     */
    record Descriptors(Optional<MolecularDescriptors> descriptors, String problem) {
    }

    private static Descriptors describeWithService(String smiles) {
        Bundle bundle = FrameworkUtil.getBundle(LibraryDetails.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<ChemistryToolkit> reference = context == null ? null
                : context.getServiceReference(ChemistryToolkit.class);
        ChemistryToolkit toolkit = reference == null ? null : context.getService(reference);
        if (toolkit == null) {
            return new Descriptors(Optional.empty(), "no chemistry toolkit is installed");
        }
        try {
            return new Descriptors(Optional.of(toolkit.describe(smiles)), "");
        } catch (InvalidStructureException e) {
            return new Descriptors(Optional.empty(), e.getMessage());
        } finally {
            context.ungetService(reference);
        }
    }
}
