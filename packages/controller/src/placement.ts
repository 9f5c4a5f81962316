import { ErrorCode } from '@gregor/protocol';
import { checkReplicationFactor } from './topic-rules.js';

/**
 * Replica placement for new partitions (Kafka's ReplicaPlacer; the goals of KIP-660's
 * StripedReplicaPlacer): every partition gets `replicationFactor` distinct live brokers, spread
 * over as many racks as it can (`broker.rack`), and replicas and leaders are spread evenly.
 *
 * Method: order the brokers by existing load (leaders plus replicas, then leaders, then a rotation drawn from
 * `random` once per request so equal clusters do not always start at the lowest id) and
 * interleave them by rack, one broker of each rack in turn (Kafka's rack-alternated list).
 * Leaders go round robin over that cycle, so leader counts differ by at most one and the
 * least-loaded brokers lead the remainder. Followers are then chosen one at a time: first among
 * brokers in a rack the partition does not use yet, then the broker whose final replica count
 * (replicas it holds, plus those given so far, plus the leaderships it is still due in this
 * request) is lowest. Counting the leaderships still due is what keeps replica counts within one
 * of each other without racks: a broker about to lead is not also loaded with followers now.
 * With racks, rack diversity comes first and replica counts stay within two when racks are
 * balanced (Kafka gives no tighter promise either); with unbalanced racks, a small rack's
 * brokers are in every partition, as in Kafka.
 */
export interface PlacementBroker {
  readonly brokerId: number;
  readonly rack: string | null;
  /** Replicas the broker already holds (existing topics). */
  readonly replicaCount: number;
  /** Partitions the broker already leads. */
  readonly leaderCount: number;
}

export interface PlacementSpec {
  readonly numPartitions: number;
  readonly replicationFactor: number;
}

export type PlacementResult =
  | { readonly ok: true; readonly assignments: readonly (readonly number[])[] }
  | { readonly ok: false; readonly errorCode: number; readonly errorMessage: string };

/** The randomness the placer draws its tie-break rotation from (raft's `Random` fits). */
export interface PlacementRandom {
  nextInt(bound: number): number;
}

/**
 * Places `spec` on `brokers` (the usable ones: registered, unfenced, not shutting down).
 * `registeredCount` only shapes the error message when none is usable.
 */
export function placeReplicas(spec: PlacementSpec, brokers: readonly PlacementBroker[], random: PlacementRandom, registeredCount = brokers.length): PlacementResult {
  const rf = spec.replicationFactor;
  if (brokers.length === 0) {
    return {
      ok: false,
      errorCode: ErrorCode.INVALID_REPLICATION_FACTOR,
      errorMessage: `Unable to replicate the partition ${rf} time(s): ${registeredCount === 0 ? 'No brokers registered.' : 'All brokers are currently fenced.'}`,
    };
  }
  const rfCheck = checkReplicationFactor(rf, brokers.length);
  if (rfCheck.errorCode !== ErrorCode.NONE) return { ok: false, errorCode: rfCheck.errorCode, errorMessage: rfCheck.errorMessage ?? '' };

  const n = brokers.length;
  const rotation = random.nextInt(n);
  const byId = [...brokers].sort((a, b) => a.brokerId - b.brokerId);
  const rank = new Map(byId.map((b, i) => [b.brokerId, (i - rotation + n) % n]));
  const byLoad = [...brokers].sort((a, b) => compare([a.leaderCount + a.replicaCount, a.leaderCount, rank.get(a.brokerId)!], [b.leaderCount + b.replicaCount, b.leaderCount, rank.get(b.brokerId)!]));
  const cycle = interleaveByRack(byLoad);
  const partitions = spec.numPartitions;
  // Leaderships each cycle position is still due in this request (round robin: p % n).
  const dueLeads = cycle.map((_, i) => Math.floor(partitions / n) + (i < partitions % n ? 1 : 0));
  // Final replica count of each broker if it got no more followers: what it holds, plus its due leaderships.
  const projected = cycle.map((b, i) => b.replicaCount + dueLeads[i]!);
  const assignments: number[][] = [];
  for (let p = 0; p < partitions; p++) {
    const leader = p % n;
    const chosen = [leader];
    const racks = new Set<string | null>([cycle[leader]!.rack]);
    for (let k = 1; k < rf; k++) {
      let best = -1;
      let bestNewRack = false;
      for (let i = 0; i < n; i++) {
        if (chosen.includes(i)) continue;
        const newRack = !racks.has(cycle[i]!.rack);
        if (best >= 0) {
          if (bestNewRack && !newRack) continue;
          if (bestNewRack === newRack && compare([projected[i]!, (i - leader + n) % n], [projected[best]!, (best - leader + n) % n]) >= 0) continue;
        }
        best = i;
        bestNewRack = newRack;
      }
      chosen.push(best);
      racks.add(cycle[best]!.rack);
      projected[best]!++;
    }
    assignments.push(chosen.map((i) => cycle[i]!.brokerId));
  }
  return { ok: true, assignments };
}

/** One broker of each rack in turn, racks in the order their first broker appears (Kafka's rack-alternated list). */
function interleaveByRack(brokers: readonly PlacementBroker[]): PlacementBroker[] {
  const racks = new Map<string | null, PlacementBroker[]>();
  for (const b of brokers) {
    const list = racks.get(b.rack);
    if (list === undefined) racks.set(b.rack, [b]);
    else list.push(b);
  }
  const lists = [...racks.values()];
  const out: PlacementBroker[] = [];
  for (let k = 0; out.length < brokers.length; k++) for (const list of lists) if (k < list.length) out.push(list[k]!);
  return out;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}
