import {
  ErrorCode,
  type FetchRequest,
  type FetchResponse,
  type FetchResponsePartitionData,
} from '@gregor/protocol';
import { defineHandler, type RequestContext } from './handler.js';
import type { Partition } from '../services/replica-manager.js';
import { FETCH_WAIT_MS_MAX } from '../limits.js';

/**
 * Fetch for consumers and followers. Stored batches go out untouched (the response writer references them
 * instead of copying). A fetch with less than minBytes available parks until an append wakes it
 * or maxWaitMs passes (long poll). Limits: partitionMaxBytes per partition and maxBytes per
 * response, except that the first partition with data returns at least one whole batch (KIP-74).
 * Fetch sessions (KIP-227) are declined by answering sessionId 0, which the protocol allows: the
 * client then sends full requests. Versions below 4 were removed by KIP-896. Version 13+
 * addresses topics by id. A follower (replica id >= 0) reads up to the log end instead of the
 * high watermark, reports its log end offset with each fetch, and is told when its log diverged
 * (KIP-320 diverging epoch).
 */
export const fetchHandler = defineHandler({
  apiKey: 1,
  minVersion: 4,
  maxVersion: 17,
  async handle(request, ctx) {
    if (request.sessionId !== 0) {
      // We never hand out sessions, so any id the client names is unknown to us.
      return { throttleTimeMs: 0, errorCode: ErrorCode.FETCH_SESSION_ID_NOT_FOUND, sessionId: 0, responses: [] };
    }
    const waitMs = Math.min(Math.max(request.maxWaitMs, 0), FETCH_WAIT_MS_MAX);
    const deadline = ctx.services.nowMs() + waitMs;
    // Reads served from a leader's in-memory tail are views of memory it reuses once released:
    // release them when the response is written (also those of rounds a long poll discarded).
    const releases: Array<() => void> = [];
    try {
      for (;;) {
        const round = readOnce(request, ctx, releases);
        const remaining = deadline - ctx.services.nowMs();
        if (round.bytes >= request.minBytes || round.hasError || remaining <= 0 || round.partitions.length === 0) {
          return round.response;
        }
        const waited = await ctx.services.fetchWaiters.wait(round.partitions, remaining);
        if (!waited) return round.response;
      }
    } finally {
      if (releases.length > 0) ctx.onResponseWritten?.(() => releases.forEach((release) => release()));
    }
  },
});

interface Round {
  response: FetchResponse;
  bytes: number;
  hasError: boolean;
  partitions: Partition[];
}

function readOnce(request: FetchRequest, ctx: RequestContext, releases: Array<() => void>): Round {
  const { metadata, replicas } = ctx.services;
  const byId = ctx.apiVersion >= 13;
  // A follower fetches as a replica: replica id before v15, replica state from v15 (KIP-903).
  const replicaId = ctx.apiVersion >= 15 ? (request.replicaState?.replicaId ?? -1) : request.replicaId;
  let responseBytesLeft = request.maxBytes;
  let bytes = 0;
  let hasError = false;
  let first = true;
  const partitions: Partition[] = [];

  const responses = request.topics.map((t) => {
    const topic = byId ? metadata.topicById(t.topicId) : metadata.topic(t.topic);
    const parts = t.partitions.map((p): FetchResponsePartitionData => {
      const answer = (errorCode: number, extra: Partial<FetchResponsePartitionData> = {}): FetchResponsePartitionData => {
        if (errorCode !== ErrorCode.NONE) hasError = true;
        return {
          partitionIndex: p.partition,
          errorCode,
          highWatermark: -1n,
          lastStableOffset: -1n,
          logStartOffset: -1n,
          abortedTransactions: null,
          preferredReadReplica: -1,
          records: null,
          ...extra,
        };
      };
      if (topic === undefined) return answer(byId ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      const partition = replicas.partition(topic.name, p.partition);
      if (partition === undefined) return answer(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      if (partition.state.leader !== replicas.nodeId) return answer(ErrorCode.NOT_LEADER_OR_FOLLOWER);
      if (p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch !== partition.leaderEpoch) {
        return answer(p.currentLeaderEpoch < partition.leaderEpoch ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH);
      }
      partitions.push(partition);
      const maxBytes = Math.min(p.partitionMaxBytes, responseBytesLeft);
      if (replicaId >= 0 && !partition.state.replicas.includes(replicaId)) return answer(ErrorCode.NOT_LEADER_OR_FOLLOWER);
      const read =
        replicaId >= 0
          ? replicas.readForFollower(partition, replicaId, Number(p.fetchOffset), ctx.apiVersion >= 12 ? p.lastFetchedEpoch : -1, maxBytes, first)
          : replicas.readForFetch(partition, Number(p.fetchOffset), maxBytes, first);
      if (read.release !== undefined) releases.push(read.release);
      const diverging = (read as { divergingEpoch?: { epoch: number; endOffset: number } }).divergingEpoch;
      if (diverging !== undefined) {
        hasError = true; // answer at once: the follower must truncate before fetching again
        return answer(ErrorCode.NONE, {
          highWatermark: BigInt(read.highWatermark),
          lastStableOffset: BigInt(read.lastStableOffset),
          logStartOffset: BigInt(read.logStartOffset),
          divergingEpoch: { epoch: diverging.epoch, endOffset: BigInt(diverging.endOffset) },
          records: read.records,
        });
      }
      if (read.bytes > 0) {
        first = false;
        bytes += read.bytes;
        responseBytesLeft = Math.max(0, responseBytesLeft - read.bytes);
      }
      return answer(read.errorCode, {
        highWatermark: BigInt(read.highWatermark),
        lastStableOffset: BigInt(read.lastStableOffset),
        logStartOffset: BigInt(read.logStartOffset),
        abortedTransactions: request.isolationLevel === 1 ? [] : null,
        records: read.records,
      });
    });
    return { topic: topic?.name ?? t.topic, topicId: topic?.topicId ?? t.topicId, partitions: parts };
  });

  return {
    response: { throttleTimeMs: 0, errorCode: ErrorCode.NONE, sessionId: 0, responses },
    bytes,
    hasError,
    partitions,
  };
}
