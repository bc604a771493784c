package org.heterostack.engine.device.internal.detailedbalance;

/**
 * Input of the detailed-balance model.
 *
 * @param bandGapEv absorber band gap Eg in eV, 0.3-4.4 (the spectrum covers 280-4000 nm)
 * @param temperatureK cell temperature in K (Shockley-Queisser: 300), 10-1000
 * @param externalRadiativeEfficiency ERE in (0, 1]; 1 is the radiative limit; Voc = Voc,rad + kT/q ln ERE
 *        (Green, Prog. Photovolt. 20 (2012) 472)
 * @param absorptance absorptance model (step, or finite thickness with optional Urbach tail)
 */
public record DetailedBalanceInput(double bandGapEv, double temperatureK, double externalRadiativeEfficiency,
        Absorptance absorptance) {

    /** Validates the ranges. */
    public DetailedBalanceInput {
        if (!(bandGapEv >= 0.3 && bandGapEv <= 4.4)) {
            throw new DetailedBalanceException("band gap " + bandGapEv + " eV outside 0.3-4.4 eV (spectrum range)");
        }
        if (!(temperatureK >= 10 && temperatureK <= 1000)) {
            throw new DetailedBalanceException("temperature " + temperatureK + " K outside 10-1000 K");
        }
        if (!(externalRadiativeEfficiency > 0 && externalRadiativeEfficiency <= 1)) {
            throw new DetailedBalanceException(
                    "external radiative efficiency " + externalRadiativeEfficiency + " outside (0, 1]");
        }
        if (absorptance == null) {
            throw new DetailedBalanceException("absorptance model missing");
        }
    }

    /**
     * The classic Shockley-Queisser case: step absorptance, ERE = 1.
     *
     * @param bandGapEv band gap in eV
     * @param temperatureK cell temperature in K
     * @return the input
     */
    public static DetailedBalanceInput shockleyQueisser(double bandGapEv, double temperatureK) {
        return new DetailedBalanceInput(bandGapEv, temperatureK, 1.0, new Absorptance.Step());
    }
}
