package org.heterostack.engine.device.internal.led;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LedEfficiencyModelTest {

    @Test
    void eqeIsProductOfTheFourFactors() {
        assertEquals(0.9 * 0.5 * 0.25 * 0.2,
                LedEfficiencyModel.externalQuantumEfficiency(new LedEfficiencyInput(0.9, 0.5, 0.25, 0.2)), 1e-15);
    }

    @Test
    void planarOutcouplingOfPerovskiteIsAboutFifteenPercent() {
        // Greenham, Friend & Bradley, Adv. Mater. 6 (1994) 491: eta_out = 1/(2 n^2); n = 1.8 -> 15.4 %
        assertEquals(0.154, LedEfficiencyModel.planarOutcoupling(1.8), 0.001);
    }

    @Test
    void abcModelRadiativeEfficiencyPeaksBetweenTrapAndAugerRegimes() {
        // Richter et al., Nat. Commun. 7 (2016) 13941 type ABC: max of B n/(A + B n + C n^2) at n = sqrt(A/C)
        double a = 1e6;
        double b = 1e-16;
        double c = 1e-40;
        double peak = LedEfficiencyModel.radiativeEfficiencyAbc(a, b, c, Math.sqrt(a / c));
        assertEquals(b * 1e23 / (a + b * 1e23 + c * 1e46), peak, 1e-15);
        assertEquals(true, peak > LedEfficiencyModel.radiativeEfficiencyAbc(a, b, c, 1e22));
        assertEquals(true, peak > LedEfficiencyModel.radiativeEfficiencyAbc(a, b, c, 1e24));
    }

    @Test
    void chargeBalanceIsMinorityOverMajorityInjection() {
        assertEquals(0.5, LedEfficiencyModel.chargeBalance(10, 20), 1e-15);
        assertEquals(1.0, LedEfficiencyModel.chargeBalance(7, 7), 1e-15);
    }

    @Test
    void outOfRangeFactorIsNamed() {
        LedException e = assertThrows(LedException.class, () -> new LedEfficiencyInput(1, 1.2, 1, 0.2));
        assertEquals("LED radiative efficiency 1.2 outside [0, 1]", e.getMessage());
    }
}
