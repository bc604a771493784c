package org.heterostack.engine.device.internal.detailedbalance;

import org.heterostack.engine.device.internal.common.SolarCellFigures;

/**
 * Result of the detailed-balance model.
 *
 * @param figures Jsc (mA/cm2), Voc (V), FF (%), PCE (%) and the maximum power point
 * @param jscAPerM2 short-circuit current density in A/m2
 * @param lnDarkSaturationCurrentAPerM2 natural log of J0 = J0,rad / ERE in A/m2 (log because J0 underflows
 *        for wide gaps)
 * @param vocRadiativeV radiative-limit open-circuit voltage Voc,rad in V (ERE = 1)
 * @param incidentIrradianceWPerM2 incident irradiance in W/m2 (integrated spectrum)
 */
public record DetailedBalanceResult(SolarCellFigures figures, double jscAPerM2, double lnDarkSaturationCurrentAPerM2,
        double vocRadiativeV, double incidentIrradianceWPerM2) {
}
