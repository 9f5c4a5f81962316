import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';

/**
 * OffsetDelete (KIP-496): removes a group's committed offsets of topics it no longer consumes;
 * a topic its members still subscribe to is GROUP_SUBSCRIBED_TO_TOPIC; a non-consumer group with
 * members is NON_EMPTY_GROUP.
 */
export const offsetDeleteHandler = defineHandler({
  apiKey: 47,
  minVersion: 0,
  maxVersion: 0,
  async handle(request, ctx) {
    const partitions = request.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex })));
    const r = await ctx.services.groups.deleteOffsets(request.groupId, partitions);
    const errors = new Map(r.partitions.map((p) => [`${p.topic}\u0000${p.partition}`, p.errorCode]));
    if (r.errorCode !== ErrorCode.NONE) return { errorCode: r.errorCode, throttleTimeMs: 0, topics: [] };
    return {
      errorCode: ErrorCode.NONE,
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: errors.get(`${t.name}\u0000${p.partitionIndex}`) ?? ErrorCode.NONE })),
      })),
    };
  },
});
