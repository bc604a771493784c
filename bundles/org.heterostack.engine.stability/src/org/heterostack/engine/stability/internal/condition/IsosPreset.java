package org.heterostack.engine.stability.internal.condition;

/**
 * ISOS stability-test protocols for perovskite devices as selectable conditions (M. V. Khenkin et al.,
 * "Consensus statement for stability assessment and reporting for perovskite photovoltaics based on ISOS
 * procedures", Nat. Energy 5, 35-49 (2020), Table 1). Where ISOS says "ambient", the value used here is stated
 * in {@link #assumption()}: ambient room conditions are taken as 25 °C / 50 %RH; ambient air heated to 65-85 °C
 * holds about 3-6 %RH, taken as 5 %RH.
 */
public enum IsosPreset {
    /** Dark storage, ambient (shelf life). */
    ISOS_D_1("ISOS-D-1 (dark, ambient)", StressCondition.constant("ISOS-D-1", 25, 50, 0),
            "ambient taken as 25 °C, 50 %RH"),
    /** Dark, 65 °C, ambient humidity. */
    ISOS_D_2_65("ISOS-D-2 (dark, 65 °C)", StressCondition.constant("ISOS-D-2 65 °C", 65, 5, 0),
            "ambient air heated to 65 °C taken as 5 %RH"),
    /** Dark, 85 °C, ambient humidity. */
    ISOS_D_2_85("ISOS-D-2 (dark, 85 °C)", StressCondition.constant("ISOS-D-2 85 °C", 85, 5, 0),
            "ambient air heated to 85 °C taken as 5 %RH"),
    /** Damp heat 85 °C / 85 %RH, dark. */
    ISOS_D_3("ISOS-D-3 (damp heat 85 °C / 85 %RH)", StressCondition.constant("ISOS-D-3", 85, 85, 0),
            "as specified by ISOS"),
    /** 1 sun, maximum power point, ambient temperature. */
    ISOS_L_1("ISOS-L-1 (1 sun, MPP, ambient)", StressCondition.constant("ISOS-L-1", 25, 50, 1),
            "ambient taken as 25 °C, 50 %RH; device heating under light not included"),
    /** 1 sun, MPP, 65 °C. */
    ISOS_L_2_65("ISOS-L-2 (1 sun, 65 °C)", StressCondition.constant("ISOS-L-2 65 °C", 65, 5, 1),
            "ambient air heated to 65 °C taken as 5 %RH"),
    /** 1 sun, MPP, 85 °C. */
    ISOS_L_2_85("ISOS-L-2 (1 sun, 85 °C)", StressCondition.constant("ISOS-L-2 85 °C", 85, 5, 1),
            "ambient air heated to 85 °C taken as 5 %RH"),
    /** Thermal cycling room temperature to 85 °C, dark. */
    ISOS_T_1("ISOS-T-1 (dark, 25 <-> 85 °C cycling)", StressCondition.cycle("ISOS-T-1", 25, 85, 5, 0),
            "square wave, half of the time at each plateau; 5 %RH; mechanical fatigue not modelled"),
    /** Thermal cycling -40 to 85 °C, dark. */
    ISOS_T_3("ISOS-T-3 (dark, -40 <-> 85 °C cycling)", StressCondition.cycle("ISOS-T-3", -40, 85, 5, 0),
            "square wave, half of the time at each plateau; 5 %RH; mechanical fatigue not modelled");

    private final String label;
    private final StressCondition condition;
    private final String assumption;

    IsosPreset(String label, StressCondition condition, String assumption) {
        this.label = label;
        this.condition = condition;
        this.assumption = assumption;
    }

    /** @return display label */
    public String label() {
        return label;
    }

    /** @return the temperature/humidity/light condition of the protocol */
    public StressCondition condition() {
        return condition;
    }

    /** @return how "ambient" and other unspecified ISOS values were fixed */
    public String assumption() {
        return assumption;
    }
}
