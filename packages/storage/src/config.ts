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
});

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
}
