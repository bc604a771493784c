package org.heterostack.engine.photophysics.internal.empirical;

import org.heterostack.engine.TwoDBandEdges;
import org.heterostack.engine.photophysics.internal.common.BulkReference;
import org.heterostack.engine.photophysics.internal.common.LayerResult;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsModel;

/**
 * Empirical photophysics of lead-iodide RP layers, calibrated once on the BA series.
 *
 * <p>Model: Eg(n) = Eg,bulk + A / (n + n0)^2 and Eb(n) = Eb,bulk + B / (n + n1)^2 ({@link InverseSquareFit}),
 * bulk = MAPbI3 ({@link BulkReference#mapbi3()}: 1.52 eV, 16 meV). Coefficients fitted once to
 * {@link ReferenceSeries} (Stoumpos 2016/2017 gaps, Blancon 2018 binding energies):
 * A = 29.688 eV, n0 = 4.7164 (gap residuals -0.001, +0.008, -0.011, +0.001, +0.004 eV for n = 1..5);
 * B = 6639.3 meV, n1 = 2.8589 (binding residuals -1.7, +10.1, -4.8, -7.6, -1.2 % for n = 1..5).
 * The quasiparticle-gap increase over the bulk is split between the bands with the fraction
 * {@code conductionFraction} going to the conduction band (default 2/3, measured on (BA)2PbI4 by photoemission,
 * {@link TwoDBandEdges#MEASURED_CONDUCTION_SHARE}; the quantum-well model's equal masses give 0.5). Reduced mass for the Saha balance: linear between Blancon's 0.221 m0
 * (n = 1) and 0.186 m0 (n = 5), 0.186 m0 above n = 5, 0.104 m0 for the bulk (Miyata 2015).
 *
 * <p>Validity: BA-like alkylammonium RP lead iodides with MA; other spacers change the dielectric barrier and
 * shift Eb by tens of meV (PEA binds less strongly), other halides need their own series. n &gt; 5 is an
 * extrapolation towards the bulk.
 */
public final class EmpiricalModel implements PhotophysicsModel {

    /** Gap amplitude A, eV (fit, see class Javadoc). */
    public static final double GAP_A_EV = 29.688;
    /** Gap offset n0 (fit). */
    public static final double GAP_N0 = 4.7164;
    /** Binding-energy amplitude B, meV (fit). */
    public static final double BINDING_B_MEV = 6639.3;
    /** Binding-energy offset n1 (fit). */
    public static final double BINDING_N1 = 2.8589;

    private final BulkReference bulk;
    private final double conductionFraction;

    /** BA calibration on MAPbI3 with the measured split of the confinement between the bands. */
    public EmpiricalModel() {
        this(BulkReference.mapbi3(), TwoDBandEdges.MEASURED_CONDUCTION_SHARE);
    }

    /**
     * @param bulk               3D reference (its edges place the bands; its gap and Eb are the n -&gt; infinity limit)
     * @param conductionFraction share of the quasiparticle-gap increase taken by the conduction band, [0, 1]
     */
    public EmpiricalModel(BulkReference bulk, double conductionFraction) {
        if (!(conductionFraction >= 0.0 && conductionFraction <= 1.0)) {
            throw new PhotophysicsException("empirical model: conduction fraction must be in [0, 1], was " + conductionFraction);
        }
        this.bulk = bulk;
        this.conductionFraction = conductionFraction;
    }

    @Override
    public String name() {
        return "empirical-ba-series";
    }

    @Override
    public String citation() {
        return "Stoumpos et al., Chem. Mater. 28, 2852 (2016); Stoumpos et al., Chem 2, 427 (2017); "
                + "Blancon et al., Nat. Commun. 9, 2254 (2018); Miyata et al., Nat. Phys. 11, 582 (2015)";
    }

    @Override
    public BulkReference bulk() {
        return bulk;
    }

    @Override
    public LayerResult layer(int n) {
        if (n < 1) {
            throw new PhotophysicsException("empirical model: n must be >= 1, was " + n);
        }
        double gap = bulk.opticalGapEv() + GAP_A_EV / ((n + GAP_N0) * (n + GAP_N0));
        double eb = bulk.excitonBindingMeV() + BINDING_B_MEV / ((n + BINDING_N1) * (n + BINDING_N1));
        double qp = gap + eb / 1000.0;
        double dQp = qp - bulk.quasiparticleGapEv();
        return new LayerResult(n, gap, eb, qp, conductionFraction * dQp, (1.0 - conductionFraction) * dQp,
                reducedMass(n));
    }

    @Override
    public LayerResult bulkLayer() {
        return new LayerResult(LayerResult.BULK, bulk.opticalGapEv(), bulk.excitonBindingMeV(),
                bulk.quasiparticleGapEv(), 0.0, 0.0, ReferenceSeries.MAPBI3_REDUCED_MASS);
    }

    private static double reducedMass(int n) {
        if (n >= 5) {
            return ReferenceSeries.BA_REDUCED_MASS_N5;
        }
        return ReferenceSeries.BA_REDUCED_MASS_N1
                + (ReferenceSeries.BA_REDUCED_MASS_N5 - ReferenceSeries.BA_REDUCED_MASS_N1) * (n - 1) / 4.0;
    }
}
