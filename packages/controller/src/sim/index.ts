export {
  ControllerSimulation,
  ControllerSimulationFailure,
  runControllerSimulation,
  type ControllerSimulationOptions,
  type ControllerSimulationSummary,
} from './controller-simulation.js';
export { CanonicalLog, ProducerIdBlocks, Violation, checkLeaderEpochs, checkPartitionState } from './checkers.js';
