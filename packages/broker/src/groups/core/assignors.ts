/**
 * Server-side assignors of KIP-848 consumer groups (group.consumer.assignors): `uniform`
 * (Kafka's UniformAssignor: every member gets as even a share as the subscriptions allow,
 * keeping its previous partitions where it can, so an incremental rebalance moves little) and
 * `range` (Kafka's RangeAssignor: per topic, contiguous ranges in member id order, so members
 * get the same partition numbers of co-partitioned topics). Pure and deterministic.
 */

/** Partitions by topic id. */
export type TopicPartitionsById = ReadonlyMap<string, ReadonlySet<number>>;

export interface AssignorMember {
  readonly memberId: string;
  /** Topic ids the member subscribes to (that exist). */
  readonly subscribedTopicIds: ReadonlySet<string>;
  /** The member's current target assignment (stickiness). */
  readonly previous: TopicPartitionsById;
}

export interface AssignorInput {
  readonly members: readonly AssignorMember[];
  /** Partition count of every subscribed topic, by topic id. */
  readonly partitionCounts: ReadonlyMap<string, number>;
}

export type Assignment = Map<string, Map<string, Set<number>>>;

export const ASSIGNOR_NAMES = ['uniform', 'range'] as const;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const tpKey = (topicId: string, partition: number) => `${topicId}\u0000${partition}`;

function emptyAssignment(members: readonly AssignorMember[]): Assignment {
  return new Map(members.map((m) => [m.memberId, new Map<string, Set<number>>()]));
}

function add(assignment: Assignment, memberId: string, topicId: string, partition: number): void {
  const topics = assignment.get(memberId)!;
  let set = topics.get(topicId);
  if (set === undefined) {
    set = new Set();
    topics.set(topicId, set);
  }
  set.add(partition);
}

function remove(assignment: Assignment, memberId: string, topicId: string, partition: number): void {
  const topics = assignment.get(memberId)!;
  const set = topics.get(topicId);
  if (set === undefined) return;
  set.delete(partition);
  if (set.size === 0) topics.delete(topicId);
}

/**
 * Uniform: (1) each member keeps the partitions it had that it still subscribes to; (2) free
 * partitions go, one at a time, to the least-loaded member subscribed to their topic; (3)
 * partitions move from a member to an eligible one with at least two fewer until no such move
 * remains. Every partition of a subscribed topic ends with exactly one subscribed member, and
 * counts differ by at most one between members that could trade.
 */
export function uniformAssign(input: AssignorInput): Assignment {
  const members = [...input.members].sort((a, b) => byId(a.memberId, b.memberId));
  const assignment = emptyAssignment(members);
  const count = new Map(members.map((m) => [m.memberId, 0]));
  const owner = new Map<string, string>();
  const all: Array<{ topicId: string; partition: number }> = [];
  for (const [topicId, n] of [...input.partitionCounts].sort((a, b) => byId(a[0], b[0]))) {
    if (!members.some((m) => m.subscribedTopicIds.has(topicId))) continue;
    for (let p = 0; p < n; p++) all.push({ topicId, partition: p });
  }
  const eligible = new Map<string, AssignorMember[]>();
  for (const topicId of input.partitionCounts.keys()) eligible.set(topicId, members.filter((m) => m.subscribedTopicIds.has(topicId)));
  // A member keeps at most a fair ceiling of its previous partitions (its share if everyone could take everything).
  const ceiling = members.length === 0 ? 0 : Math.ceil(all.length / members.length);
  for (const m of members) {
    for (const [topicId, partitions] of [...m.previous].sort((a, b) => byId(a[0], b[0]))) {
      const n = input.partitionCounts.get(topicId);
      if (n === undefined || !m.subscribedTopicIds.has(topicId)) continue;
      for (const p of [...partitions].sort((a, b) => a - b)) {
        if (p >= n || owner.has(tpKey(topicId, p)) || count.get(m.memberId)! >= ceiling) continue;
        owner.set(tpKey(topicId, p), m.memberId);
        add(assignment, m.memberId, topicId, p);
        count.set(m.memberId, count.get(m.memberId)! + 1);
      }
    }
  }
  // Free partitions, those with the fewest candidates first (they have the least freedom).
  const free = all.filter((tp) => !owner.has(tpKey(tp.topicId, tp.partition)));
  free.sort((a, b) => (eligible.get(a.topicId)?.length ?? 0) - (eligible.get(b.topicId)?.length ?? 0) || byId(a.topicId, b.topicId) || a.partition - b.partition);
  for (const tp of free) {
    const candidates = eligible.get(tp.topicId) ?? [];
    if (candidates.length === 0) continue;
    let best = candidates[0]!;
    for (const c of candidates) if (count.get(c.memberId)! < count.get(best.memberId)!) best = c;
    owner.set(tpKey(tp.topicId, tp.partition), best.memberId);
    add(assignment, best.memberId, tp.topicId, tp.partition);
    count.set(best.memberId, count.get(best.memberId)! + 1);
  }
  // Balance: move a partition to an eligible member with at least two fewer (bounded: every
  // move strictly lowers the sum of squared counts).
  for (let moved = true; moved; ) {
    moved = false;
    for (const tp of all) {
      const from = owner.get(tpKey(tp.topicId, tp.partition));
      if (from === undefined) continue;
      let to: AssignorMember | null = null;
      for (const c of eligible.get(tp.topicId) ?? []) {
        if (count.get(c.memberId)! <= count.get(from)! - 2 && (to === null || count.get(c.memberId)! < count.get(to.memberId)!)) to = c;
      }
      if (to === null) continue;
      remove(assignment, from, tp.topicId, tp.partition);
      add(assignment, to.memberId, tp.topicId, tp.partition);
      owner.set(tpKey(tp.topicId, tp.partition), to.memberId);
      count.set(from, count.get(from)! - 1);
      count.set(to.memberId, count.get(to.memberId)! + 1);
      moved = true;
    }
  }
  return assignment;
}

/**
 * Range: for every topic, its subscribers in member id order get contiguous ranges, the first
 * (partitions % subscribers) one partition more.
 */
export function rangeAssign(input: AssignorInput): Assignment {
  const members = [...input.members].sort((a, b) => byId(a.memberId, b.memberId));
  const assignment = emptyAssignment(members);
  for (const [topicId, n] of [...input.partitionCounts].sort((a, b) => byId(a[0], b[0]))) {
    const subscribers = members.filter((m) => m.subscribedTopicIds.has(topicId));
    if (subscribers.length === 0) continue;
    const base = Math.floor(n / subscribers.length);
    const extra = n % subscribers.length;
    let next = 0;
    subscribers.forEach((m, i) => {
      const take = base + (i < extra ? 1 : 0);
      for (let p = next; p < next + take; p++) add(assignment, m.memberId, topicId, p);
      next += take;
    });
  }
  return assignment;
}

export function assign(assignor: string, input: AssignorInput): Assignment {
  return assignor === 'range' ? rangeAssign(input) : uniformAssign(input);
}
