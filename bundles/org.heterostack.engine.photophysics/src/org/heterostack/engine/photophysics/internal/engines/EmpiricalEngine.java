package org.heterostack.engine.photophysics.internal.engines;

import java.util.List;

import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.TwoDBandEdges;
import org.heterostack.engine.photophysics.internal.common.BulkReference;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsModel;
import org.heterostack.engine.photophysics.internal.empirical.EmpiricalModel;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.Severity;
import org.osgi.service.component.annotations.Component;

/** Photophysics from the empirical inverse-square laws calibrated on the BA Ruddlesden-Popper series. */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + EmpiricalEngine.ID,
        EngineProperties.VERSION + "=" + EmpiricalEngine.VERSION, EngineProperties.CATEGORY + "=PHOTOPHYSICS" })
public class EmpiricalEngine extends PhotophysicsEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.photophysics.empirical";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    private static final String CONDUCTION_FRACTION = "conduction_fraction";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Photophysics (empirical BA series)",
            VERSION, EngineCategory.PHOTOPHYSICS, "Heterostack",
            List.of("C. C. Stoumpos et al., Chem. Mater. 28, 2852 (2016); Chem 2, 427 (2017): BA series gaps",
                    "J.-C. Blancon et al., Nat. Commun. 9, 2254 (2018): exciton binding energies and reduced masses",
                    "K. Miyata et al., Nat. Phys. 11, 582 (2015): MAPbI3 exciton",
                    "P. Schulz et al., Energy Environ. Sci. 7, 1377 (2014): MAPbI3 band edges",
                    "S. Silver et al., Adv. Energy Mater. 8, 1703468 (2018): (BA)2PbI4 band edges, the conduction share",
                    "M. Saba et al., Nat. Commun. 5, 5049 (2014): Saha balance in perovskites",
                    "X. Ma, Sun, Dou, Chem. Commun. 60, 7824 (2024): 2D/3D band alignment and architecture"),
            "Eg(n) = 1.52 eV + 29.688 eV / (n + 4.7164)^2 and Eb(n) = 16 meV + 6639.3 meV / (n + 2.8589)^2, fitted "
                    + "once to the BA series; the quasiparticle-gap increase is split between the bands "
                    + "(conduction_fraction) around the MAPbI3 edges -3.9/-5.4 eV; Anderson alignment; Saha balance; "
                    + "Helmholtz dipole step; WKB tunnelling through a rectangular organic barrier.",
            "(BA)2(MA)(n-1)PbnI(3n+1)-like alkylammonium RP lead iodides, n = 1-5 (larger n extrapolates to the bulk); "
                    + "other spacers and halides shift the gap and binding energy by tens of meV or more.");

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected List<EngineSetting> modelSettings() {
        return List.of(EngineSetting.number(CONDUCTION_FRACTION, TwoDBandEdges.MEASURED_CONDUCTION_SHARE, "1",
                "share of the quasiparticle-gap increase taken by the conduction band; 2/3 measured on (BA)2PbI4 by "
                        + "UPS/IPES, EA 3.1 / IE 5.8 eV against MAPbI3's 3.9 / 5.4 eV (Silver et al., Adv. Energy "
                        + "Mater. 8, 1703468 (2018); Schulz et al., Energy Environ. Sci. 7, 1377 (2014)); the "
                        + "drift-diffusion engine's twod_conduction_share has the same default; 0.5 = equal masses"));
    }

    @Override
    protected PhotophysicsModel model(EngineSettings settings) throws EngineException {
        try {
            return new EmpiricalModel(BulkReference.mapbi3(), settings.number(CONDUCTION_FRACTION));
        } catch (PhotophysicsException e) {
            throw new EngineException("setting " + CONDUCTION_FRACTION + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected void checkValidity(PhotophysicsModel model, int n, ResultBuilder result) {
        if (n > 5) {
            result.message(Severity.WARNING, "n = " + n + " is beyond the calibrated BA series (n = 1-5): an extrapolation "
                    + "towards the bulk");
        }
    }
}
