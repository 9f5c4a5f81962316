/**
 * Errors the partition log throws. Expected outcomes a handler maps to a Kafka error code get
 * their own class (OFFSET_OUT_OF_RANGE, KAFKA_STORAGE_ERROR); broken invariants throw plain
 * Errors (STYLE.md principle 8).
 */

/** A read or DeleteRecords at an offset outside [logStartOffset, logEndOffset] (OFFSET_OUT_OF_RANGE). */
export class OffsetOutOfRangeError extends Error {
  override name = 'OffsetOutOfRangeError';
}

/** The log is in a state recovery cannot repair (never thrown for a torn or corrupt tail). */
export class LogCorruptionError extends Error {
  override name = 'LogCorruptionError';
}

/**
 * An I/O error (a failed write or fsync). The log refuses every later write: after a failed
 * fsync the page cache no longer tells what is on disk (Kafka marks the log dir offline and
 * answers KAFKA_STORAGE_ERROR).
 */
export class KafkaStorageError extends Error {
  override name = 'KafkaStorageError';
}

/**
 * A follower append whose batches do not continue the log at logEndOffset (Kafka's
 * UnexpectedAppendOffsetException): the fetcher must truncate or refetch.
 */
export class UnexpectedAppendOffsetError extends Error {
  override name = 'UnexpectedAppendOffsetError';
  constructor(
    readonly firstOffset: number,
    readonly expectedOffset: number,
  ) {
    super(`follower batch starts at offset ${firstOffset}, expected ${expectedOffset}`);
  }
}
