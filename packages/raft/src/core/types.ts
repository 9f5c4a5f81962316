/**
 * The vocabulary of the raft core: entries, hard state, snapshots, messages and the ready batch.
 * Everything here is plain data so the runtime can encode it with msgpackr and the simulator can
 * pass it around untouched. A raft `term` becomes Kafka's `leaderEpoch` in exactly one adapter
 * (the controller's), so the two never mix inside this package.
 */

/** A member of the quorum (a voter) or an observer; KRaft's `node.id`. */
export type NodeId = number;

/** What an entry means to raft itself; the payload stays opaque to the core. */
export const EntryType = {
  /** An application entry from `propose`. */
  normal: 0,
  /**
   * Appended by every new leader as the first entry of its term (Raft thesis 6.4: a leader must
   * commit an entry of its own term before it knows the commit index; KRaft's LeaderChangeMessage).
   * Its data is the leader's id as 4 big-endian bytes.
   */
  leaderChange: 1,
} as const;
export type EntryType = (typeof EntryType)[keyof typeof EntryType];

/** One log entry. Entries are immutable once created: the core and the simulator share them. */
export interface Entry {
  readonly term: number;
  readonly index: number;
  readonly type: EntryType;
  readonly data: Uint8Array;
}

/**
 * The state that must be durable before the node answers anything that depends on it (figure 2,
 * "persistent state on all servers"; KRaft's quorum-state file). The commit index is not here:
 * like KRaft's high watermark it is relearned from the leader after a restart.
 */
export interface HardState {
  readonly term: number;
  readonly votedFor: NodeId | null;
}

export interface SnapshotMeta {
  /** Index of the last entry the snapshot covers. */
  readonly index: number;
  /** Term of that entry. */
  readonly term: number;
  /** Voters at that point (static today, carried so a restore can check it). */
  readonly voters: readonly NodeId[];
}

export interface Snapshot {
  readonly meta: SnapshotMeta;
  /** The application's state machine image at `meta.index`, opaque to raft. */
  readonly data: Uint8Array;
}

/** Seeded randomness injected into the core (election jitter, read-session ids). */
export interface Random {
  /** A uniformly distributed integer in [0, bound). */
  nextInt(bound: number): number;
}

interface MessageBase {
  readonly from: NodeId;
  readonly to: NodeId;
  /** Sender's term; for pre-vote requests, the term the sender would campaign in. */
  readonly term: number;
}

/** AppendEntries (figure 2). */
export interface AppendMessage extends MessageBase {
  readonly type: 'append';
  readonly prevIndex: number;
  readonly prevTerm: number;
  readonly entries: readonly Entry[];
  readonly commit: number;
}

/**
 * Answer to an append. On success `index` is the follower's last index known to match the
 * leader. On reject `index` is the rejected `prevIndex`, and `hintIndex`/`hintTerm` let the
 * leader skip a whole conflicting term at once (thesis 5.3, etcd's findConflictByTerm).
 */
export interface AppendResponseMessage extends MessageBase {
  readonly type: 'append-response';
  readonly reject: boolean;
  readonly index: number;
  readonly hintIndex: number;
  readonly hintTerm: number;
}

/** Leader liveness and commit propagation; `readSeq` confirms read-index requests. */
export interface HeartbeatMessage extends MessageBase {
  readonly type: 'heartbeat';
  /** min(follower's match, leader commit): never lets a follower commit an unverified suffix. */
  readonly commit: number;
  readonly readSeq: number;
}

export interface HeartbeatResponseMessage extends MessageBase {
  readonly type: 'heartbeat-response';
  readonly readSeq: number;
}

/** RequestVote (figure 2) and its pre-vote twin (thesis 9.6), which changes no state. */
export interface VoteMessage extends MessageBase {
  readonly type: 'vote' | 'pre-vote';
  readonly lastIndex: number;
  readonly lastTerm: number;
  /** Set when campaigning after TimeoutNow: voters then ignore their leader lease (thesis 3.10). */
  readonly isTransfer: boolean;
}

export interface VoteResponseMessage extends MessageBase {
  readonly type: 'vote-response' | 'pre-vote-response';
  readonly reject: boolean;
}

/** One chunk of a snapshot (thesis 5.3 InstallSnapshot, KRaft FetchSnapshot). */
export interface InstallSnapshotMessage extends MessageBase {
  readonly type: 'install-snapshot';
  readonly meta: SnapshotMeta;
  readonly totalBytes: number;
  readonly offset: number;
  readonly data: Uint8Array;
}

/** Acknowledges snapshot bytes up to `nextOffset` (the follower has `[0, nextOffset)`). */
export interface InstallSnapshotResponseMessage extends MessageBase {
  readonly type: 'install-snapshot-response';
  readonly snapshotIndex: number;
  readonly nextOffset: number;
}

/** Leadership transfer: the target campaigns at once (thesis 3.10). */
export interface TimeoutNowMessage extends MessageBase {
  readonly type: 'timeout-now';
}

/** A read-index request forwarded by a follower or observer to the leader. */
export interface ReadIndexMessage extends MessageBase {
  readonly type: 'read-index';
  /**
   * Random per node incarnation: request ids restart at 1 after a restart, and an answer to the
   * previous incarnation's request must not be taken for an answer to a new one.
   */
  readonly session: number;
  readonly requestId: number;
}

export interface ReadIndexResponseMessage extends MessageBase {
  readonly type: 'read-index-response';
  readonly session: number;
  readonly requestId: number;
  /** The read index, or -1 when `error` is set. */
  readonly index: number;
  readonly error: RaftErrorCode | null;
}

export type Message =
  | AppendMessage
  | AppendResponseMessage
  | HeartbeatMessage
  | HeartbeatResponseMessage
  | VoteMessage
  | VoteResponseMessage
  | InstallSnapshotMessage
  | InstallSnapshotResponseMessage
  | TimeoutNowMessage
  | ReadIndexMessage
  | ReadIndexResponseMessage;

export type MessageType = Message['type'];

/**
 * Expected failures, answered rather than thrown (STYLE.md principle 8). The controller maps them
 * to Kafka error codes (NOT_LEADER_OR_FOLLOWER, RECORD_TOO_LARGE, ...).
 */
export const RaftError = {
  /** This node is not the leader (for proposals) or knows no leader (for forwarded reads). */
  notLeader: 'NOT_LEADER',
  entryTooLarge: 'ENTRY_TOO_LARGE',
  tooManyPendingProposals: 'TOO_MANY_PENDING_PROPOSALS',
  tooManyPendingReads: 'TOO_MANY_PENDING_READS',
  /** The leader is handing over leadership and takes no new proposals meanwhile. */
  leadershipTransferInProgress: 'LEADERSHIP_TRANSFER_IN_PROGRESS',
  /** The target of a leadership transfer is not a voter. */
  notVoter: 'NOT_VOTER',
  /** The entry was replaced by a newer leader's: it will never commit. */
  entryLost: 'ENTRY_LOST',
  /**
   * The node learned the commit index from a snapshot that covers the entry's index, so it cannot
   * tell whether this entry or another one was committed there.
   */
  outcomeUnknown: 'OUTCOME_UNKNOWN',
  /** A forwarded read got no answer before the leader changed or the read timed out. */
  readTimeout: 'READ_TIMEOUT',
} as const;
export type RaftErrorCode = (typeof RaftError)[keyof typeof RaftError];

export type ProposeResult =
  | { readonly ok: true; readonly index: number; readonly term: number }
  | { readonly ok: false; readonly error: RaftErrorCode };

/** The final outcome of an accepted proposal, identified by the (index, term) `propose` returned. */
export interface ProposalResult {
  readonly index: number;
  readonly term: number;
  readonly error: RaftErrorCode | null;
}

export type ReadIndexResult =
  | { readonly ok: true; readonly requestId: number }
  | { readonly ok: false; readonly error: RaftErrorCode };

/**
 * A read-index answer: once the state machine has applied `index`, a read that started when
 * `readIndex()` was called is linearizable (thesis 6.4).
 */
export interface ReadState {
  readonly requestId: number;
  readonly index: number;
  readonly error: RaftErrorCode | null;
}

export type Role = 'follower' | 'pre-candidate' | 'candidate' | 'leader';

/** Volatile state the application may want to observe (leader changes). */
export interface SoftState {
  readonly role: Role;
  readonly term: number;
  readonly leaderId: NodeId | null;
}

/**
 * One batch of work for the driver, taken with `ready()` and acknowledged with `advance(ready)`.
 * The driver must, in this order:
 *  1. send `messagesEarly` (they never depend on local durability: a leader's appends, thesis 10.2.1);
 *  2. durably persist `snapshot` (and, if `snapshot.isRestore`, discard the whole log), then
 *     `entries` (truncating the stored log at `entries[0].index` first), then `hardState`,
 *     with one fsync for the batch;
 *  3. only then send `messages` (votes and acknowledgements promise durability);
 *  4. apply `snapshot` if `isRestore`, then `committedEntries`, then deliver results;
 *  5. call `advance(ready)`.
 * Once a snapshot is durable the driver may delete stored entries at or below its index.
 */
export interface Ready {
  readonly softState: SoftState | null;
  readonly hardState: HardState | null;
  readonly snapshot: { readonly snapshot: Snapshot; readonly isRestore: boolean } | null;
  readonly entries: readonly Entry[];
  readonly messagesEarly: readonly Message[];
  readonly messages: readonly Message[];
  readonly committedEntries: readonly Entry[];
  readonly readStates: readonly ReadState[];
  readonly proposalResults: readonly ProposalResult[];
}
