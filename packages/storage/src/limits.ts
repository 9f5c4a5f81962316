/**
 * Bounds of the partition log (STYLE.md principle 7). Each constant names its unit last and
 * says which Kafka config or on-disk format it mirrors.
 */

/**
 * Largest segment.bytes: positions in the offset index are int32 (Kafka's `.index` entry is
 * relative offset int32 + position int32), so a segment cannot pass 2^31 - 1 bytes. Kafka's
 * segment.bytes is an Int for the same reason.
 */
export const SEGMENT_BYTES_MAX = 2 ** 31 - 1;

/** Smallest segment.bytes we accept: one batch header, so every segment can hold a batch. */
export const SEGMENT_BYTES_MIN = 61;

/**
 * Largest offset distance from a segment's base offset: index entries store the offset relative
 * to the base as int32. Kafka rolls when `largestOffset - baseOffset > Int.MaxValue`
 * (LogSegment.canConvertToRelativeOffset); so do we.
 */
export const RELATIVE_OFFSET_MAX = 2 ** 31 - 1;

/** Smallest segment.index.bytes: room for one time-index entry (12 bytes). */
export const SEGMENT_INDEX_BYTES_MIN = 12;

/** Largest segment.index.bytes: Kafka's segment.index.bytes is an Int. */
export const SEGMENT_INDEX_BYTES_MAX = 2 ** 31 - 1;

/**
 * Bytes read per positional read when recovery validates a segment. Large enough that the
 * per-syscall cost disappears against CRC-32C (~0.8 GB/s here); one buffer per recovery,
 * reused for every segment. Batches larger than this are validated in streamed pieces.
 */
export const RECOVERY_READ_BYTES = 8 * 1024 * 1024;

/**
 * Bytes read per positional read when walking batch headers (locating an offset, scanning for
 * a timestamp). Twice index.interval.bytes' default (4096): a lookup lands within one interval
 * of its target, so one read usually covers the whole walk.
 */
export const HEADER_SCAN_READ_BYTES = 8 * 1024;

/**
 * A read that uses less than this fraction of the bytes it fetched (cut short by maxOffset or
 * a partial batch) copies its result out, so a small answer does not pin a large buffer.
 */
export const READ_COPY_WASTE_FRACTION = 0.5;

/** Reads below this size are never copied out (the copy would cost more than the waste). */
export const READ_COPY_THRESHOLD_BYTES = 64 * 1024;

/**
 * Sealed segments whose offset and time indexes stay loaded in memory at once (least recently
 * used ones are dropped and reloaded from their files on demand). Kafka mmaps every index and
 * lets the page cache decide; we bound the heap instead: 64 segments of 1 GiB at the default
 * index.interval.bytes hold about 64 x 3 MiB.
 */
export const SEALED_INDEXES_CACHED_MAX = 64;

/** Largest checkpoint file we read (recovery point, log start offset, leader epochs). */
export const CHECKPOINT_BYTES_MAX = 16 * 1024 * 1024;

/** Kafka's topic name limit (Topic.MAX_NAME_LENGTH): partition directory names must parse back. */
export const TOPIC_NAME_LENGTH_MAX = 249;
