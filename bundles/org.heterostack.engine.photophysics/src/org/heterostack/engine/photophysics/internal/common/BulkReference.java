package org.heterostack.engine.photophysics.internal.common;

/**
 * The 3D perovskite a 2D series converges to, with its measured optical properties and absolute band edges.
 *
 * @param name                  e.g. {@code "MAPbI3"}
 * @param opticalGapEv          optical (excitonic absorption-edge) gap, eV
 * @param excitonBindingMeV     exciton binding energy, meV
 * @param conductionBandEv      conduction-band minimum vs vacuum (= -electron affinity), eV
 * @param valenceBandEv         valence-band maximum vs vacuum (= -ionisation energy), eV
 * @param source                citation of the numbers
 */
public record BulkReference(String name, double opticalGapEv, double excitonBindingMeV, double conductionBandEv,
        double valenceBandEv, String source) {

    /** Validates gap, binding energy and band order. */
    public BulkReference {
        PhotophysicsException.requirePositive(opticalGapEv, "optical gap of " + name);
        PhotophysicsException.requirePositive(excitonBindingMeV, "exciton binding energy of " + name);
        if (!(conductionBandEv > valenceBandEv)) {
            throw new PhotophysicsException("conduction band (" + conductionBandEv + " eV) of " + name
                    + " must lie above its valence band (" + valenceBandEv + " eV)");
        }
    }

    /**
     * MAPbI3 as the n = infinity member of the BA series: optical gap 1.52 eV (Stoumpos et al., Chem. Mater. 28,
     * 2852 (2016), same measurement as the series), exciton binding 16 meV (Miyata et al., Nat. Phys. 11, 582
     * (2015), low-temperature orthorhombic phase; 12 meV at room temperature is their tetragonal estimate),
     * band edges -3.9 / -5.4 eV (electron affinity ~3.9 eV, ionisation energy ~5.4 eV from UPS/IPES,
     * Schulz et al., Energy Environ. Sci. 7, 1377 (2014); film-to-film spread is +-0.2 eV).
     */
    public static BulkReference mapbi3() {
        return new BulkReference("MAPbI3", 1.52, 16.0, -3.9, -5.4,
                "gap: Stoumpos et al., Chem. Mater. 28, 2852 (2016); Eb: Miyata et al., Nat. Phys. 11, 582 (2015); "
                        + "EA/IE: Schulz et al., Energy Environ. Sci. 7, 1377 (2014)");
    }

    /** Quasiparticle (electronic) gap = optical gap + exciton binding energy, eV. */
    public double quasiparticleGapEv() {
        return opticalGapEv + excitonBindingMeV / 1000.0;
    }
}
