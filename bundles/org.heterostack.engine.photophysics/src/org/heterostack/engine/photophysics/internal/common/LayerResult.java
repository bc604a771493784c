package org.heterostack.engine.photophysics.internal.common;

/**
 * Photophysics of one n-layer 2D perovskite (or of the bulk when {@code n} is {@link #BULK}).
 *
 * @param n                         number of octahedral layers ({@link #BULK} for the 3D reference)
 * @param bandGapEv                 optical gap (1s exciton absorption), eV — the number compared with absorption
 *                                  edges and with the reference series
 * @param excitonBindingEnergyMeV   exciton binding energy, meV
 * @param quasiparticleGapEv        electronic gap = optical gap + binding energy, eV
 * @param conductionShiftEv         rise of the conduction-band minimum relative to the bulk, eV (&gt;= 0 typically)
 * @param valenceShiftEv            fall of the valence-band maximum relative to the bulk, eV (&gt;= 0 typically)
 * @param reducedMassRel            electron-hole reduced mass used for the Saha balance, units of m0
 */
public record LayerResult(int n, double bandGapEv, double excitonBindingEnergyMeV, double quasiparticleGapEv,
        double conductionShiftEv, double valenceShiftEv, double reducedMassRel) {

    /** Marker for the 3D bulk. */
    public static final int BULK = Integer.MAX_VALUE;
}
