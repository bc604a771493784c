package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * One homogeneous layer of the 1D stack (Boltzmann statistics, constant band edges and DOS inside the layer;
 * band offsets at the layer boundaries). A carrier whose diffusivity is 0 does not exist in the layer (it
 * is blocked at the layer boundary), so an IonMonger ETL is a layer with holeDiffusivity 0 and an HTL one
 * with electronDiffusivity 0. Generation (Beer-Lambert) happens only in layers that hold both carriers;
 * layers with absorption but one carrier only attenuate the light (parasitic absorption).
 *
 * @param name layer name used in messages and profiles
 * @param thicknessM thickness in m
 * @param relativePermittivity static relative permittivity
 * @param conductionBandEv conduction-band edge Ec (vacuum-referenced, negative) in eV
 * @param valenceBandEv valence-band edge Ev in eV (&lt; Ec)
 * @param conductionDosPerM3 effective density of states gc in m-3
 * @param valenceDosPerM3 effective density of states gv in m-3
 * @param electronDiffusivityM2PerS Dn in m2/s (0 = no electrons in this layer)
 * @param holeDiffusivityM2PerS Dp in m2/s (0 = no holes in this layer)
 * @param donorDensityPerM3 ionised donor density in m-3
 * @param acceptorDensityPerM3 ionised acceptor density in m-3
 * @param absorptionCoefficientPerM Beer-Lambert absorption coefficient alpha in 1/m (monochromatic-equivalent)
 * @param recombination bulk recombination (used only when both carriers exist)
 * @param hostsIons true if the mobile ionic species lives in this layer
 */
public record Layer(String name, double thicknessM, double relativePermittivity, double conductionBandEv,
        double valenceBandEv, double conductionDosPerM3, double valenceDosPerM3, double electronDiffusivityM2PerS,
        double holeDiffusivityM2PerS, double donorDensityPerM3, double acceptorDensityPerM3,
        double absorptionCoefficientPerM, BulkRecombination recombination, boolean hostsIons) {

    /** Validates the ranges. */
    public Layer {
        boolean ok = thicknessM > 0 && relativePermittivity > 0 && conductionBandEv > valenceBandEv
                && conductionDosPerM3 > 0 && valenceDosPerM3 > 0 && electronDiffusivityM2PerS >= 0
                && holeDiffusivityM2PerS >= 0 && donorDensityPerM3 >= 0 && acceptorDensityPerM3 >= 0
                && absorptionCoefficientPerM >= 0 && recombination != null && name != null;
        if (!ok) {
            throw new DriftDiffusionException("invalid layer " + name + ": thickness " + thicknessM
                    + " m, eps " + relativePermittivity + ", Ec " + conductionBandEv + " eV, Ev " + valenceBandEv
                    + " eV, gc " + conductionDosPerM3 + ", gv " + valenceDosPerM3 + ", Dn "
                    + electronDiffusivityM2PerS + ", Dp " + holeDiffusivityM2PerS + ", Nd " + donorDensityPerM3
                    + ", Na " + acceptorDensityPerM3 + ", alpha " + absorptionCoefficientPerM);
        }
    }

    /**
     * Electron transport layer (electrons only, donor-doped, transparent), as IonMonger's ETL.
     *
     * @param name name
     * @param thicknessM thickness in m
     * @param relativePermittivity permittivity
     * @param conductionBandEv Ec in eV
     * @param conductionDosPerM3 gc in m-3
     * @param electronDiffusivityM2PerS Dn in m2/s
     * @param donorDensityPerM3 doping in m-3
     * @return the layer
     */
    public static Layer electronTransport(String name, double thicknessM, double relativePermittivity,
            double conductionBandEv, double conductionDosPerM3, double electronDiffusivityM2PerS,
            double donorDensityPerM3) {
        return new Layer(name, thicknessM, relativePermittivity, conductionBandEv, conductionBandEv - 3,
                conductionDosPerM3, conductionDosPerM3, electronDiffusivityM2PerS, 0, donorDensityPerM3, 0, 0,
                BulkRecombination.none(), false);
    }

    /**
     * Hole transport layer (holes only, acceptor-doped, transparent), as IonMonger's HTL.
     *
     * @param name name
     * @param thicknessM thickness in m
     * @param relativePermittivity permittivity
     * @param valenceBandEv Ev in eV
     * @param valenceDosPerM3 gv in m-3
     * @param holeDiffusivityM2PerS Dp in m2/s
     * @param acceptorDensityPerM3 doping in m-3
     * @return the layer
     */
    public static Layer holeTransport(String name, double thicknessM, double relativePermittivity,
            double valenceBandEv, double valenceDosPerM3, double holeDiffusivityM2PerS, double acceptorDensityPerM3) {
        return new Layer(name, thicknessM, relativePermittivity, valenceBandEv + 3, valenceBandEv, valenceDosPerM3,
                valenceDosPerM3, 0, holeDiffusivityM2PerS, 0, acceptorDensityPerM3, 0, BulkRecombination.none(),
                false);
    }

    /** @return true if electrons exist in this layer */
    public boolean hasElectrons() {
        return electronDiffusivityM2PerS > 0;
    }

    /** @return true if holes exist in this layer */
    public boolean hasHoles() {
        return holeDiffusivityM2PerS > 0;
    }

    /** @param r new bulk recombination @return copy with it */
    public Layer withRecombination(BulkRecombination r) {
        return new Layer(name, thicknessM, relativePermittivity, conductionBandEv, valenceBandEv, conductionDosPerM3,
                valenceDosPerM3, electronDiffusivityM2PerS, holeDiffusivityM2PerS, donorDensityPerM3,
                acceptorDensityPerM3, absorptionCoefficientPerM, r, hostsIons);
    }

    /** @param alphaPerM new absorption coefficient in 1/m @return copy with it */
    public Layer withAbsorption(double alphaPerM) {
        return new Layer(name, thicknessM, relativePermittivity, conductionBandEv, valenceBandEv, conductionDosPerM3,
                valenceDosPerM3, electronDiffusivityM2PerS, holeDiffusivityM2PerS, donorDensityPerM3,
                acceptorDensityPerM3, alphaPerM, recombination, hostsIons);
    }
}
