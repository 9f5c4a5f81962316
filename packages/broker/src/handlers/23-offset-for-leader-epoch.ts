import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';

/**
 * OffsetsForLeaderEpoch (KIP-101, KIP-279, KIP-320): for each partition, the end offset of the
 * requested leader epoch in the leader's log (the start offset of the next higher epoch, or the
 * log end offset for the latest epoch) and the largest epoch at or below the requested one.
 * Followers use it to find where their log diverges; consumers (librdkafka, the Java client)
 * use it to detect truncation after a leader change. A consumer (replicaId -1) is answered up to
 * the high watermark, as Kafka does: an epoch's end past it is clamped. Versions 0-1 were
 * removed by KIP-896.
 */
export const offsetForLeaderEpochHandler = defineHandler({
  apiKey: 23,
  minVersion: 2,
  maxVersion: 4,
  handle(request, ctx) {
    const { replicas } = ctx.services;
    const fromConsumer = ctx.apiVersion < 3 || request.replicaId < 0;
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        topic: t.topic,
        partitions: t.partitions.map((p) => {
          const answer = (errorCode: number, leaderEpoch = -1, endOffset = -1n) => ({ errorCode, partition: p.partition, leaderEpoch, endOffset });
          const partition = replicas.partition(t.topic, p.partition);
          if (partition === undefined) return answer(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
          if (partition.state.leader !== replicas.nodeId) return answer(ErrorCode.NOT_LEADER_OR_FOLLOWER);
          if (p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch !== partition.leaderEpoch) {
            return answer(p.currentLeaderEpoch < partition.leaderEpoch ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH);
          }
          const found = partition.log.endOffsetForEpoch(p.leaderEpoch);
          if (found.epoch < 0) return answer(ErrorCode.NONE);
          const endOffset = fromConsumer ? Math.min(found.endOffset, partition.highWatermark) : found.endOffset;
          return answer(ErrorCode.NONE, found.epoch, BigInt(endOffset));
        }),
      })),
    };
  },
});
