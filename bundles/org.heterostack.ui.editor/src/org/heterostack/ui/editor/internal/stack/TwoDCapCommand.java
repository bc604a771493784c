package org.heterostack.ui.editor.internal.stack;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Orientation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.SiteOccupancy;

/**
 * Adds a 2D capping layer made of a spacer from the curated library, as dropping a spacer on the stack does, in
 * one undoable command: the spacer (with the references it cites) is copied into the model unless the model has a
 * material of that name, a new n = 1 2D perovskite of that spacer is created (Ruddlesden-Popper for a +1 spacer,
 * Dion-Jacobson for +2; B and X site taken from the absorber, else Pb and I; sheets parallel to the substrate) and a
 * 5 nm 2D passivation layer of it is inserted.
 */
public final class TwoDCapCommand {

    /** The thickness of a new 2D cap, in nm. */
    public static final double CAP_NM = 5.0;

    private TwoDCapCommand() {
    }

    /**
     * @param domain the editing domain
     * @param device the device
     * @param index  where the layer goes among the device's layers (0 = bottom)
     * @param spacer the spacer, from the library (not modified)
     * @return the command ("Add PEA 2D Cap")
     */
    public static Command create(EditingDomain domain, Device device, int index, OrganicCation spacer) {
        HeterostackModel model = (HeterostackModel) EcoreUtil.getRootContainer(device);
        String abbreviation = spacer.getAbbreviation() != null ? spacer.getAbbreviation() : spacer.getName();
        Layer layer = HeterostackFactory.eINSTANCE.createLayer();
        CompoundCommand command = new CompoundCommand("Add " + abbreviation + " 2D Cap") {
            @Override
            public java.util.Collection<?> getAffectedObjects() {
                return List.of(layer); // the new layer is what the user sees selected afterwards
            }
        };
        OrganicCation cation = (OrganicCation) LibraryImport.material(domain, model, spacer, command);
        Perovskite2D phase = phase(model, device, cation, abbreviation);
        command.append(AddCommand.create(domain, model, Literals.HETEROSTACK_MODEL__MATERIALS, phase));
        layer.setName(StackCommands.uniqueName(device, abbreviation + " 2D cap"));
        layer.setRole(LayerRole.PASSIVATION_2D);
        layer.setMaterial(phase);
        layer.setThicknessNm(CAP_NM);
        command.append(AddCommand.create(domain, device, Literals.DEVICE__LAYERS, layer,
                Math.max(0, Math.min(index, device.getLayers().size()))));
        return command;
    }

    /**
     * Where a cap goes by default: right above the (first) absorber, else on top.
     *
     * @param device the device
     * @return the index among the device's layers
     */
    public static int defaultIndex(Device device) {
        for (int i = 0; i < device.getLayers().size(); i++) {
            LayerRole role = device.getLayers().get(i).getRole();
            if (role == LayerRole.ABSORBER || role == LayerRole.EMITTER) {
                return i + 1;
            }
        }
        return device.getLayers().size();
    }

    private static Perovskite2D phase(HeterostackModel model, Device device, OrganicCation cation, String abbreviation) {
        Perovskite2D phase = HeterostackFactory.eINSTANCE.createPerovskite2D();
        Integer charge = cation.getCharge();
        phase.setPhase(charge != null && charge == 2 ? Phase2D.DJ : Phase2D.RP);
        String b = site(device, true);
        String x = site(device, false);
        String formula = phase.getPhase() == Phase2D.DJ ? "(" + abbreviation + ")" + b + x + "4"
                : "(" + abbreviation + ")2" + b + x + "4";
        String name = formula;
        for (int k = 2; LibraryImport.existing(model, name) != null; k++) {
            name = formula + " " + k;
        }
        phase.setName(name);
        phase.getSpacers().add(cation);
        phase.setOrientation(Orientation.PARALLEL);
        phase.setThicknessNm(CAP_NM);
        phase.getBSite().add(occupancy(b));
        phase.getXSite().add(occupancy(x));
        NPhaseFraction n1 = HeterostackFactory.eINSTANCE.createNPhaseFraction();
        n1.setN(1);
        n1.setFraction(1.0);
        phase.getNPhases().add(n1);
        return phase;
    }

    /** The absorber's single B (metal) or X (halide) ion, else Pb or I. */
    private static String site(Device device, boolean metal) {
        for (Layer layer : device.getLayers()) {
            if (layer.getMaterial() instanceof Perovskite3D absorber) {
                List<SiteOccupancy> sites = metal ? absorber.getBSite() : absorber.getXSite();
                if (sites.size() == 1 && sites.get(0).getIon() != null) {
                    return sites.get(0).getIon();
                }
            }
        }
        return metal ? "Pb" : "I";
    }

    private static SiteOccupancy occupancy(String ion) {
        SiteOccupancy site = HeterostackFactory.eINSTANCE.createSiteOccupancy();
        site.setIon(ion);
        site.setFraction(1.0);
        return site;
    }
}
