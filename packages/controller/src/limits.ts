/**
 * Every bound of the controller package, named with its unit last (STYLE.md principle 7). Where a
 * Kafka config plays the same role its name is given; `QuorumControllerConfig` takes the
 * configurable ones, these are the defaults and the hard ceilings.
 */

/** Topic name length (Kafka: 249, so that "<name>-<partition>" directory names fit). */
export const TOPIC_NAME_LENGTH_MAX = 249;

/** Partitions of one topic; bounds the records one CreateTopics or CreatePartitions writes. */
export const PARTITIONS_PER_TOPIC_MAX = 10_000;

/**
 * Records proposed in one metadata batch (one raft entry) by an atomic request (CreateTopics,
 * CreatePartitions, ...). KRaft's `MAX_RECORDS_PER_USER_OP` is 10 000; a request that would write
 * more is refused with POLICY_VIOLATION. 10 000 Partition records encode to about 2 MB, so the
 * metadata log's raft `entryBytesMax` should be raised to KRaft's 8 MiB batch size (raft's default
 * of 1 MiB answers such a request with POLICY_VIOLATION too).
 */
export const RECORDS_PER_BATCH_MAX = 10_000;

/**
 * Records per batch when a broker lifecycle or periodic write (fencing, unfencing, controlled
 * shutdown, re-registration, rebalancing) is split over several batches. About 100 bytes per
 * PartitionChange keeps each such batch near 200 KB, well inside raft's `entryBytesMax`, so
 * fencing a broker that leads 100 000 partitions cannot be refused as too large.
 */
export const SPLIT_BATCH_RECORDS_MAX = 2000;

/** Producer ids handed out per AllocateProducerIds call (KIP-730 `ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE`). */
export const PRODUCER_ID_BLOCK_SIZE = 1000;

/** Highest producer id the controller hands out (Kafka: Long.MAX_VALUE; JS numbers stay exact up to 2^53 - 1). */
export const PRODUCER_ID_MAX = Number.MAX_SAFE_INTEGER;

/** A broker is fenced when it has not heartbeated for this long (`broker.session.timeout.ms`). */
export const BROKER_SESSION_TIMEOUT_MS_DEFAULT = 9000;

/** How often brokers heartbeat (`broker.heartbeat.interval.ms`); used by the simulator's brokers. */
export const BROKER_HEARTBEAT_INTERVAL_MS_DEFAULT = 2000;

/** Period of the automatic preferred-leader election (`leader.imbalance.check.interval.seconds` = 300). */
export const LEADER_IMBALANCE_CHECK_INTERVAL_MS_DEFAULT = 300_000;

/** Preferred-leader elections written by one rebalance pass (KRaft `maxElectionsPerImbalance`). */
export const ELECTIONS_PER_REBALANCE_MAX = 1000;

/** Brokers one controller tracks (registrations and heartbeat sessions). */
export const BROKERS_MAX = 10_000;

/** Listeners one broker may register (KRaft has no bound; ours keeps a registration record small). */
export const LISTENERS_PER_BROKER_MAX = 64;

/** Length of a listener name, host or rack string in a registration. */
export const REGISTRATION_STRING_LENGTH_MAX = 1024;

/** Length of a config value (Kafka has none; this keeps one Config record well under a batch). */
export const CONFIG_VALUE_LENGTH_MAX = 64 * 1024;

/** Largest encoded metadata record, batch or snapshot the decoders accept (raft's `snapshotBytesMax`). */
export const METADATA_DECODE_BYTES_MAX = 1024 * 1024 * 1024;

/** Current `metadata.version` feature level this controller writes and understands. */
export const METADATA_VERSION_LEVEL = 1;
