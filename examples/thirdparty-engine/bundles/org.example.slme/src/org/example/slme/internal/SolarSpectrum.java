package org.example.slme.internal;

import static org.heterostack.engine.PhysicalConstants.ELEMENTARY_CHARGE_C;
import static org.heterostack.engine.PhysicalConstants.HC_EV_NM;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The ASTM G173-03 global-tilt reference spectrum (AM1.5G, 280-4000 nm) shipped in {@code data/ASTMG173.csv}
 * (source: ASTM G173-03 via NREL; see {@code data/README.md}), as spectral photon flux.
 */
public final class SolarSpectrum {

    private static final String RESOURCE = "/data/ASTMG173.csv";
    private static final int GLOBAL_TILT_COLUMN = 2;

    private static final class Shared {
        static final SolarSpectrum AM15G = load();
    }

    private final double[] wavelengthNm;
    private final double[] photonFluxPerM2SNm;
    private final double irradianceWPerM2;

    private SolarSpectrum(double[] wavelengthNm, double[] spectralIrradianceWPerM2Nm) {
        this.wavelengthNm = wavelengthNm;
        photonFluxPerM2SNm = new double[wavelengthNm.length];
        double power = 0;
        for (int i = 0; i < wavelengthNm.length; i++) {
            double photonEnergyJ = HC_EV_NM / wavelengthNm[i] * ELEMENTARY_CHARGE_C;
            photonFluxPerM2SNm[i] = spectralIrradianceWPerM2Nm[i] / photonEnergyJ;
            if (i > 0) {
                power += 0.5 * (wavelengthNm[i] - wavelengthNm[i - 1])
                        * (spectralIrradianceWPerM2Nm[i] + spectralIrradianceWPerM2Nm[i - 1]);
            }
        }
        irradianceWPerM2 = power;
    }

    /** @return the AM1.5G spectrum, read once from the bundle */
    public static SolarSpectrum am15g() {
        return Shared.AM15G;
    }

    /** @return the integrated irradiance in W/m2 (trapezoidal rule; 1000.4 W/m2 for ASTM G173-03 global tilt) */
    public double irradianceWPerM2() {
        return irradianceWPerM2;
    }

    /**
     * The photon flux a film absorbs, int a(E(lambda)) Phi(lambda) dlambda, by the trapezoidal rule on the
     * tabulated wavelengths. The interval holding the absorption onset is split there, so that a step at the
     * onset is integrated exactly up to the linear interpolation of the flux.
     *
     * @param absorptance a(E) for a photon energy E in eV, 0 below {@code onsetEv}
     * @param onsetEv     the lowest photon energy the film absorbs, in eV
     * @return the absorbed photon flux in m-2 s-1
     */
    public double absorbedPhotonFluxPerM2S(DoubleUnaryOperator absorptance, double onsetEv) {
        double onsetNm = HC_EV_NM / onsetEv;
        double sum = 0;
        for (int i = 1; i < wavelengthNm.length; i++) {
            double shortNm = wavelengthNm[i - 1];
            double longNm = wavelengthNm[i];
            if (shortNm >= onsetNm) {
                break;
            }
            double shortFlux = photonFluxPerM2SNm[i - 1] * absorptance.applyAsDouble(HC_EV_NM / shortNm);
            if (longNm <= onsetNm) {
                double longFlux = photonFluxPerM2SNm[i] * absorptance.applyAsDouble(HC_EV_NM / longNm);
                sum += 0.5 * (longNm - shortNm) * (shortFlux + longFlux);
            } else {
                double t = (onsetNm - shortNm) / (longNm - shortNm);
                double fluxAtOnset = photonFluxPerM2SNm[i - 1] + t * (photonFluxPerM2SNm[i] - photonFluxPerM2SNm[i - 1]);
                sum += 0.5 * (onsetNm - shortNm) * (shortFlux + fluxAtOnset * absorptance.applyAsDouble(onsetEv));
            }
        }
        return sum;
    }

    /**
     * @param minEv lower photon energy in eV
     * @return the photon flux of all photons above {@code minEv} in m-2 s-1
     */
    public double photonFluxAbovePerM2S(double minEv) {
        return absorbedPhotonFluxPerM2S(e -> 1.0, minEv);
    }

    private static SolarSpectrum load() {
        try (InputStream in = SolarSpectrum.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource " + RESOURCE + " is missing from the bundle"));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<double[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                if (cells.length > GLOBAL_TILT_COLUMN && !cells[0].isEmpty() && Character.isDigit(cells[0].charAt(0))) {
                    rows.add(new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[GLOBAL_TILT_COLUMN])});
                }
            }
            double[] wavelength = rows.stream().mapToDouble(r -> r[0]).toArray();
            double[] irradiance = rows.stream().mapToDouble(r -> r[1]).toArray();
            return new SolarSpectrum(wavelength, irradiance);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
