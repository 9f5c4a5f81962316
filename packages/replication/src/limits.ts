/**
 * Every bound and default of the replication package, named with its unit last (STYLE.md
 * principle 7), with the Kafka config that plays the same role.
 */

/**
 * Batches remembered per producer for duplicate detection (Kafka's
 * `ProducerStateEntry.NUM_BATCHES_TO_RETAIN`). It matches the producer's
 * `max.in.flight.requests.per.connection` ceiling of 5 for idempotence: any retry of an in-flight
 * batch is still found here and answered with its original offsets.
 */
export const PRODUCER_BATCHES_RETAINED_MAX = 5;

/**
 * An idle producer's state is dropped after this long (`producer.id.expiration.ms`, KIP-854,
 * default 1 day). Idle means no batch whose timestamp is newer; a producer with an open
 * transaction never expires.
 */
export const PRODUCER_ID_EXPIRATION_MS_DEFAULT = 86_400_000;

/**
 * A follower that has not caught up with the leader's log end offset for this long leaves the
 * ISR (`replica.lag.time.max.ms`, default 30 s since Kafka 2.5, KIP-537).
 */
export const REPLICA_LAG_TIME_MAX_MS_DEFAULT = 30_000;

/**
 * Producer entries accepted from one producer-state snapshot. Kafka sets no bound; one partition
 * with more than a million live producer ids is a misconfiguration (KIP-936), and a snapshot
 * claiming more is treated as corrupt rather than allocated.
 */
export const SNAPSHOT_PRODUCERS_MAX = 1_000_000;
