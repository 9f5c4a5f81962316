/**
 * Bounds of the follower's replica fetching (STYLE.md principle 7), with the Kafka broker config
 * each one stands for.
 */

/** replica.fetch.wait.max.ms: how long a follower's fetch waits on the leader for new data (Kafka: 500). */
export const REPLICA_FETCH_WAIT_MS = 500;

/** replica.fetch.max.bytes: bytes per partition in one fetch (Kafka: 1 MiB). */
export const REPLICA_FETCH_PARTITION_BYTES_MAX = 1024 * 1024;

/** replica.fetch.response.max.bytes: bytes in one fetch response (Kafka: 10 MiB). */
export const REPLICA_FETCH_RESPONSE_BYTES_MAX = 10 * 1024 * 1024;

/** replica.fetch.backoff.ms after an error, doubled up to the max while errors persist. */
export const REPLICA_FETCH_BACKOFF_MS = 100;
export const REPLICA_FETCH_BACKOFF_MS_MAX = 2000;

/**
 * A fetch response frame larger than this closes the fetch connection (a corrupt length fails
 * fast instead of allocating gigabytes). Responses stay near replica.fetch.response.max.bytes,
 * but the first batch may exceed it (KIP-74) up to a topic's max.message.bytes, which a request
 * frame (socket.request.max.bytes, 100 MiB) bounds: the client's 256 MiB leaves room.
 */
export const REPLICA_FETCH_FRAME_BYTES_MAX = 256 * 1024 * 1024;

/**
 * The follower's receive buffer starts at this size and grows to the largest response seen:
 * one partition's fetch (replica.fetch.max.bytes) plus headers fits without growing.
 */
export const REPLICA_FETCH_RECEIVE_BYTES_INITIAL = REPLICA_FETCH_PARTITION_BYTES_MAX + 64 * 1024;

/**
 * A leader copies what it appends into slabs of this size for its followers' fetches
 * (AppendedTail). A fetch answered from the tail stops at a slab's end, so a slab holds many
 * produce requests (16 KiB batches by default, up to a 1 MiB request); a larger append is not
 * kept.
 */
export const APPENDED_TAIL_SLAB_BYTES = 1024 * 1024;

/** Bytes one partition's tail holds at most: a follower further behind reads from the log. */
export const APPENDED_TAIL_BYTES_MAX = 8 * 1024 * 1024;

/** Slab bytes all tails of a broker hold at most; past it appends are not kept. */
export const APPENDED_TAIL_BUDGET_BYTES = 64 * 1024 * 1024;

/** Free slabs a broker keeps for reuse; beyond these, emptied slabs are left to the GC. */
export const APPENDED_TAIL_FREE_SLABS_MAX = 16;
