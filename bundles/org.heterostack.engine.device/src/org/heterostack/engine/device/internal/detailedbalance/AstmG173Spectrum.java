package org.heterostack.engine.device.internal.detailedbalance;

import static org.heterostack.engine.PhysicalConstants.HC_EV_NM;
import static org.heterostack.engine.PhysicalConstants.ELEMENTARY_CHARGE_C;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ASTM G173-03 global-tilt (AM1.5G, 37 deg tilt) reference spectrum, 280-4000 nm, shipped as
 * {@code /data/ASTMG173.csv} (source: ASTM G173-03 / NREL, see data/README.md), with its cumulative photon
 * flux precomputed so that the above-gap photon flux of any band gap costs one binary search.
 *
 * <p>Integration is the trapezoidal rule on the tabulated wavelengths with linear interpolation of the
 * spectral photon flux inside a partial interval (the convention of Rühle, Sol. Energy 130 (2016) 139).
 */
public final class AstmG173Spectrum {

    private static final String RESOURCE = "/data/ASTMG173.csv";
    private static volatile AstmG173Spectrum instance;

    private final double[] wavelengthNm;
    private final double[] irradianceWPerM2Nm;
    private final double[] photonFluxPerM2SNm;
    private final double[] cumulativePhotonFluxPerM2S;
    private final double integratedIrradianceWPerM2;

    private AstmG173Spectrum(double[] wavelengthNm, double[] irradianceWPerM2Nm) {
        this.wavelengthNm = wavelengthNm;
        this.irradianceWPerM2Nm = irradianceWPerM2Nm;
        int n = wavelengthNm.length;
        photonFluxPerM2SNm = new double[n];
        cumulativePhotonFluxPerM2S = new double[n];
        double power = 0;
        for (int i = 0; i < n; i++) {
            double photonEnergyJ = HC_EV_NM / wavelengthNm[i] * ELEMENTARY_CHARGE_C;
            photonFluxPerM2SNm[i] = irradianceWPerM2Nm[i] / photonEnergyJ;
            if (i > 0) {
                double dl = wavelengthNm[i] - wavelengthNm[i - 1];
                cumulativePhotonFluxPerM2S[i] = cumulativePhotonFluxPerM2S[i - 1]
                        + 0.5 * dl * (photonFluxPerM2SNm[i] + photonFluxPerM2SNm[i - 1]);
                power += 0.5 * dl * (irradianceWPerM2Nm[i] + irradianceWPerM2Nm[i - 1]);
            }
        }
        integratedIrradianceWPerM2 = power;
    }

    /**
     * The shared instance, loaded once from the bundled resource.
     *
     * @return the global-tilt spectrum
     * @throws UncheckedIOException if the resource is missing or malformed
     */
    public static AstmG173Spectrum global() {
        AstmG173Spectrum s = instance;
        if (s == null) {
            synchronized (AstmG173Spectrum.class) {
                if (instance == null) {
                    instance = load();
                }
                s = instance;
            }
        }
        return s;
    }

    private static AstmG173Spectrum load() {
        try (InputStream in = AstmG173Spectrum.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource " + RESOURCE + " not found"));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<double[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(",");
                if (cells.length >= 3 && !cells[0].isEmpty() && Character.isDigit(cells[0].charAt(0))) {
                    rows.add(new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[2])});
                }
            }
            double[] wl = new double[rows.size()];
            double[] e = new double[rows.size()];
            for (int i = 0; i < wl.length; i++) {
                wl[i] = rows.get(i)[0];
                e[i] = rows.get(i)[1];
            }
            return new AstmG173Spectrum(wl, e);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + RESOURCE, ex);
        } catch (NumberFormatException ex) {
            throw new UncheckedIOException(new IOException("malformed number in " + RESOURCE, ex));
        }
    }

    /** @return integrated irradiance (trapezoid) in W/m2; 1000.4 for ASTM G173-03 global tilt */
    public double integratedIrradianceWPerM2() {
        return integratedIrradianceWPerM2;
    }

    /** @return shortest tabulated wavelength in nm */
    public double minWavelengthNm() {
        return wavelengthNm[0];
    }

    /** @return longest tabulated wavelength in nm */
    public double maxWavelengthNm() {
        return wavelengthNm[wavelengthNm.length - 1];
    }

    /** @return number of tabulated wavelengths */
    public int size() {
        return wavelengthNm.length;
    }

    /** @param i index @return tabulated wavelength i in nm */
    public double wavelengthNm(int i) {
        return wavelengthNm[i];
    }

    /** @param i index @return spectral irradiance at wavelength i in W m-2 nm-1 */
    public double irradianceWPerM2Nm(int i) {
        return irradianceWPerM2Nm[i];
    }

    /** @param i index @return spectral photon flux at wavelength i in m-2 s-1 nm-1 */
    public double photonFluxPerM2SNm(int i) {
        return photonFluxPerM2SNm[i];
    }

    /**
     * Photon flux of all photons with energy above {@code energyEv} (wavelength below hc/E), i.e. the
     * absorbed flux of a step absorber; O(log n).
     *
     * @param energyEv threshold photon energy in eV
     * @return photon flux in m-2 s-1
     */
    public double photonFluxAbovePerM2S(double energyEv) {
        double lambda = HC_EV_NM / energyEv;
        int n = wavelengthNm.length;
        if (lambda <= wavelengthNm[0]) {
            return 0;
        }
        if (lambda >= wavelengthNm[n - 1]) {
            return cumulativePhotonFluxPerM2S[n - 1];
        }
        int i = indexBelow(lambda);
        double t = (lambda - wavelengthNm[i]) / (wavelengthNm[i + 1] - wavelengthNm[i]);
        double fluxAtLambda = photonFluxPerM2SNm[i] + t * (photonFluxPerM2SNm[i + 1] - photonFluxPerM2SNm[i]);
        return cumulativePhotonFluxPerM2S[i] + 0.5 * (lambda - wavelengthNm[i]) * (photonFluxPerM2SNm[i] + fluxAtLambda);
    }

    /** @return the largest index i with wavelength[i] &lt;= lambda (lambda inside the table) */
    int indexBelow(double lambdaNm) {
        int lo = 0;
        int hi = wavelengthNm.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (wavelengthNm[mid] <= lambdaNm) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
