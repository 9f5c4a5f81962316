export { PartitionLog } from './partition-log.js';
export type { AppendInfo, LogLogger, LogOptions, ReadResult, TimestampAndOffset } from './partition-log.js';
export { defaultLogConfig, validateLogConfig } from './config.js';
export type { LogConfig } from './config.js';
export { KafkaStorageError, LogCorruptionError, OffsetOutOfRangeError, UnexpectedAppendOffsetError } from './errors.js';
export { partitionDirName, parsePartitionDirName } from './names.js';
export { UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET } from './leader-epoch-cache.js';
export type { EpochEntry } from './leader-epoch-cache.js';
