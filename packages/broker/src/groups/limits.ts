/**
 * Bounds of the group coordinator's runtime (STYLE.md principle 7). Kafka's config name, where
 * one exists, is given with each.
 */

/** How often timeouts are checked (sessions, rebalances, syncs): the precision of every group timer. */
export const GROUP_TICK_MS = 50;

/** Bytes read per step when loading a __consumer_offsets partition (offsets.load.buffer.size: 5 MiB). */
export const OFFSETS_LOAD_BUFFER_BYTES = 5 * 1024 * 1024;

/** How long FindCoordinator waits for __consumer_offsets to be created before COORDINATOR_NOT_AVAILABLE. */
export const OFFSETS_TOPIC_CREATE_WAIT_MS = 15_000;

/** Groups one DescribeGroups, DeleteGroups or OffsetFetch request may name. */
export const GROUPS_PER_REQUEST_MAX = 10_000;
