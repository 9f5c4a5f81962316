/**
 * Bounds of the record-batch layer (STYLE.md principle 7). Decoders check declared lengths
 * against these before allocating, so a hostile or corrupt batch cannot exhaust memory.
 */

/**
 * Largest records section one batch may decompress to. Kafka itself streams records out of a
 * compressed batch and has no such bound; we materialise the section in one buffer, so a
 * "zip bomb" (a 1 MiB zstd batch can expand to gigabytes) must stop here. 256 MiB is 256x the
 * default max.message.bytes (1 MiB), far beyond what a real producer sends (batch.size 16 KiB,
 * librdkafka batch.size 1 MB before compression). Callers may pass a smaller bound.
 */
export const DECOMPRESSED_BATCH_BYTES_MAX = 256 * 1024 * 1024;

/**
 * Records section size up to which the batch encoder keeps reusing one scratch buffer before
 * compressing; larger batches get a one-off buffer, so a single huge batch does not pin memory.
 */
export const ENCODE_SCRATCH_BYTES_MAX = 16 * 1024 * 1024;

/**
 * Uncompressed block size of the xerial snappy framing we write: snappy-java's
 * SnappyOutputStream default (32 KiB), which Kafka's Java producer uses.
 */
export const SNAPPY_XERIAL_BLOCK_BYTES = 32 * 1024;

/**
 * Block size of the LZ4 frames we write (BD = 64 KiB): what Kafka's KafkaLZ4BlockOutputStream
 * and librdkafka (rdkafka_lz4.c, LZ4F_max64KB) write, so every consumer's block buffer fits.
 */
export const LZ4_BLOCK_BYTES = 64 * 1024;
