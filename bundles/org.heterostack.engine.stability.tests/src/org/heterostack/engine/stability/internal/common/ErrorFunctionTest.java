package org.heterostack.engine.stability.internal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErrorFunctionTest {

    /** Reference values: Abramowitz and Stegun, Handbook of Mathematical Functions, Table 7.1 (and DLMF 7.2). */
    @ParameterizedTest
    @CsvSource({"0.1, 0.1124629160182849", "0.5, 0.5204998778130465", "1.0, 0.8427007929497149",
        "1.5, 0.9661051464753108", "2.0, 0.9953222650189527", "2.5, 0.9995930479825550",
        "3.0, 0.9999779095030014", "-1.0, -0.8427007929497149"})
    void erfMatchesTabulatedValues(double x, double expected) {
        assertEquals(expected, ErrorFunction.erf(x), 1e-10, "erf(" + x + ") vs A&S Table 7.1");
    }

    /** Closed form of the slab retention (Crank eq. 2.15 integrated) against direct integration of the profile. */
    @ParameterizedTest
    @CsvSource({"0.05", "0.3", "0.7", "1.5", "1.99", "2.01", "4.0"})
    void slabRetentionEqualsIntegratedConcentrationProfile(double z) {
        // h = 1, sqrt(D t) = 1/z; c(x)/c0 = 1/2 [erf((h - x)/a) + erf((h + x)/a)], a = 2 sqrt(D t)
        double a = 2.0 / z;
        int steps = 20_000;
        double sum = 0.0;
        for (int i = 0; i < steps; i++) {
            double x = (i + 0.5) / steps;
            sum += 0.5 * (ErrorFunction.erf((1 - x) / a) + ErrorFunction.erf((1 + x) / a));
        }
        assertEquals(sum / steps, ErrorFunction.slabRetainedFraction(z), 1e-8, "retained fraction at z = " + z);
    }

    @Test
    void slabRetentionLimits() {
        assertEquals(1.0, ErrorFunction.slabRetainedFraction(Double.POSITIVE_INFINITY));
        assertEquals(0.0, ErrorFunction.slabRetainedFraction(0.0));
        // small z: phi -> z / sqrt(pi)
        assertEquals(1e-6 / Math.sqrt(Math.PI), ErrorFunction.slabRetainedFraction(1e-6), 1e-18);
    }

    @Test
    void negativeArgumentIsRejectedWithItsValue() {
        StabilityException e = assertThrows(StabilityException.class, () -> ErrorFunction.slabRetainedFraction(-1));
        assertEquals("slab retention: h/sqrt(D t) must be >= 0, got -1.0", e.getMessage());
    }
}
