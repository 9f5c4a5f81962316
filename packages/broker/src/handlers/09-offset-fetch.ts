import { ErrorCode, type OffsetFetchResponseOffsetFetchResponseTopic } from '@gregor/protocol';
import { defineHandler } from './handler.js';
import type { FetchedOffset } from '../groups/core/shard.js';

function byTopic(offsets: readonly FetchedOffset[]): OffsetFetchResponseOffsetFetchResponseTopic[] {
  const topics = new Map<string, OffsetFetchResponseOffsetFetchResponseTopic>();
  for (const o of offsets) {
    let t = topics.get(o.topic);
    if (t === undefined) {
      t = { name: o.topic, partitions: [] };
      topics.set(o.topic, t);
    }
    t.partitions.push({ partitionIndex: o.partition, committedOffset: BigInt(o.offset), committedLeaderEpoch: o.leaderEpoch, metadata: o.metadata, errorCode: o.errorCode });
  }
  return [...topics.values()];
}

/**
 * OffsetFetch: the committed offsets of a group's partitions (-1 where none), or all of them
 * (topics null, v2+). v8+ asks for several groups at once (KIP-709), each answered by its own
 * coordinator status. v1 has no top-level error: a coordinator error is set on every
 * partition. Only replicated commits are visible, so requireStable (v7, KIP-447) needs no wait.
 * v9: members of KIP-848 groups give their member id and epoch (STALE_MEMBER_EPOCH, UNKNOWN_MEMBER_ID).
 * Version 0 (ZooKeeper offsets) was removed by KIP-896.
 */
export const offsetFetchHandler = defineHandler({
  apiKey: 9,
  minVersion: 1,
  maxVersion: 9,
  async handle(request, ctx) {
    const v = ctx.apiVersion;
    const { groups } = ctx.services;
    const fetchOne = async (groupId: string, topics: ReadonlyArray<{ name: string; partitionIndexes: readonly number[] }> | null, member?: { memberId: string | null; memberEpoch: number }) => {
      const r = await groups.fetchOffsets(groupId, topics === null ? null : topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes })), member);
      if (r.errorCode !== ErrorCode.NONE && topics !== null && v < 2) {
        // v1: the error goes on every requested partition.
        return { errorCode: ErrorCode.NONE, topics: topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((p) => ({ partitionIndex: p, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: r.errorCode })) })) };
      }
      return { errorCode: r.errorCode, topics: byTopic(r.offsets) };
    };
    if (v >= 8) {
      // v9 (KIP-848): a member names itself and its epoch; -1 (admins, classic members) is not checked.
      const results = await Promise.all(request.groups.map(async (g) => ({ groupId: g.groupId, ...(await fetchOne(g.groupId, g.topics, v >= 9 ? { memberId: g.memberId, memberEpoch: g.memberEpoch } : undefined)) })));
      return { throttleTimeMs: 0, topics: [], errorCode: ErrorCode.NONE, groups: results };
    }
    const one = await fetchOne(request.groupId, v >= 2 ? request.topics : (request.topics ?? []));
    return { throttleTimeMs: 0, topics: one.topics, errorCode: v >= 2 ? one.errorCode : ErrorCode.NONE, groups: [] };
  },
});
