package org.heterostack.engine.stability.internal.sensitivity;

import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.CAPPING_20_NM;
import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.PEA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.stability.internal.ageing.AgeingParameters;
import org.heterostack.engine.stability.internal.ageing.AgeingProjectionModel;
import org.heterostack.engine.stability.internal.ageing.AgeingRequest;
import org.heterostack.engine.stability.internal.ageing.AgeingResult;
import org.heterostack.engine.stability.internal.common.Parameter;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.Uncertainty;
import org.heterostack.engine.stability.internal.condition.IsosPreset;
import org.junit.jupiter.api.Test;

class SensitivityAnalysisTest {

    private static final ParameterSet DEFAULTS = AgeingParameters.allDefaults();
    private static final AgeingRequest REQUEST = AgeingRequest.of(PEA, CAPPING_20_NM,
            IsosPreset.ISOS_D_2_85.condition(), IsosPreset.ISOS_D_1.condition());

    @Test
    void reportedSwingIsReproducedByMovingTheParameter() {
        AgeingResult r = new AgeingProjectionModel().project(REQUEST, DEFAULTS);
        SensitivityEntry top = r.sensitivity().mostInfluential();
        Parameter p = DEFAULTS.get(top.parameterName());
        double low = AgeingProjectionModel.t80(REQUEST, DEFAULTS.with(p.name(), p.uncertainty().low(p.value())))
                .hours();
        double high = AgeingProjectionModel.t80(REQUEST, DEFAULTS.with(p.name(), p.uncertainty().high(p.value())))
                .hours();
        assertEquals(low, r.quantity("t80_sensitivity_low_hours").value());
        assertEquals(high, r.quantity("t80_sensitivity_high_hours").value());
        assertTrue(top.swingDecades() > 0.1, "an uncertainty of one decade or 0.1 eV must move T80 visibly");
    }

    @Test
    void everyUncertainParameterIsEvaluatedAndSortedBySwing() {
        SensitivityReport s = new AgeingProjectionModel().project(REQUEST, DEFAULTS).sensitivity();
        long uncertain = DEFAULTS.all().stream().filter(p -> p.uncertainty().kind() != Uncertainty.Kind.NONE).count();
        assertEquals(uncertain, s.entries().size() + s.skipped().size());
        assertTrue(s.skipped().isEmpty(), s.skipped().toString());
        for (int i = 1; i < s.entries().size(); i++) {
            assertTrue(s.entries().get(i).swingDecades() <= s.entries().get(i - 1).swingDecades());
        }
    }
}
