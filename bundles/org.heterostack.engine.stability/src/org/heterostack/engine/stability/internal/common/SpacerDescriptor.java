package org.heterostack.engine.stability.internal.common;

import java.util.Objects;

/**
 * The plain-value description of a spacer ligand the stability models need. The adapter fills it from the
 * model (pKa with its source, spacer class, cross-link state) and the chemistry toolkit (logP, fluorine count).
 *
 * @param name abbreviation, e.g. "PEA" (used in messages and provenance only)
 * @param pKa pKa of the conjugate acid (the ammonium) in water at 25 °C, 0..20
 * @param logP octanol/water partition coefficient of the neutral (free base) ligand, log10 units, -10..15;
 *        it must be on the same scale (same toolkit or experiment) as {@code moisture.logp_reference}
 * @param fluorineCount number of fluorine atoms on the ligand, &gt;= 0
 * @param spacerClass tail class deciding the migration parameters
 * @param crossLinked true if the ligand is polymerised in place after the 2D phase formed (e.g. VBA,
 *        Proppe et al., J. Am. Chem. Soc. 2019, 141, 14180)
 */
public record SpacerDescriptor(String name, double pKa, double logP, int fluorineCount, SpacerClass spacerClass,
        boolean crossLinked) {

    /** Validates ranges so an unset value (NaN) from the adapter is caught here, by name. */
    public SpacerDescriptor {
        Objects.requireNonNull(name, "spacer name");
        Objects.requireNonNull(spacerClass, "spacer class of " + name);
        if (!(pKa >= 0 && pKa <= 20)) {
            throw new StabilityException("spacer " + name + ": pKa must be set and within 0..20, got " + pKa);
        }
        if (!(logP >= -10 && logP <= 15)) {
            throw new StabilityException("spacer " + name + ": logP must be set and within -10..15, got " + logP);
        }
        if (fluorineCount < 0) {
            throw new StabilityException("spacer " + name + ": fluorine count must be >= 0, got " + fluorineCount);
        }
    }
}
