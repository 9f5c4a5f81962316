/**
 * Bounds and defaults of the client (STYLE.md principle 7). Each names the Java client config it
 * mirrors; defaults are Kafka's unless a comment says why not.
 */

/**
 * Largest response frame a connection accepts. The Java client has no bound (it trusts the
 * broker); we keep one so that connecting to the wrong port (an HTTP or TLS server answers with
 * bytes that read as a huge length) fails fast instead of allocating gigabytes. Fetch responses
 * are bounded by fetch.max.bytes (50 MiB default), so 256 MiB leaves room.
 */
export const RESPONSE_FRAME_BYTES_MAX = 256 * 1024 * 1024;

/** Requests in flight on one connection (max.in.flight.requests.per.connection). */
export const IN_FLIGHT_REQUESTS_MAX_DEFAULT = 5;

/** Requests a connection queues behind the in-flight ones before send() rejects; a runaway loop stops here. */
export const QUEUED_REQUESTS_MAX = 10_000;

/** How long a request waits for its response before the connection is dropped (request.timeout.ms). */
export const REQUEST_TIMEOUT_MS_DEFAULT = 30_000;

/** TCP connect plus ApiVersions handshake (socket.connection.setup.timeout.ms is 10 s). */
export const CONNECT_TIMEOUT_MS_DEFAULT = 10_000;

/** First retry backoff (retry.backoff.ms) and its exponential cap (retry.backoff.max.ms, KIP-580). */
export const RETRY_BACKOFF_MS_DEFAULT = 100;
export const RETRY_BACKOFF_MS_MAX_DEFAULT = 1_000;

/**
 * Retries of metadata-dependent operations (admin calls, list offsets, consumer position
 * lookups). The producer's own bound is deliveryTimeoutMs, as in the Java client.
 */
export const RETRIES_DEFAULT = 5;

/** Cached metadata older than this is refreshed before use (metadata.max.age.ms is 5 minutes). */
export const METADATA_MAX_AGE_MS_DEFAULT = 300_000;

/** Bytes of records a producer batch holds before it is sent (batch.size). */
export const BATCH_BYTES_DEFAULT = 16_384;
/** Largest batch.size accepted: one batch must fit a produce request (max.request.size 1 MiB x 16). */
export const BATCH_BYTES_MAX = 16 * 1024 * 1024;

/** How long a non-full batch waits for more records (linger.ms; Kafka 4.0 raised it to 5 ms). */
export const LINGER_MS_DEFAULT = 5;

/** Memory for batches waiting to be sent (buffer.memory). */
export const BUFFER_BYTES_DEFAULT = 32 * 1024 * 1024;

/** How long send() may wait for buffer space or metadata before it fails (max.block.ms). */
export const MAX_BLOCK_MS_DEFAULT = 60_000;

/** Upper bound on the time from send() to acknowledgement, retries included (delivery.timeout.ms). */
export const DELIVERY_TIMEOUT_MS_DEFAULT = 120_000;

/** Largest produce request (max.request.size); batches are grouped per broker up to this. */
export const PRODUCE_REQUEST_BYTES_MAX_DEFAULT = 1024 * 1024;

/** Broker-side wait for replication acks carried in the produce request (request.timeout.ms). */
export const PRODUCE_TIMEOUT_MS_DEFAULT = 30_000;

/** Consumer fetch defaults: fetch.max.wait.ms, fetch.min.bytes, fetch.max.bytes, max.partition.fetch.bytes. */
export const FETCH_MAX_WAIT_MS_DEFAULT = 500;
export const FETCH_MIN_BYTES_DEFAULT = 1;
export const FETCH_MAX_BYTES_DEFAULT = 50 * 1024 * 1024;
export const PARTITION_FETCH_BYTES_MAX_DEFAULT = 1024 * 1024;

/**
 * Bytes of fetched-but-not-yet-consumed records the consumer holds before it stops fetching
 * ahead. The Java consumer holds one fetch response per broker; we bound by bytes instead so a
 * slow callback cannot let prefetched data grow without limit.
 */
export const PREFETCH_BYTES_MAX_DEFAULT = 64 * 1024 * 1024;

/**
 * The reused buffer a connection's socket reads into while no large response is arriving: size
 * prefixes and small responses land here (a response found whole in it is copied out).
 */
export const RECEIVE_SCRATCH_BYTES = 64 * 1024;
