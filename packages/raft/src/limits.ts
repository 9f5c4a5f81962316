/**
 * Every queue, batch and buffer in the raft package has a named bound (STYLE.md principle 7,
 * TigerBeetle's constants.zig, etcd raft's Config). Units come last in each name. A `RaftNode`
 * takes a `Partial<RaftLimits>` so tests can shrink them; production uses these defaults.
 */
export interface RaftLimits {
  /**
   * Largest payload of one proposed entry. Proposals above it are rejected with
   * ENTRY_TOO_LARGE. Mirrors Kafka's `max.request.size` guard for the metadata log
   * (KRaft's controller caps a record batch at 8 MiB; metadata records are small).
   */
  entryBytesMax: number;
  /** Most entries carried by one append message (etcd `MaxSizePerMsg` counts bytes; we bound both). */
  appendEntriesMax: number;
  /**
   * Most entry payload bytes carried by one append message; at least one entry is always sent so
   * an entry of exactly `entryBytesMax` still makes progress. Compare KRaft's fetch
   * `controller.quorum.fetch.max.bytes`-style bound of 8 MiB.
   */
  appendBytesMax: number;
  /** Append messages sent to one follower and not yet acknowledged (etcd `MaxInflightMsgs`). */
  inflightAppendsMax: number;
  /** Bytes of snapshot data in one install-snapshot chunk (KRaft FetchSnapshot `MaxBytes`). */
  snapshotChunkBytesMax: number;
  /** Largest snapshot a follower will assemble in memory from chunks before giving up on it. */
  snapshotBytesMax: number;
  /**
   * Proposals accepted and not yet resolved (committed or failed). Beyond it `propose` returns
   * TOO_MANY_PENDING_PROPOSALS at once instead of queueing without bound (etcd
   * `MaxUncommittedEntriesSize` plays the same role).
   */
  pendingProposalsMax: number;
  /** Read-index requests waiting for a quorum confirmation or a forwarded answer. */
  pendingReadsMax: number;
  /** Committed entries handed to the application in one ready batch. */
  applyEntriesMax: number;
  /** Committed entry payload bytes handed to the application in one ready batch (at least one entry). */
  applyBytesMax: number;
  /** Observers (non-voting members) a leader replicates to; KRaft brokers are observers. */
  observersMax: number;
}

export const defaultRaftLimits: Readonly<RaftLimits> = Object.freeze({
  entryBytesMax: 1024 * 1024,
  appendEntriesMax: 4096,
  appendBytesMax: 8 * 1024 * 1024,
  inflightAppendsMax: 64,
  snapshotChunkBytesMax: 1024 * 1024,
  snapshotBytesMax: 1024 * 1024 * 1024,
  pendingProposalsMax: 10_000,
  pendingReadsMax: 10_000,
  applyEntriesMax: 4096,
  applyBytesMax: 16 * 1024 * 1024,
  observersMax: 1024,
});

/**
 * Bounds of the runtime adapters (TCP transport, files). The frame bound must exceed the largest
 * message the core can produce: one append of `appendBytesMax` plus per-entry overhead, or one
 * snapshot chunk.
 */
export interface TransportLimits {
  /** Largest frame accepted or sent; a peer announcing more is disconnected (cf. `socket.request.max.bytes`). */
  frameBytesMax: number;
  /** Bytes queued for one peer while it is disconnected or slow; older messages are dropped beyond it. */
  sendQueueBytesMax: number;
  /** Messages queued for one peer; raft tolerates loss, so overflow drops rather than blocks. */
  sendQueueMessagesMax: number;
  /** First reconnect delay (`reconnect.backoff.ms`). */
  reconnectBackoffMs: number;
  /** Reconnect delay ceiling (`reconnect.backoff.max.ms`). */
  reconnectBackoffMsMax: number;
  /** Connection attempt timeout (`socket.connection.setup.timeout.ms`). */
  connectTimeoutMs: number;
}

export const defaultTransportLimits: Readonly<TransportLimits> = Object.freeze({
  frameBytesMax: 16 * 1024 * 1024,
  sendQueueBytesMax: 64 * 1024 * 1024,
  sendQueueMessagesMax: 16_384,
  reconnectBackoffMs: 50,
  reconnectBackoffMsMax: 1000,
  connectTimeoutMs: 3000,
});
