package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * Work done by a simulation.
 *
 * @param gridNodes number of grid nodes
 * @param unknowns number of unknowns (4 per node)
 * @param timeSteps accepted time steps
 * @param rejectedSteps rejected time steps (error or Newton failure)
 * @param newtonIterations Newton iterations (= banded LU factorisations)
 * @param wallTimeS wall-clock time in s
 */
public record SolverStatistics(int gridNodes, int unknowns, int timeSteps, int rejectedSteps, int newtonIterations,
        double wallTimeS) {
}
