// Goal: the metadata image is a faithful, immutable fold of the records: a snapshot
// (toRecords / encodeMetadataSnapshot) rebuilds an identical image, derived indexes always equal
// what a full scan computes, older images never change, diff reports exactly what changed, and a
// replay that does not fit the image stops with ControllerInvariantError. Method: fast-check
// histories of valid batches, with full-scan oracles.
import fc from 'fast-check';
import { pack } from 'msgpackr';
import { describe, expect, it } from 'vitest';
import { historyArb } from '../../test/arbitraries.js';
import { ControllerInvariantError } from '../assert.js';
import { MetadataRecordDecodeError } from '../records/codec.js';
import { diff, localChanges } from './delta.js';
import { MetadataImage, partitionKey } from './metadata-image.js';
import { decodeMetadataSnapshot, encodeMetadataSnapshot, imagesEqual } from './snapshot.js';

function scanIndexes(image: MetadataImage) {
  const leaders = new Map<number, number>();
  const replicas = new Map<number, number>();
  const isr = new Map<number, string[]>();
  const leaderless: string[] = [];
  for (const t of image.topicsById.values()) {
    for (const p of t.partitions.values()) {
      const key = partitionKey(p.topicId, p.partition);
      if (p.leader === -1) leaderless.push(key);
      else leaders.set(p.leader, (leaders.get(p.leader) ?? 0) + 1);
      for (const r of p.replicas) replicas.set(r, (replicas.get(r) ?? 0) + 1);
      for (const r of p.isr) isr.set(r, [...(isr.get(r) ?? []), key].sort());
    }
  }
  return { leaders, replicas, isr, leaderless: leaderless.sort() };
}

function indexes(image: MetadataImage) {
  return {
    leaders: new Map(image.leaderCounts),
    replicas: new Map(image.replicaCounts),
    isr: new Map([...image.isrMemberships].map(([b, m]) => [b, m.sortedKeys()])),
    leaderless: image.leaderless.sortedKeys(),
  };
}

describe('MetadataImage', () => {
  it('rebuilds an identical image from its snapshot, at every point of a history', () => {
    fc.assert(
      fc.property(historyArb, ({ images }) => {
        for (const image of images) {
          const rebuilt = MetadataImage.fromRecords(image.toRecords(), image.offset, image.epoch);
          expect(imagesEqual(rebuilt, image)).toBe(true);
          expect(rebuilt.toRecords()).toEqual(image.toRecords());
          const decoded = decodeMetadataSnapshot(encodeMetadataSnapshot(image));
          expect(imagesEqual(decoded, image)).toBe(true);
          expect(indexes(decoded)).toEqual(indexes(image));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps its derived indexes equal to a full scan', () => {
    fc.assert(
      fc.property(historyArb, ({ images }) => {
        for (const image of images) expect(indexes(image)).toEqual(scanIndexes(image));
      }),
      { numRuns: 100 },
    );
  });

  it('never changes an older image (persistence)', () => {
    fc.assert(
      fc.property(historyArb, ({ batches, images }) => {
        const before = images.map((i) => encodeMetadataSnapshot(i));
        // Re-apply every batch on top of every image: older images must be untouched.
        let x = MetadataImage.EMPTY;
        for (const b of batches) x = x.applyBatch(b.records, b.offset, b.epoch);
        expect(images.map((i) => encodeMetadataSnapshot(i))).toEqual(before);
        expect(imagesEqual(x, images[images.length - 1]!)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('diff reports exactly the changed topics, partitions, brokers and configs', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), fc.nat(), ({ images }, i, j) => {
        const a = images[Math.min(i, j) % images.length]!;
        const b = images[Math.max(i, j) % images.length]!;
        const d = diff(a, b);
        const idsA = new Set(a.topicsById.keys());
        const idsB = new Set(b.topicsById.keys());
        expect(d.createdTopics.map((t) => t.topicId).sort()).toEqual([...idsB].filter((x) => !idsA.has(x)).sort());
        expect(d.deletedTopics.map((t) => t.topicId).sort()).toEqual([...idsA].filter((x) => !idsB.has(x)).sort());
        const expectedParts: string[] = [];
        for (const t of b.topicsById.values()) {
          for (const p of t.partitions.values()) {
            const old = a.partition(t.topicId, p.partition);
            if (old === undefined || JSON.stringify(old) !== JSON.stringify(p)) expectedParts.push(partitionKey(t.topicId, p.partition));
          }
        }
        // Identity-based diff may report a partition rewritten to equal content; it must never miss one.
        const reported = d.changedPartitions.map((p) => partitionKey(p.topicId, p.partition));
        for (const k of expectedParts) expect(reported).toContain(k);
        for (const p of d.changedPartitions) expect(p.after).toBe(b.partition(p.topicId, p.partition));
        const expectedBrokers = [...new Set([...a.brokers.keys(), ...b.brokers.keys()])]
          .filter((id) => JSON.stringify(a.broker(id)) !== JSON.stringify(b.broker(id)))
          .sort((x, y) => x - y);
        for (const id of expectedBrokers) expect(d.changedBrokers.map((x) => x.brokerId)).toContain(id);
        expect(d.isEmpty).toBe(a === b || (d.createdTopics.length === 0 && d.deletedTopics.length === 0 && d.changedPartitions.length === 0 && d.changedBrokers.length === 0 && d.changedTopicConfigs.length === 0 && d.changedBrokerConfigs.length === 0 && d.changedFeatures.length === 0 && !d.nextProducerIdChanged));
        if (a === b) expect(d.isEmpty).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('localChanges replays a broker replica set: applying every delta gives what the final image says', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(7), ({ images }, brokerId) => {
        const local = new Map<string, { leader: boolean; leaderEpoch: number }>();
        for (let k = 1; k < images.length; k++) {
          const changes = localChanges(diff(images[k - 1]!, images[k]!), brokerId);
          for (const p of changes.deleted) local.delete(partitionKey(p.topicId, p.partition));
          for (const p of changes.leaders) local.set(partitionKey(p.topicId, p.partition), { leader: true, leaderEpoch: p.leaderEpoch });
          for (const p of changes.followers) local.set(partitionKey(p.topicId, p.partition), { leader: false, leaderEpoch: p.leaderEpoch });
        }
        const expected = new Map<string, { leader: boolean; leaderEpoch: number }>();
        for (const t of images[images.length - 1]!.topicsById.values()) {
          for (const p of t.partitions.values()) {
            if (p.replicas.includes(brokerId)) expected.set(partitionKey(p.topicId, p.partition), { leader: p.leader === brokerId, leaderEpoch: p.leaderEpoch });
          }
        }
        expect(local).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('applies PartitionChange like KRaft: partition epoch always, leader epoch only with a leader field', () => {
    const id = 'AAAAAAAAAAAAAAAAAAAAAQ';
    let img = MetadataImage.EMPTY.applyBatch(
      [
        { type: 'Topic', version: 0, name: 't', topicId: id },
        { type: 'Partition', version: 0, topicId: id, partition: 0, replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1, leaderEpoch: 0, partitionEpoch: 0, addingReplicas: [], removingReplicas: [], leaderRecoveryState: 0 },
      ],
      1,
      1,
    );
    img = img.apply({ type: 'PartitionChange', version: 0, topicId: id, partition: 0, isr: [1, 2] }, 2);
    expect(img.partition(id, 0)).toMatchObject({ isr: [1, 2], leader: 1, leaderEpoch: 0, partitionEpoch: 1 });
    img = img.apply({ type: 'PartitionChange', version: 0, topicId: id, partition: 0, leader: 2 }, 3);
    expect(img.partition(id, 0)).toMatchObject({ leader: 2, leaderEpoch: 1, partitionEpoch: 2 });
    img = img.apply({ type: 'PartitionChange', version: 0, topicId: id, partition: 0, leader: 2 }, 4);
    expect(img.partition(id, 0)).toMatchObject({ leader: 2, leaderEpoch: 2, partitionEpoch: 3 });
    expect(img.leaderCount(2)).toBe(1);
    expect(img.leaderCount(1)).toBe(0);
  });

  it('stops with ControllerInvariantError on a record that does not fit', () => {
    const id = 'AAAAAAAAAAAAAAAAAAAAAQ';
    const e = MetadataImage.EMPTY;
    expect(() => e.apply({ type: 'PartitionChange', version: 0, topicId: id, partition: 0, leader: 1 }, 1)).toThrow(ControllerInvariantError);
    expect(() => e.apply({ type: 'RemoveTopic', version: 0, topicId: id }, 1)).toThrow(ControllerInvariantError);
    expect(() => e.apply({ type: 'UnregisterBroker', version: 0, brokerId: 1, brokerEpoch: 1 }, 1)).toThrow(ControllerInvariantError);
    const t = e.apply({ type: 'Topic', version: 0, name: 't', topicId: id }, 1);
    expect(() => t.apply({ type: 'Topic', version: 0, name: 't', topicId: 'AAAAAAAAAAAAAAAAAAAAAg' }, 2)).toThrow(ControllerInvariantError);
    expect(() => t.apply({ type: 'ProducerIds', version: 0, brokerId: 1, brokerEpoch: 1, nextProducerId: 0 }, 2)).toThrow(ControllerInvariantError);
    expect(() => t.applyBatch([], 0, 1)).toThrow('metadata offset going backwards');
    // A snapshot whose records do not fit is a decode error for whoever fetched it.
    const bad = pack({ format: 0, offset: 3, epoch: 1, records: [{ type: 'RemoveTopic', version: 0, topicId: id }] });
    expect(() => decodeMetadataSnapshot(bad)).toThrow(MetadataRecordDecodeError);
    expect(() => decodeMetadataSnapshot(pack({ format: 7, offset: 3, epoch: 1, records: [] }))).toThrow('unknown metadata snapshot format 7');
  });
});
