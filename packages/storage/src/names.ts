import { TOPIC_NAME_LENGTH_MAX } from './limits.js';

/** File names inside a partition directory, as Kafka names them (LogFileUtils). */
export const LOG_FILE_SUFFIX = '.log';
export const INDEX_FILE_SUFFIX = '.index';
export const TIME_INDEX_FILE_SUFFIX = '.timeindex';
/** Appended to a segment's files when it is deleted; they are unlinked after file.delete.delay.ms. */
export const DELETED_FILE_SUFFIX = '.deleted';
export const RECOVERY_POINT_CHECKPOINT_FILE = 'recovery-point-offset-checkpoint';
export const LOG_START_OFFSET_CHECKPOINT_FILE = 'log-start-offset-checkpoint';
export const LEADER_EPOCH_CHECKPOINT_FILE = 'leader-epoch-checkpoint';
/**
 * The cleaner's first dirty offset (Kafka's cleaner-offset-checkpoint, kept per partition
 * directory with one entry): everything below it has been compacted at least once.
 */
export const CLEANER_OFFSET_CHECKPOINT_FILE = 'cleaner-offset-checkpoint';
/**
 * The largest base offset a batch may have after an offset gap (compaction removed the records
 * in between). Recovery accepts gaps up to it and demands contiguous offsets beyond it.
 */
export const OFFSET_GAP_CHECKPOINT_FILE = 'offset-gap-checkpoint';
/** A segment the cleaner is writing (Kafka's CleanedFileSuffix); removed at open. */
export const CLEANED_FILE_SUFFIX = '.cleaned';
/**
 * A cleaned segment committed to replace older ones (Kafka's SwapFileSuffix); open completes the
 * replacement. The `.log.swap` rename is the commit point.
 */
export const SWAP_FILE_SUFFIX = '.swap';
/** Written by close() after everything is flushed; its presence at open skips recovery. */
export const CLEAN_SHUTDOWN_FILE = '.clean-shutdown';
/** Temporary files of atomic checkpoint writes end with this (and are removed at open). */
export const TEMP_FILE_SUFFIX = '.tmp';

/** `00000000000000000042` for base offset 42: Kafka's 20-digit zero-padded segment names. */
export function segmentFileStem(baseOffset: number): string {
  return String(baseOffset).padStart(20, '0');
}

/** Base offset of a segment file name (`<20 digits>.log` etc.), or null for other names. */
export function parseSegmentFileName(name: string, suffix: string): number | null {
  if (!name.endsWith(suffix)) return null;
  const stem = name.slice(0, name.length - suffix.length);
  if (!/^\d{20}$/.test(stem)) return null;
  const offset = Number(stem);
  return Number.isSafeInteger(offset) ? offset : null;
}

const TOPIC_NAME = /^[a-zA-Z0-9._-]+$/;

/** Kafka's partition directory name: `<topic>-<partition>`. */
export function partitionDirName(topic: string, partition: number): string {
  if (topic.length === 0 || topic.length > TOPIC_NAME_LENGTH_MAX || !TOPIC_NAME.test(topic)) {
    throw new RangeError(`invalid topic name ${JSON.stringify(topic)}`);
  }
  if (!Number.isInteger(partition) || partition < 0 || partition > 0x7fffffff) {
    throw new RangeError(`invalid partition ${partition}`);
  }
  return `${topic}-${partition}`;
}

/**
 * Inverse of partitionDirName; null for anything else (Kafka's `-delete` and `-future`
 * directories, stray files). The topic is everything before the last dash, since topic names
 * may contain dashes but partition numbers cannot.
 */
export function parsePartitionDirName(name: string): { topic: string; partition: number } | null {
  const dash = name.lastIndexOf('-');
  if (dash <= 0) return null;
  const topic = name.slice(0, dash);
  const digits = name.slice(dash + 1);
  if (!/^(0|[1-9]\d{0,9})$/.test(digits)) return null;
  const partition = Number(digits);
  if (partition > 0x7fffffff) return null;
  if (topic.length > TOPIC_NAME_LENGTH_MAX || !TOPIC_NAME.test(topic)) return null;
  return { topic, partition };
}
