export * from './limits.js';
export { ReplicationInvariantError } from './core/assert.js';
export { SEQUENCE_MAX, NO_SEQUENCE, incrementSequence, lastSequenceOf, isNextSequence } from './core/sequence.js';
export {
  NO_PRODUCER_ID,
  NO_PRODUCER_EPOCH,
  ProducerStateManager,
  CorruptProducerSnapshotError,
  producerBatchOf,
  type EndTxnMarker,
  type ProducerBatch,
  type LoggedBatch,
  type BatchMetadata,
  type ProducerStateView,
  type ProducerErrorCode,
  type AppendCheck,
  type CompletedTxn,
  type TruncateResult,
  type ProducerStateOptions,
} from './core/producer-state.js';
export {
  UNDEFINED_EPOCH,
  UNDEFINED_EPOCH_OFFSET,
  endOffsetForEpoch,
  truncationOffset,
  checkLastFetchedEpoch,
  type EpochEntry,
  type EpochEndOffset,
  type TruncationInput,
  type TruncationStep,
  type LeaderLogView,
  type FetchEpochCheck,
} from './core/truncation.js';
export {
  PartitionReplicaState,
  type PartitionRegistrationView,
  type PartitionReplicaStateInit,
  type FollowerView,
  type IsrChangeProposal,
  type AlterPartitionResult,
  type FollowerFetchResult,
  type AcksAllCompletion,
} from './core/partition-replica-state.js';
