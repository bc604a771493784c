package org.heterostack.ui.editor.internal.stack;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.heterostack.library.Library;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite3D;

/** The spacer ligands of the curated library, and a searchable dialog to choose one. */
public final class SpacerChoice {

    private SpacerChoice() {
    }

    /**
     * The library's spacers: its organic cations except those that are the A-site cations of its 3D perovskites
     * (MA, FA), sorted by abbreviation.
     *
     * @return the spacers
     */
    public static List<OrganicCation> spacers() {
        Library library = Library.get();
        Set<String> aSite = library.perovskites().stream().flatMap((Perovskite3D p) -> p.getASite().stream())
                .map(s -> s.getIon()).collect(Collectors.toSet());
        return library.cations().stream().filter(c -> !aSite.contains(c.getName()) && c.getExpectedPhase() != null)
                .toList();
    }

    /**
     * Asks the user for a spacer.
     *
     * @param shell the parent shell
     * @return the chosen spacer (a library object: copy it, do not modify it), or null when cancelled
     */
    public static OrganicCation ask(Shell shell) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                OrganicCation c = (OrganicCation) element;
                return c.getAbbreviation() + " \u2014 " + c.getChemicalName() + " ("
                        + c.getExpectedPhase().getName() + ")";
            }
        });
        dialog.setTitle("Add 2D Cap");
        dialog.setMessage("Spacer of the 2D capping layer (type to search the library):");
        dialog.setElements(spacers().toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK ? (OrganicCation) dialog.getFirstResult() : null;
    }
}
