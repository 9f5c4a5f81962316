// Goal: the partition change builder follows KRaft's PartitionChangeBuilder rules: elections
// (ONLINE keeps a valid leader, PREFERRED returns to the first replica, UNCLEAN only when no ISR
// member can lead, with ISR reset and RECOVERING), the ISR never becomes empty, reassignments
// complete only once the ISR holds every adding replica, and a replica leaving the assignment
// bumps the leader epoch. Method: direct calls on hand-built partitions, plus a fast-check
// property that every result keeps the leader inside the resulting ISR.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePartitionChange, type PartitionRegistration } from './image/metadata-image.js';
import { buildPartitionChange, type PartitionChangeTarget } from './partition-change.js';

const TOPIC = 'AAAAAAAAAAAAAAAAAAAAAQ';

function partition(over: Partial<PartitionRegistration> = {}): PartitionRegistration {
  return { topicId: TOPIC, partition: 0, replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1, leaderEpoch: 5, partitionEpoch: 9, addingReplicas: [], removingReplicas: [], leaderRecoveryState: 0, ...over };
}

const live = (...ids: number[]) => (r: number) => ids.includes(r);

describe('buildPartitionChange', () => {
  it('keeps a valid leader (ONLINE) and writes nothing when nothing changes', () => {
    expect(buildPartitionChange(partition(), { election: 'online', isAcceptableLeader: live(1, 2, 3) })).toBeNull();
    expect(buildPartitionChange(partition({ leader: 2 }), { election: 'online', isAcceptableLeader: live(1, 2, 3) })).toBeNull();
  });

  it('moves leadership to the first eligible ISR member when the leader is removed', () => {
    const c = buildPartitionChange(partition(), { isr: [2, 3], election: 'online', isAcceptableLeader: (r) => r !== 1 && live(2, 3)(r) });
    expect(c).toEqual({ type: 'PartitionChange', version: 0, topicId: TOPIC, partition: 0, leader: 2, isr: [2, 3] });
    expect(mergePartitionChange(partition(), c!)).toMatchObject({ leader: 2, leaderEpoch: 6, partitionEpoch: 10 });
  });

  it('never empties the ISR: the last member stays and the partition has no leader', () => {
    const p = partition({ isr: [1] });
    const c = buildPartitionChange(p, { isr: [], election: 'online', isAcceptableLeader: live(2, 3) });
    expect(c).toEqual({ type: 'PartitionChange', version: 0, topicId: TOPIC, partition: 0, leader: -1 });
    // The last member returns: it is elected again (clean).
    const back = mergePartitionChange(p, c!);
    expect(buildPartitionChange(back, { election: 'online', isAcceptableLeader: live(1, 2, 3) })).toMatchObject({ leader: 1 });
  });

  it('elects outside the ISR only with UNCLEAN, resetting the ISR and marking RECOVERING', () => {
    const p = partition({ isr: [1], leader: -1 });
    expect(buildPartitionChange(p, { election: 'online', isAcceptableLeader: live(3) })).toBeNull();
    expect(buildPartitionChange(p, { election: 'unclean', isAcceptableLeader: live(3) })).toMatchObject({ leader: 3, isr: [3], leaderRecoveryState: 1 });
  });

  it('PREFERRED returns leadership to the first replica when it is in the ISR and eligible', () => {
    const p = partition({ leader: 2 });
    expect(buildPartitionChange(p, { election: 'preferred', isAcceptableLeader: live(1, 2, 3) })).toMatchObject({ leader: 1 });
    expect(buildPartitionChange(partition({ leader: 2, isr: [2, 3] }), { election: 'preferred', isAcceptableLeader: live(1, 2, 3) })).toBeNull();
  });

  it('completes a reassignment only once the ISR holds every adding replica', () => {
    const p = partition({ replicas: [4, 5, 1, 2, 3], addingReplicas: [4, 5], removingReplicas: [1, 2, 3] });
    expect(buildPartitionChange(p, { isr: [1, 2, 3, 4], election: 'online', isAcceptableLeader: live(1, 2, 3, 4, 5) })).toEqual({
      type: 'PartitionChange',
      version: 0,
      topicId: TOPIC,
      partition: 0,
      isr: [1, 2, 3, 4],
    });
    expect(buildPartitionChange(p, { isr: [1, 2, 3, 4, 5], election: 'online', isAcceptableLeader: live(1, 2, 3, 4, 5) })).toEqual({
      type: 'PartitionChange',
      version: 0,
      topicId: TOPIC,
      partition: 0,
      leader: 4,
      isr: [4, 5],
      replicas: [4, 5],
      removingReplicas: [],
      addingReplicas: [],
    });
  });

  it('bumps the leader epoch when a replica leaves the assignment even if the leader stays', () => {
    const p = partition({ replicas: [1, 2, 3, 4], removingReplicas: [4], isr: [1, 2, 3, 4] });
    const c = buildPartitionChange(p, { election: 'online', isAcceptableLeader: live(1, 2, 3, 4) });
    expect(c).toMatchObject({ leader: 1, isr: [1, 2, 3], replicas: [1, 2, 3], removingReplicas: [] });
  });

  it('always leaves the leader inside the ISR and eligible, or no leader', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(ids, fc.nat(), fc.nat(), fc.constantFrom<PartitionChangeTarget['election']>('online', 'preferred', 'unclean'), fc.nat(), (replicas, isrBits, liveBits, election, targetBits) => {
        const isr = replicas.filter((_, i) => (isrBits >>> i) & 1);
        if (isr.length === 0) isr.push(replicas[0]!);
        const p = partition({ replicas, isr, leader: isr[0]! });
        const isLive = (r: number) => ((liveBits >>> r) & 1) === 1;
        const targetIsr = isr.filter((_, i) => (targetBits >>> i) & 1);
        const c = buildPartitionChange(p, { isr: targetIsr, election, isAcceptableLeader: isLive });
        const after = c === null ? p : mergePartitionChange(p, c);
        expect(after.isr.length).toBeGreaterThan(0);
        if (after.leader !== -1) {
          expect(after.isr).toContain(after.leader);
          if (after.leader !== p.leader || after.leaderEpoch !== p.leaderEpoch) expect(isLive(after.leader)).toBe(true);
          if (after.leader !== p.leader) expect(after.leaderEpoch).toBe(p.leaderEpoch + 1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
