import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';

/**
 * DeleteRecords (KIP-107): moves each partition's log start offset to the given offset (-1: the
 * high watermark); whole segments below it are deleted. Offsets beyond the high watermark get
 * OFFSET_OUT_OF_RANGE.
 */
export const deleteRecordsHandler = defineHandler({
  apiKey: 21,
  minVersion: 0,
  maxVersion: 2,
  handle(request, ctx) {
    const { metadata, replicas } = ctx.services;
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => {
          const answer = (errorCode: number, lowWatermark = -1) => ({ partitionIndex: p.partitionIndex, lowWatermark: BigInt(lowWatermark), errorCode });
          const topic = metadata.topic(t.name);
          if (topic === undefined) return answer(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
          const partition = replicas.partition(t.name, p.partitionIndex);
          if (partition === undefined) return answer(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
          if (partition.state.leader !== replicas.nodeId) return answer(ErrorCode.NOT_LEADER_OR_FOLLOWER);
          const result = replicas.deleteRecords(partition, Number(p.offset));
          return answer(result.errorCode, result.lowWatermark);
        }),
      })),
    };
  },
});
