import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';
import type { CommitPartition } from '../groups/core/shard.js';

/**
 * OffsetCommit: a group member commits with its generation (classic) or member epoch
 * (KIP-848, v9); an assign() consumer or an admin tool commits with generation -1 into an empty
 * group. Offsets of partitions that do not exist are refused (UNKNOWN_TOPIC_OR_PARTITION), as
 * Kafka does. v2-4 carry a retention time (KIP-211 removed it from v5). The answer comes once
 * the commit is replicated to every in-sync replica of the group's __consumer_offsets partition.
 * Versions 0-1 were removed by KIP-896.
 */
export const offsetCommitHandler = defineHandler({
  apiKey: 8,
  minVersion: 2,
  maxVersion: 9,
  async handle(request, ctx) {
    const v = ctx.apiVersion;
    const { metadata, groups } = ctx.services;
    const errors = new Map<string, number>();
    const valid: CommitPartition[] = [];
    for (const t of request.topics) {
      const topic = metadata.topic(t.name);
      for (const p of t.partitions) {
        if (topic === undefined || topic.partitions[p.partitionIndex] === undefined) {
          errors.set(`${t.name}\u0000${p.partitionIndex}`, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
          continue;
        }
        valid.push({
          topic: t.name,
          partition: p.partitionIndex,
          offset: Number(p.committedOffset),
          leaderEpoch: v >= 6 ? p.committedLeaderEpoch : -1,
          metadata: p.committedMetadata,
          commitTimestampMs: -1,
        });
      }
    }
    if (valid.length > 0 || request.topics.length === 0) {
      const r = await groups.commitOffsets(
        request.groupId,
        { memberId: request.memberId, groupInstanceId: v >= 7 ? request.groupInstanceId : null, generationId: request.generationIdOrMemberEpoch },
        v >= 2 && v <= 4 ? Number(request.retentionTimeMs) : -1,
        valid,
        v >= 9,
      );
      for (const p of r.partitions) errors.set(`${p.topic}\u0000${p.partition}`, p.errorCode);
    }
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: errors.get(`${t.name}\u0000${p.partitionIndex}`) ?? ErrorCode.UNKNOWN_SERVER_ERROR })),
      })),
    };
  },
});
