package org.heterostack.engine.photophysics.internal.quantumwell;

import org.heterostack.engine.photophysics.internal.common.BulkReference;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * Parameters of the physical quantum-well model. None is fitted to the 2D n-series.
 *
 * @param bulk                 3D well material (gap, Eb, band edges vs vacuum)
 * @param electronMassRel      electron band-edge mass in the well, m0
 * @param holeMassRel          hole band-edge mass in the well, m0
 * @param barrierMassRel       carrier mass in the organic barrier, m0
 * @param electronBarrierEv    conduction-band offset well/organic, eV
 * @param holeBarrierEv        valence-band offset well/organic, eV
 * @param epsWell              high-frequency permittivity of the inorganic well
 * @param epsBarrier           permittivity of the organic barrier
 * @param octahedralSpacingA   well width per octahedral layer, Angstrom (L = n x this)
 * @param bulkEpsilonEff       effective permittivity of the bulk hydrogenic exciton (n -&gt; infinity)
 * @param epsStaticWell        static permittivity of the well material (lattice polarisation included), at least
 *                             epsWell; equal to epsWell switches the polaron screening off
 * @param phononEnergyMeV      effective LO phonon energy of the well material, meV (polaron radii)
 */
public record QuantumWellParameters(BulkReference bulk, double electronMassRel, double holeMassRel,
        double barrierMassRel, double electronBarrierEv, double holeBarrierEv, double epsWell, double epsBarrier,
        double octahedralSpacingA, double bulkEpsilonEff, double epsStaticWell, double phononEnergyMeV) {

    /** Validates every number. */
    public QuantumWellParameters {
        if (bulk == null) {
            throw new PhotophysicsException("quantum well: bulk reference missing");
        }
        PhotophysicsException.requirePositive(electronMassRel, "quantum well: electron mass (m0)");
        PhotophysicsException.requirePositive(holeMassRel, "quantum well: hole mass (m0)");
        PhotophysicsException.requirePositive(barrierMassRel, "quantum well: barrier mass (m0)");
        PhotophysicsException.requirePositive(electronBarrierEv, "quantum well: electron barrier (eV)");
        PhotophysicsException.requirePositive(holeBarrierEv, "quantum well: hole barrier (eV)");
        PhotophysicsException.requirePositive(epsWell, "quantum well: well permittivity");
        PhotophysicsException.requirePositive(epsBarrier, "quantum well: barrier permittivity");
        PhotophysicsException.requirePositive(octahedralSpacingA, "quantum well: octahedral spacing (A)");
        PhotophysicsException.requirePositive(bulkEpsilonEff, "quantum well: bulk effective permittivity");
        PhotophysicsException.requirePositive(phononEnergyMeV, "quantum well: LO phonon energy (meV)");
        if (!(epsStaticWell >= epsWell)) {
            throw new PhotophysicsException("quantum well: static permittivity " + epsStaticWell
                    + " is below the well permittivity " + epsWell);
        }
    }

    /**
     * Defaults for alkylammonium (BA-like) RP lead iodides on MAPbI3, every value from a source:
     * <ul>
     * <li>bulk: {@link BulkReference#mapbi3()} (gap 1.52 eV Stoumpos 2016; Eb 16 meV Miyata 2015).</li>
     * <li>me = mh = 0.208 m0: twice the magneto-optical reduced mass 0.104 m0 of MAPbI3 (Miyata et al., Nat. Phys.
     * 11, 582 (2015)) with equal masses, as the nearly mirror-symmetric GW+SOC bands suggest (Umari, Mosconi,
     * De Angelis, Sci. Rep. 4, 4467 (2014)).</li>
     * <li>barrier mass m0: free-electron mass in the insulating organic layer (assumption).</li>
     * <li>barriers 3.0 eV for electrons and holes: an ESTIMATE, not a measured offset. The saturated
     * alkylammonium layer is a wide-gap insulator (HOMO-LUMO gap well above 6 eV) whose levels lie far outside
     * the PbI band edges, which is why Even, Pedesseau, Katan, ChemPhysChem 15, 3733 (2014) treat it as a hard
     * barrier; 3 eV is a conservative finite value. Sensitivity: gaps for n &gt;= 2 change by less than 0.07 eV
     * between 3 and 4 eV, by up to 0.09 eV (n = 2) between 2 and 3 eV.</li>
     * <li>eps_w = 6.1 (PbI4 layer), eps_b = 2.1 (alkylammonium layer): Hong, Ishihara, Nurmikko, Phys. Rev. B 45,
     * 6961 (1992).</li>
     * <li>octahedral spacing 6.3 A (docs/science.md §2.2; BA-series layer increment, Stoumpos et al. 2016).</li>
     * <li>bulk eps_eff = 9.4: Miyata et al. 2015 (gives Eb = 13.6 eV x 0.104 / 9.4^2 = 16 meV).</li>
     * <li>lattice (polaron) screening of the exciton, {@link PolaronScreening}: static permittivity 24.1 and
     * effective LO phonon 2.25 THz = 9.3 meV of MAPbI3, the Frohlich parameters of J. M. Frost, Phys. Rev. B 96,
     * 195202 (2017) (24.1 is also IonMonger's perovskite permittivity); eps_inf is the well's 6.1, so the polaron
     * radii are sqrt(hbar / (2 x 0.208 m0 x omega_LO)) = 44 A.</li>
     * </ul>
     */
    public static QuantumWellParameters alkylammoniumLeadIodide() {
        return new QuantumWellParameters(BulkReference.mapbi3(), 0.208, 0.208, 1.0, 3.0, 3.0, 6.1, 2.1, 6.3, 9.4,
                24.1, 9.3);
    }

    /** The lattice screening of the electron-hole interaction in the well these parameters imply. */
    PolaronScreening polaronScreening() {
        return PolaronScreening.haken(epsWell, epsStaticWell, phononEnergyMeV, electronMassRel, holeMassRel);
    }

    /** Electron-hole reduced mass, m0. */
    public double reducedMassRel() {
        return electronMassRel * holeMassRel / (electronMassRel + holeMassRel);
    }

    /** A copy with another barrier permittivity (e.g. 3.3 for aromatic spacers). */
    public QuantumWellParameters withEpsBarrier(double eps) {
        return new QuantumWellParameters(bulk, electronMassRel, holeMassRel, barrierMassRel, electronBarrierEv,
                holeBarrierEv, epsWell, eps, octahedralSpacingA, bulkEpsilonEff, epsStaticWell, phononEnergyMeV);
    }

    /** A copy with other band offsets (e.g. lowered by a conjugated spacer). */
    public QuantumWellParameters withBarriers(double electronEv, double holeEv) {
        return new QuantumWellParameters(bulk, electronMassRel, holeMassRel, barrierMassRel, electronEv, holeEv,
                epsWell, epsBarrier, octahedralSpacingA, bulkEpsilonEff, epsStaticWell, phononEnergyMeV);
    }

    /** A copy with another lattice screening: static permittivity of the well and its LO phonon energy, meV. */
    public QuantumWellParameters withPolaronScreening(double epsStatic, double phononMeV) {
        return new QuantumWellParameters(bulk, electronMassRel, holeMassRel, barrierMassRel, electronBarrierEv,
                holeBarrierEv, epsWell, epsBarrier, octahedralSpacingA, bulkEpsilonEff, epsStatic, phononMeV);
    }

    /** A copy without lattice screening of the exciton (static permittivity = well permittivity). */
    public QuantumWellParameters withoutPolaronScreening() {
        return withPolaronScreening(epsWell, phononEnergyMeV);
    }
}
