/**
 * Every buffer, queue and wait in the broker has a bound (STYLE.md principle 7). Defaults match
 * Kafka's broker configs where one exists; the config name is given with each.
 */

/** socket.request.max.bytes: a frame larger than this closes the connection (Kafka: 100 MiB). */
export const REQUEST_BYTES_MAX = 100 * 1024 * 1024;

/** connections.max.idle.ms: idle connections are closed after this long (Kafka: 10 min). */
export const CONNECTION_IDLE_MS = 10 * 60 * 1000;

/**
 * Requests read from one connection but not yet answered. Past this the socket is paused (no
 * more reads) until responses drain; Kafka mutes a channel while a request is in flight, we allow
 * pipelining up to this depth (clients default to 5 in flight).
 */
export const IN_FLIGHT_REQUESTS_PER_CONNECTION_MAX = 64;

/**
 * Bytes queued for writing on one socket before we stop reading more requests from it, so a
 * consumer that does not read its fetch responses cannot make the broker buffer without bound.
 */
export const SOCKET_WRITE_BUFFER_BYTES_MAX = 64 * 1024 * 1024;

/** max.connections: connections accepted at once across all listeners. */
export const CONNECTIONS_MAX = 10_000;

/** Fetch long-polls parked at once (across connections); beyond it fetches answer immediately. */
export const PARKED_FETCHES_MAX = 10_000;

/** fetch.max.wait.ms upper bound the broker honours from a request (Kafka caps by request timeout). */
export const FETCH_WAIT_MS_MAX = 30_000;

/** Partitions per topic a CreateTopics/CreatePartitions request may ask for. */
export const PARTITIONS_PER_TOPIC_MAX = 10_000;

/** Topic name length (Kafka: 249, so that "<name>-<partition>" directory names fit). */
export const TOPIC_NAME_LENGTH_MAX = 249;

/** A produce request's acks=all wait is bounded by its timeoutMs, and by this. */
export const PRODUCE_TIMEOUT_MS_MAX = 5 * 60 * 1000;

/**
 * Reused buffers for request frames that span socket reads (a batched producer's requests, 16 KiB
 * to a few MiB, arrive in 64 KiB reads and are assembled into one buffer). Frames up to
 * REQUEST_FRAME_POOL_BUFFER_BYTES_MAX come from the pool; at most REQUEST_FRAME_POOL_BYTES_MAX
 * bytes wait in it, across connections. Fresh memory is slow to touch on small machines, and each
 * fresh frame is external memory the garbage collector must account for.
 */
export const REQUEST_FRAME_POOL_BUFFER_BYTES_MAX = 8 * 1024 * 1024;
export const REQUEST_FRAME_POOL_BYTES_MAX = 32 * 1024 * 1024;

/**
 * Reused buffers for fetch reads from segment files: reads up to FETCH_READ_POOL_BUFFER_BYTES_MAX
 * (max.partition.fetch.bytes is 1 MiB by default) go into a pooled buffer that returns once the
 * response is written; at most FETCH_READ_POOL_BYTES_MAX bytes wait in the pool.
 */
export const FETCH_READ_POOL_BUFFER_BYTES_MAX = 8 * 1024 * 1024;
export const FETCH_READ_POOL_BYTES_MAX = 32 * 1024 * 1024;
