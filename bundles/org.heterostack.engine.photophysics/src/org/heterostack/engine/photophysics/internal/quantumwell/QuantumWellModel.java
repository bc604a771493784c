package org.heterostack.engine.photophysics.internal.quantumwell;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.heterostack.engine.photophysics.internal.common.BulkReference;
import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.photophysics.internal.common.LayerResult;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsModel;

/**
 * Physical photophysics model: effective-mass quantum well with dielectric (image-charge) confinement.
 *
 * <p>For n octahedral layers the well width is L = n a_oct. The quasiparticle gap is
 * Eg,QP(n) = Eg,QP(bulk) + E_e(L) + E_h(L) + 2 Sigma(L) with E_e, E_h the finite-barrier, non-parabolic
 * confinement energies ({@link FiniteWell}) and Sigma the image self-energy of each carrier
 * ({@link DielectricSlab#selfEnergyEv()}); the optical gap is Eg,QP(n) - Eb(n) with Eb from the variational
 * exciton in the same dielectric slab ({@link ExcitonVariational}), whose direct electron-hole attraction is
 * screened by the well's polar lattice in Haken's form ({@link PolaronScreening}). The conduction band rises by
 * E_e + Sigma, the valence band falls by E_h + Sigma. The bulk (n -&gt; infinity) uses the hydrogenic
 * Eb = Ry mu / eps_eff^2. Nothing is fitted to the 2D series (parameters: {@link QuantumWellParameters}).
 *
 * <p>Validity: 1 &lt;= n &lt;= {@link #MAX_N}. Measured against the BA series with the default parameters
 * (gap error vs Stoumpos 2016/2017; Eb error vs Blancon 2018): n = 1 +0.81 eV / -23 %; n = 2 +0.10 eV / -9 %;
 * n = 3 -0.08 eV / -14 %; n = 4 -0.11 eV / -8 %; n = 5 -0.11 eV / +6 %. Without the lattice screening the
 * binding energies are 30-35 meV higher (n = 5 +31 %). n = 1 (a single 6.3 A octahedral sheet) is outside the
 * effective-mass regime. Known weaknesses: the confinement falls off faster with n than measured (gaps too low
 * for n &gt;= 3); the phonon screening is that of bulk MAPbI3, one effective LO mode, on the direct term only; the
 * model does not converge to the bulk Eb for n -&gt; infinity (the 2D trial function fails for thick wells; the
 * bulk uses the hydrogenic value).
 */
public final class QuantumWellModel implements PhotophysicsModel {

    /** Largest n accepted (the 2D variational exciton is not meaningful for thicker wells). */
    public static final int MAX_N = 20;

    private final QuantumWellParameters p;
    private final Map<Integer, LayerResult> cache = new ConcurrentHashMap<>();

    /** Model with {@link QuantumWellParameters#alkylammoniumLeadIodide()}. */
    public QuantumWellModel() {
        this(QuantumWellParameters.alkylammoniumLeadIodide());
    }

    /** Model with explicit parameters. */
    public QuantumWellModel(QuantumWellParameters parameters) {
        this.p = parameters;
    }

    /** The parameters in use. */
    public QuantumWellParameters parameters() {
        return p;
    }

    @Override
    public String name() {
        return "quantum-well-dielectric";
    }

    @Override
    public String citation() {
        return "Kumagai, Takagahara, Phys. Rev. B 40, 2359 (1989); Hong, Ishihara, Nurmikko, Phys. Rev. B 45, 6961 (1992); "
                + "Haken, Fortschr. Phys. 6, 271 (1958); Frost, Phys. Rev. B 96, 195202 (2017); "
                + "Miyata et al., Nat. Phys. 11, 582 (2015); Stoumpos et al., Chem. Mater. 28, 2852 (2016)";
    }

    @Override
    public BulkReference bulk() {
        return p.bulk();
    }

    @Override
    public LayerResult layer(int n) {
        if (n < 1 || n > MAX_N) {
            throw new PhotophysicsException("quantum-well model: n must be in 1.." + MAX_N + ", was " + n);
        }
        return cache.computeIfAbsent(n, this::compute);
    }

    private LayerResult compute(int n) {
        double widthA = n * p.octahedralSpacingA();
        double kane = p.bulk().quasiparticleGapEv();
        double ee = FiniteWell.groundStateEv(widthA, p.electronMassRel(), p.barrierMassRel(), p.electronBarrierEv(), kane);
        double eh = FiniteWell.groundStateEv(widthA, p.holeMassRel(), p.barrierMassRel(), p.holeBarrierEv(), kane);
        DielectricSlab slab = new DielectricSlab(widthA, p.epsWell(), p.epsBarrier(), p.polaronScreening());
        double sigma = slab.selfEnergyEv();
        double eb = ExcitonVariational.bindingEnergy(slab, p.reducedMassRel())[0];
        double qp = p.bulk().quasiparticleGapEv() + ee + eh + 2.0 * sigma;
        return new LayerResult(n, qp - eb, eb * 1000.0, qp, ee + sigma, eh + sigma, p.reducedMassRel());
    }

    @Override
    public LayerResult bulkLayer() {
        double ebMeV = 1000.0 * PhysicalConstants.RYDBERG_ENERGY_EV * p.reducedMassRel() / (p.bulkEpsilonEff() * p.bulkEpsilonEff());
        double qp = p.bulk().quasiparticleGapEv();
        return new LayerResult(LayerResult.BULK, qp - ebMeV / 1000.0, ebMeV, qp, 0.0, 0.0, p.reducedMassRel());
    }
}
