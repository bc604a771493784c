package org.heterostack.engine.device.internal.engines;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.device.internal.driftdiffusion.InternalProfile;

/**
 * Internal profiles of a drift-diffusion run as series along x (nm from the electron contact): band diagram,
 * densities, recombination. Keys end in {@code _t<time in s>} with the decimal point written as {@code p}
 * (e.g. {@code profile_ec_t12p5} at 12.5 s). Quasi-Fermi levels exist only where their carrier does.
 */
final class ProfileReporter {

    private ProfileReporter() {
    }

    /**
     * @param text comma- or space-separated times in s (may be empty)
     * @param durationS protocol duration in s
     * @return the times
     * @throws EngineException naming the setting if a time does not parse or lies outside the protocol
     */
    static double[] parseTimes(String text, double durationS) throws EngineException {
        List<Double> times = new ArrayList<>();
        for (String part : text.trim().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            double t;
            try {
                t = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new EngineException("setting profile_times: '" + part + "' is not a time in s");
            }
            if (!(t >= 0 && t <= durationS)) {
                throw new EngineException("setting profile_times: " + part + " s lies outside the protocol (0 - "
                        + plain(durationS) + " s; t = 0 is the end of the initial steady state)");
            }
            times.add(t);
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the key suffix for a time, e.g. "_t12p5" */
    static String suffix(double timeS) {
        return "_t" + plain(timeS).replace('.', 'p');
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static void report(ResultBuilder result, InternalProfile profile) {
        String t = suffix(profile.timeS());
        double[] x = nm(profile.positionM());
        result.series("profile_ec" + t, "position", "nm", x, "conduction band edge", "eV", profile.conductionBandEv());
        result.series("profile_ev" + t, "position", "nm", x, "valence band edge", "eV", profile.valenceBandEv());
        finite(result, "profile_efn" + t, x, "electron quasi-Fermi level", "eV", profile.electronQuasiFermiEv());
        finite(result, "profile_efp" + t, x, "hole quasi-Fermi level", "eV", profile.holeQuasiFermiEv());
        result.series("profile_potential" + t, "position", "nm", x, "electrostatic potential", "V", profile.potentialV());
        result.series("profile_n" + t, "position", "nm", x, "electron density", "m-3", profile.electronDensityPerM3());
        result.series("profile_p" + t, "position", "nm", x, "hole density", "m-3", profile.holeDensityPerM3());
        result.series("profile_ion" + t, "position", "nm", x, "mobile ion vacancy density P", "m-3",
                profile.ionDensityPerM3());
        result.series("profile_recombination" + t, "position", "nm", x, "bulk recombination rate", "m-3 s-1",
                profile.bulkRecombinationPerM3S());
        double[] faces = interfacePositionsNm(profile);
        result.series("profile_interface_recombination" + t, "interface position", "nm", faces,
                "interface recombination rate", "m-2 s-1", profile.interfaceRecombinationPerM2S());
        result.quantity("profile_voltage" + t, profile.voltageV(), "V", "applied voltage at the profile time");
    }

    private static void finite(ResultBuilder result, String key, double[] x, String name, String unit, double[] y) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i])) {
                points.add(new double[] {x[i], y[i]});
            }
        }
        result.series(key, "position", "nm", points.stream().mapToDouble(p -> p[0]).toArray(), name, unit,
                points.stream().mapToDouble(p -> p[1]).toArray());
    }

    private static double[] nm(double[] metres) {
        double[] nm = new double[metres.length];
        for (int i = 0; i < nm.length; i++) {
            nm[i] = metres[i] * 1e9;
        }
        return nm;
    }

    /** Interfaces sit where the layer index changes (each appears twice, once per layer). */
    private static double[] interfacePositionsNm(InternalProfile profile) {
        int[] layer = profile.layerIndex();
        double[] faces = new double[profile.interfaceRecombinationPerM2S().length];
        int k = 0;
        for (int i = 1; i < layer.length && k < faces.length; i++) {
            if (layer[i] != layer[i - 1]) {
                faces[k++] = profile.positionM()[i] * 1e9;
            }
        }
        return faces;
    }
}
