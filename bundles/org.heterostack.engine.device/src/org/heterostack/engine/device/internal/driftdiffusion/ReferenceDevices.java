package org.heterostack.engine.device.internal.driftdiffusion;

import java.util.List;

/**
 * Reference devices for tests and benchmarks.
 */
public final class ReferenceDevices {

    /** IonMonger reference temperature in K. */
    public static final double IONMONGER_TEMPERATURE_K = 298;

    private ReferenceDevices() {
    }

    /**
     * The IonMonger v2.0 default planar n-i-p MAPbI3 cell (Courtier et al., J. Comput. Electron. 18 (2019)
     * 1435; Clarke et al., J. Comput. Electron. 21 (2022) 1; parameters as in docs/science.md §5.3): 100 nm ETL
     * (eps 10, Ec -4.0 eV, gc 5e25, Dn 1e-5, dE 1e24), 400 nm perovskite (eps 24.1, Ec -3.7, Ev -5.4 eV,
     * gc 8.1e24, gv 5.8e24, Dn = Dp = 1.7e-4, alpha 1.3e7, SRH tau_n 3 ns, tau_p 300 ns), 200 nm HTL (eps 3,
     * Ev -5.1 eV, gv 5e25, Dp 1e-6, dH 1e24); interface velocities ETL side v_n 1e5, v_p 10 m/s, HTL side
     * v_n 0.1, v_p 1e5 m/s; vacancies N0 1.6e25 m-3, D = 6.5e-8 exp(-0.58 eV/kT) m2/s; 1 sun = F_ph 1.4e21
     * m-2 s-1 through the ETL; T = 298 K; Vbi = 0.8991 V.
     *
     * @return the stack
     */
    public static DeviceStack ionMonger() {
        double t = IONMONGER_TEMPERATURE_K;
        Layer etl = Layer.electronTransport("ETL", 100e-9, 10, -4.0, 5e25, 1e-5, 1e24);
        Layer perovskite = new Layer("perovskite", 400e-9, 24.1, -3.7, -5.4, 8.1e24, 5.8e24, 1.7e-4, 1.7e-4, 0, 0,
                1.3e7, BulkRecombination.srh(3e-9, 3e-7), true);
        Layer htl = Layer.holeTransport("HTL", 200e-9, 3, -5.1, 5e25, 1e-6, 1e24);
        return new DeviceStack(List.of(etl, perovskite, htl),
                List.of(new InterfaceRecombination(1e5, 10), new InterfaceRecombination(0.1, 1e5)),
                MobileIons.arrhenius(1.6e25, 6.5e-8, 0.58, t), new Illumination(1.4e21, true, 1000), t);
    }
}
