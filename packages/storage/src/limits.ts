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

/*
 * Log compaction (src/cleaner). Kafka sizes one dedupe buffer per cleaner thread
 * (log.cleaner.dedupe.buffer.size, 128 MiB across log.cleaner.threads); Gregor has one cleaner
 * per process, so one offset map: 16 MiB of slots plus 48 MiB of key bytes.
 */

/**
 * Slots of the cleaner's offset map (16 bytes each: key hash, key position, offset). Filled to
 * CLEANER_OFFSET_MAP_LOAD_FACTOR, 2^20 slots map 786,432 distinct keys per pass; a dirty range
 * with more keys is cleaned over several passes (Kafka's "offset map is full").
 */
export const CLEANER_OFFSET_MAP_SLOTS = 2 ** 20;

/**
 * Bytes of distinct keys the offset map holds (each plus a 4-byte length). Kafka keeps only a
 * 16-byte MD5 per key and lives with hash collisions (two colliding keys lose a value); keeping
 * the keys themselves makes the map exact. 48 MiB fills the slots with keys of 60 bytes, about
 * the size of __consumer_offsets' offset-commit keys (group, topic, partition).
 */
export const CLEANER_KEY_ARENA_BYTES = 48 * 1024 * 1024;

/** Largest fraction of offset map slots in use (linear probing stays short below it). Kafka: log.cleaner.io.buffer.load.factor 0.9 with a stronger hash. */
export const CLEANER_OFFSET_MAP_LOAD_FACTOR = 0.75;

/**
 * Bytes the cleaner reads from a segment at a time (Kafka: log.cleaner.io.buffer.size, 512 KiB
 * per read and write buffer). Grows to hold a larger batch, then shrinks back.
 */
export const CLEANER_READ_BYTES = 1024 * 1024;

/** Bytes of cleaned batches gathered before one write to the `.cleaned` file. */
export const CLEANER_WRITE_BYTES = 1024 * 1024;

/**
 * Bytes of segment the cleaner processes before yielding to the event loop, so a pass over a
 * 1 GiB segment never holds up appends and fetches for long: at the ~100-200 MiB/s a pass runs
 * here, a step takes 5-10 ms (bench/compaction.mjs prints the longest stall).
 */
export const CLEANER_STEP_BYTES = 1024 * 1024;

/**
 * Aborted transactions a cleaning pass remembers (two numbers each, per producer). Kafka reads
 * them from its transaction index; we find them walking batch headers. Past this many, later
 * transactional data counts as undecided and is kept as it is.
 */
export const CLEANER_ABORTED_TRANSACTIONS_MAX = 1_000_000;
