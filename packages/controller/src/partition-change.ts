import type { PartitionRegistration } from './image/metadata-image.js';
import { LeaderRecoveryState, NO_LEADER, type PartitionChangeRecord } from './records/records.js';

/**
 * Computes the PartitionChange record that moves a partition to a target ISR/assignment and elects
 * a leader if the current one is no longer valid (KRaft's PartitionChangeBuilder, without ELR).
 * Rules, in order:
 *  1. A reassignment completes once the target ISR holds every adding replica and some replica
 *     that stays: replicas and ISR drop the removing replicas, adding/removing clear.
 *  2. Election. A valid leader is in the target ISR and acceptable (registered, unfenced, not
 *     shutting down). ONLINE keeps a valid current leader, else takes the first valid replica in
 *     assignment order; PREFERRED takes the first replica if valid, else behaves like ONLINE;
 *     UNCLEAN falls back to the first acceptable replica outside the ISR, forces the ISR to that
 *     replica alone and marks leader recovery RECOVERING (KIP-704). No candidate: NO_LEADER.
 *  3. The ISR never becomes empty (without KIP-966's ELR): an empty target keeps the old ISR, so the
 *     last member can be elected again once it is back.
 *  4. Removing a replica from the assignment bumps the leader epoch (the leader field is set even
 *     when the leader stays).
 * Returns null when nothing would change.
 */
export type Election = 'preferred' | 'online' | 'unclean';

export interface PartitionChangeTarget {
  /** Defaults to the current ISR. */
  readonly isr?: readonly number[];
  readonly replicas?: readonly number[];
  readonly addingReplicas?: readonly number[];
  readonly removingReplicas?: readonly number[];
  readonly leaderRecoveryState?: LeaderRecoveryState;
  readonly election: Election;
  /** May this broker lead? (registered, unfenced, not in controlled shutdown, and not being removed) */
  readonly isAcceptableLeader: (brokerId: number) => boolean;
}

export interface ElectionResult {
  readonly leader: number;
  readonly unclean: boolean;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Leader choice alone (rule 2), exposed for tests and for the preferred-leader checks. */
export function electLeader(part: PartitionRegistration, isr: readonly number[], replicas: readonly number[], t: PartitionChangeTarget): ElectionResult {
  const valid = (r: number): boolean => r !== NO_LEADER && isr.includes(r) && t.isAcceptableLeader(r);
  if (t.election === 'preferred') {
    const preferred = replicas[0];
    if (preferred !== undefined && valid(preferred)) return { leader: preferred, unclean: false };
  }
  if (valid(part.leader)) return { leader: part.leader, unclean: false };
  for (const r of replicas) if (valid(r)) return { leader: r, unclean: false };
  if (t.election === 'unclean') {
    for (const r of replicas) if (t.isAcceptableLeader(r)) return { leader: r, unclean: true };
  }
  return { leader: NO_LEADER, unclean: false };
}

export function buildPartitionChange(part: PartitionRegistration, t: PartitionChangeTarget): PartitionChangeRecord | null {
  let isr = t.isr ?? part.isr;
  let replicas = t.replicas ?? part.replicas;
  let adding = t.addingReplicas ?? part.addingReplicas;
  let removing = t.removingReplicas ?? part.removingReplicas;

  // 1. Complete a reassignment.
  if (adding.length > 0 || removing.length > 0) {
    const remainingIsr = isr.filter((r) => !removing.includes(r));
    if (adding.every((r) => isr.includes(r)) && remainingIsr.length > 0) {
      isr = remainingIsr;
      replicas = replicas.filter((r) => !removing.includes(r));
      adding = [];
      removing = [];
    }
  }

  const record: { -readonly [K in keyof PartitionChangeRecord]: PartitionChangeRecord[K] } = {
    type: 'PartitionChange',
    version: 0,
    topicId: part.topicId,
    partition: part.partition,
  };

  // 2. Election.
  const elected = electLeader(part, isr, replicas, t);
  if (elected.unclean) {
    // Even when the unclean pick is the current leader (outside the target ISR), the ISR resets
    // to it alone and the leader epoch moves: its log is now the truth.
    record.leader = elected.leader;
    record.isr = [elected.leader];
    if (part.leaderRecoveryState !== LeaderRecoveryState.recovering) record.leaderRecoveryState = LeaderRecoveryState.recovering;
  } else if (elected.leader !== part.leader) {
    record.leader = elected.leader;
  }

  // 4. A replica leaving the assignment bumps the leader epoch.
  if (record.leader === undefined && !part.replicas.every((r) => replicas.includes(r))) record.leader = part.leader;

  // 3. The ISR, never empty.
  if (record.isr === undefined && isr.length > 0 && !sameIds(isr, part.isr)) record.isr = isr;

  if (replicas.length > 0 && !sameIds(replicas, part.replicas)) record.replicas = replicas;
  if (!sameIds(removing, part.removingReplicas)) record.removingReplicas = removing;
  if (!sameIds(adding, part.addingReplicas)) record.addingReplicas = adding;
  if (t.leaderRecoveryState !== undefined && record.leaderRecoveryState === undefined && t.leaderRecoveryState !== part.leaderRecoveryState) {
    record.leaderRecoveryState = t.leaderRecoveryState;
  }

  const isNoOp =
    record.leader === undefined &&
    record.isr === undefined &&
    record.replicas === undefined &&
    record.addingReplicas === undefined &&
    record.removingReplicas === undefined &&
    record.leaderRecoveryState === undefined;
  return isNoOp ? null : record;
}
