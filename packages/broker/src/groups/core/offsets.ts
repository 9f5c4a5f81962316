import type { GroupRecord, TopicPartitionOffsetValue } from './types.js';

export interface StoredOffset {
  readonly topic: string;
  readonly partition: number;
  readonly value: TopicPartitionOffsetValue;
}

const tpKey = (topic: string, partition: number): string => `${topic}\u0000${partition}`;

/**
 * Committed offsets of the groups of one __consumer_offsets partition, by group, then by topic
 * partition. Changes come only through `apply` (a commit or a tombstone record), so replaying
 * the log rebuilds exactly what serving wrote.
 */
export class OffsetStore {
  private readonly byGroup = new Map<string, Map<string, StoredOffset>>();

  apply(record: Extract<GroupRecord, { kind: 'offset-commit' }>): void {
    const key = tpKey(record.topic, record.partition);
    if (record.value === null) {
      const offsets = this.byGroup.get(record.groupId);
      if (offsets === undefined) return;
      offsets.delete(key);
      if (offsets.size === 0) this.byGroup.delete(record.groupId);
      return;
    }
    let offsets = this.byGroup.get(record.groupId);
    if (offsets === undefined) {
      offsets = new Map();
      this.byGroup.set(record.groupId, offsets);
    }
    offsets.set(key, { topic: record.topic, partition: record.partition, value: record.value });
  }

  get(groupId: string, topic: string, partition: number): StoredOffset | undefined {
    return this.byGroup.get(groupId)?.get(tpKey(topic, partition));
  }

  /** Every offset of a group, sorted by topic then partition. */
  all(groupId: string): StoredOffset[] {
    const offsets = this.byGroup.get(groupId);
    if (offsets === undefined) return [];
    return [...offsets.values()].sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
  }

  hasOffsets(groupId: string): boolean {
    return this.byGroup.has(groupId);
  }

  groupIds(): Iterable<string> {
    return this.byGroup.keys();
  }

  /** Tombstones for the given offsets of a group (all of them by default). */
  tombstones(groupId: string, which?: ReadonlyArray<{ topic: string; partition: number }>): GroupRecord[] {
    const offsets = which === undefined ? this.all(groupId) : which.filter((tp) => this.get(groupId, tp.topic, tp.partition) !== undefined);
    return offsets.map((o) => ({ kind: 'offset-commit', groupId, topic: o.topic, partition: o.partition, value: null }));
  }
}
