export * from './limits.js';
export { ControllerInvariantError } from './assert.js';
export * from './records/index.js';
export * from './image/index.js';
export * from './requests.js';
export {
  QuorumController,
  SUPPORTED_FEATURES,
  type ControllerResult,
  type MetadataLog,
  type ProposeOutcome,
  type QuorumControllerConfig,
  type WriteCompletion,
} from './quorum-controller.js';
export { buildPartitionChange, electLeader, type Election, type ElectionResult, type PartitionChangeTarget } from './partition-change.js';
export { placeReplicas, type PlacementBroker, type PlacementRandom, type PlacementResult, type PlacementSpec } from './placement.js';
export { randomUuid, ONE_UUID } from './topic-id.js';
export { applyConfigOps, checkPartitionCount, checkReplicationFactor, checkTopicConfigs, checkTopicName, collidingTopic, ok, type AdminResult, type ConfigOp } from './topic-rules.js';
export {
  COMPRESSION_TYPES,
  ConfigSource,
  ConfigType,
  checkConfig,
  formatConfigValue,
  parseConfigValue,
  topicConfigByName,
  topicConfigDefs,
  type ConfigDef,
  type ConfigTypeName,
  type ConfigValue,
} from './config-defs.js';
export * as sim from './sim/index.js';
