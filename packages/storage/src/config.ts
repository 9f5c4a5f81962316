import {
  SEGMENT_BYTES_MAX,
  SEGMENT_BYTES_MIN,
  SEGMENT_INDEX_BYTES_MAX,
  SEGMENT_INDEX_BYTES_MIN,
} from './limits.js';

/** Per-partition log configuration: Kafka's topic-level log configs, same names and defaults. */
export interface LogConfig {
  /** segment.bytes (default 1 GiB): roll when the active segment would exceed it. */
  segmentBytes: number;
  /** segment.ms (default 7 days): roll when the active segment's first batch is older. */
  segmentMs: number;
  /** retention.ms (default 7 days, -1 = forever). */
  retentionMs: number;
  /** retention.bytes (default -1 = unlimited), per partition. */
  retentionBytes: number;
  /** flush.messages (default Infinity, Kafka's Long.MAX_VALUE): fsync after this many records. */
  flushMessages: number;
  /** flush.ms (default Infinity): fsync when unflushed data is older. */
  flushMs: number;
  /** index.interval.bytes (default 4096): sparse index spacing. */
  indexIntervalBytes: number;
  /** segment.index.bytes (default 10 MiB): max index size; roll when full. */
  segmentIndexBytes: number;
  /** file.delete.delay.ms (default 60000): deleted segments linger as *.deleted. */
  fileDeleteDelayMs: number;
  /**
   * preallocate (default false): extend a new segment file to segment.bytes up front, as Kafka
   * does with RandomAccessFile.setLength (on Linux, a sparse extension); trimmed on roll/close.
   */
  preallocate?: boolean;
  /*
   * Log compaction (Kafka's cleanup.policy and the log cleaner's topic configs). Optional so
   * configs written before compaction existed keep their meaning; `resolveCompactionConfig`
   * fills in Kafka's defaults.
   */
  /** cleanup.policy contains `compact` (default false): `compact()` keeps the latest record per key. */
  cleanupPolicyCompact?: boolean;
  /**
   * cleanup.policy contains `delete` (default true): `applyRetention` enforces retention.ms and
   * retention.bytes. Both policies may be set (Kafka's `compact,delete`). Segments below the log
   * start offset (DeleteRecords) are deleted whatever the policy.
   */
  cleanupPolicyDelete?: boolean;
  /** delete.retention.ms (default 1 day): how long a tombstone survives once the cleaner has seen it (KIP-534). */
  deleteRetentionMs?: number;
  /** min.cleanable.dirty.ratio (default 0.5): clean when dirty bytes / cleanable bytes reach it. */
  minCleanableDirtyRatio?: number;
  /** min.compaction.lag.ms (default 0): a segment whose newest batch is younger stays uncompacted. */
  minCompactionLagMs?: number;
  /** max.compaction.lag.ms (default Infinity, Kafka's Long.MAX_VALUE): dirty data older than this is cleaned whatever the ratio. */
  maxCompactionLagMs?: number;
}

/** The compaction fields of a LogConfig with Kafka's defaults filled in. */
export interface CompactionConfig {
  cleanupPolicyCompact: boolean;
  cleanupPolicyDelete: boolean;
  deleteRetentionMs: number;
  minCleanableDirtyRatio: number;
  minCompactionLagMs: number;
  maxCompactionLagMs: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const defaultLogConfig: LogConfig = Object.freeze({
  segmentBytes: 1024 * 1024 * 1024,
  segmentMs: 7 * DAY_MS,
  retentionMs: 7 * DAY_MS,
  retentionBytes: -1,
  flushMessages: Infinity,
  flushMs: Infinity,
  indexIntervalBytes: 4096,
  segmentIndexBytes: 10 * 1024 * 1024,
  fileDeleteDelayMs: 60_000,
  preallocate: false,
  cleanupPolicyCompact: false,
  cleanupPolicyDelete: true,
  deleteRetentionMs: DAY_MS,
  minCleanableDirtyRatio: 0.5,
  minCompactionLagMs: 0,
  maxCompactionLagMs: Infinity,
});

export function resolveCompactionConfig(config: LogConfig): CompactionConfig {
  return {
    cleanupPolicyCompact: config.cleanupPolicyCompact ?? false,
    cleanupPolicyDelete: config.cleanupPolicyDelete ?? true,
    deleteRetentionMs: config.deleteRetentionMs ?? DAY_MS,
    minCleanableDirtyRatio: config.minCleanableDirtyRatio ?? 0.5,
    minCompactionLagMs: config.minCompactionLagMs ?? 0,
    maxCompactionLagMs: config.maxCompactionLagMs ?? Infinity,
  };
}

/** Throws on a config outside the ranges Kafka's LogConfig accepts (a caller bug, not an I/O state). */
export function validateLogConfig(config: LogConfig): void {
  const check = (ok: boolean, what: string): void => {
    if (!ok) throw new RangeError(`invalid log config: ${what}`);
  };
  check(Number.isInteger(config.segmentBytes) && config.segmentBytes >= SEGMENT_BYTES_MIN && config.segmentBytes <= SEGMENT_BYTES_MAX, `segment.bytes ${config.segmentBytes}`);
  check(config.segmentMs >= 1, `segment.ms ${config.segmentMs}`);
  check(config.retentionMs >= -1, `retention.ms ${config.retentionMs}`);
  check(config.retentionBytes >= -1, `retention.bytes ${config.retentionBytes}`);
  check(config.flushMessages >= 1, `flush.messages ${config.flushMessages}`);
  check(config.flushMs >= 0, `flush.ms ${config.flushMs}`);
  check(Number.isInteger(config.indexIntervalBytes) && config.indexIntervalBytes >= 0, `index.interval.bytes ${config.indexIntervalBytes}`);
  check(
    Number.isInteger(config.segmentIndexBytes) && config.segmentIndexBytes >= SEGMENT_INDEX_BYTES_MIN && config.segmentIndexBytes <= SEGMENT_INDEX_BYTES_MAX,
    `segment.index.bytes ${config.segmentIndexBytes}`,
  );
  check(config.fileDeleteDelayMs >= 0, `file.delete.delay.ms ${config.fileDeleteDelayMs}`);
  const compaction = resolveCompactionConfig(config);
  check(compaction.deleteRetentionMs >= 0, `delete.retention.ms ${compaction.deleteRetentionMs}`);
  check(compaction.minCleanableDirtyRatio >= 0 && compaction.minCleanableDirtyRatio <= 1, `min.cleanable.dirty.ratio ${compaction.minCleanableDirtyRatio}`);
  check(compaction.minCompactionLagMs >= 0, `min.compaction.lag.ms ${compaction.minCompactionLagMs}`);
  check(compaction.maxCompactionLagMs >= 1, `max.compaction.lag.ms ${compaction.maxCompactionLagMs}`);
}
