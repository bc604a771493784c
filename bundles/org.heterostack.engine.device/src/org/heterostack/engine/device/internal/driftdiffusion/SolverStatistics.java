package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * Work done by a simulation.
 *
 * @param gridNodes number of grid nodes
 * @param unknowns number of unknowns (4 per node)
 * @param timeSteps accepted time steps
 * @param rejectedSteps rejected time steps (error or Newton failure)
 * @param newtonIterations Newton iterations (residual evaluations and banded solves)
 * @param factorisations banded LU factorisations (fresh Jacobians)
 * @param wallTimeS wall-clock time in s
 */
public record SolverStatistics(int gridNodes, int unknowns, int timeSteps, int rejectedSteps, int newtonIterations,
        int factorisations, double wallTimeS) {
}
