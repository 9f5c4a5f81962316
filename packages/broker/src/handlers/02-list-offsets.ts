import { ErrorCode, type ListOffsetsResponseListOffsetsPartitionResponse } from '@gregor/protocol';
import { defineHandler } from './handler.js';

/** Special timestamps of ListOffsets (KIP-79, KIP-734, KIP-405, KIP-1005). */
const LATEST = -1n;
const EARLIEST = -2n;
const MAX_TIMESTAMP = -3n;
const EARLIEST_LOCAL = -4n;
const LATEST_TIERED = -5n;

/**
 * ListOffsets: earliest (log start), latest (high watermark, or last stable offset for
 * read_committed), the record with the largest timestamp, or the first offset whose timestamp is
 * at least the one asked. Offsets at or past the high watermark are never revealed to consumers.
 * Version 0 was removed by KIP-896.
 */
export const listOffsetsHandler = defineHandler({
  apiKey: 2,
  minVersion: 1,
  maxVersion: 10,
  handle(request, ctx) {
    const { metadata, replicas } = ctx.services;
    const topics = request.topics.map((t) => {
      const topic = metadata.topic(t.name);
      const partitions = t.partitions.map((p): ListOffsetsResponseListOffsetsPartitionResponse => {
        const answer = (errorCode: number, offset = -1n, timestamp = -1n, leaderEpoch = -1) => ({
          partitionIndex: p.partitionIndex,
          errorCode,
          oldStyleOffsets: [],
          timestamp,
          offset,
          leaderEpoch,
        });
        if (topic === undefined) return answer(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        const partition = replicas.partition(topic.name, p.partitionIndex);
        if (partition === undefined) return answer(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        if (partition.state.leader !== replicas.nodeId) return answer(ErrorCode.NOT_LEADER_OR_FOLLOWER);
        if (p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch !== partition.leaderEpoch) {
          return answer(p.currentLeaderEpoch < partition.leaderEpoch ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH);
        }
        const log = partition.log;
        const epoch = partition.leaderEpoch;
        switch (p.timestamp) {
          case LATEST:
            return answer(ErrorCode.NONE, BigInt(partition.highWatermark), -1n, epoch);
          case EARLIEST:
          case EARLIEST_LOCAL:
            return answer(ErrorCode.NONE, BigInt(log.logStartOffset), -1n, epoch);
          case LATEST_TIERED:
            // No tiered storage: there is no tiered offset (KIP-1005 answers -1).
            return answer(ErrorCode.NONE, -1n, -1n, -1);
          case MAX_TIMESTAMP: {
            const found = replicas.maxTimestampOffset(partition);
            if (found === null || found.offset >= partition.highWatermark) return answer(ErrorCode.NONE, -1n, -1n, -1);
            return answer(ErrorCode.NONE, BigInt(found.offset), BigInt(found.timestampMs), found.leaderEpoch);
          }
          default: {
            if (p.timestamp < 0n) return answer(ErrorCode.INVALID_REQUEST);
            const found = replicas.offsetForTimestamp(partition, Number(p.timestamp));
            if (found === null || found.offset >= partition.highWatermark) return answer(ErrorCode.NONE, -1n, -1n, -1);
            return answer(ErrorCode.NONE, BigInt(found.offset), BigInt(found.timestampMs), found.leaderEpoch);
          }
        }
      });
      return { name: t.name, partitions };
    });
    return { throttleTimeMs: 0, topics };
  },
});
