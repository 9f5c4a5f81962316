export { runSimulation, Simulation, SimulationFailure, type SimulationOptions, type SimulationSummary } from './simulation.js';
export { LockstepCluster, type LockstepOptions, type DurableState } from './lockstep.js';
export { Violation } from './checkers.js';
