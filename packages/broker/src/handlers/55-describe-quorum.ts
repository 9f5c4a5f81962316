import { ErrorCode, ZERO_UUID } from '@gregor/protocol';
import { defineHandler } from './handler.js';
import type { QuorumDescription } from '../cluster/controller-node.js';
import { RpcError } from '../cluster/rpc.js';

const METADATA_TOPIC = '__cluster_metadata';

/**
 * DescribeQuorum (KIP-595, KIP-836): the metadata quorum's leader, epoch, high watermark and
 * each voter's and observer's replication state. A broker forwards it to the active controller,
 * as Kafka's brokers do. A standalone node (no quorum) describes itself as a quorum of one.
 */
export const describeQuorumHandler = defineHandler({
  apiKey: 55,
  minVersion: 0,
  maxVersion: 2,
  async handle(request, ctx) {
    const { services } = ctx;
    const asksMetadata = request.topics.length === 1 && request.topics[0]!.topicName === METADATA_TOPIC &&
      request.topics[0]!.partitions.length === 1 && request.topics[0]!.partitions[0]!.partitionIndex === 0;
    if (!asksMetadata) {
      return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `DescribeQuorum describes ${METADATA_TOPIC}-0 only`, topics: [], nodes: [] };
    }
    let q: QuorumDescription;
    if (services.controllers !== undefined) {
      try {
        q = await services.controllers.call<QuorumDescription>('describeQuorum', {}, { timeoutMs: 10_000 });
      } catch (err) {
        if (!(err instanceof RpcError)) throw err;
        return { errorCode: ErrorCode.NOT_CONTROLLER === err.code ? ErrorCode.REQUEST_TIMED_OUT : err.code, errorMessage: err.message, topics: [], nodes: [] };
      }
    } else {
      const now = BigInt(services.nowMs());
      q = { leaderId: services.nodeId, leaderEpoch: 0, highWatermark: 0, voters: [{ replicaId: services.nodeId, logEndOffset: 0, lastFetchTimestamp: Number(now), lastCaughtUpTimestamp: Number(now) }], observers: [] };
    }
    const replica = (r: QuorumDescription['voters'][number]) => ({
      replicaId: r.replicaId,
      replicaDirectoryId: ZERO_UUID,
      logEndOffset: BigInt(r.logEndOffset),
      lastFetchTimestamp: BigInt(r.lastFetchTimestamp),
      lastCaughtUpTimestamp: BigInt(r.lastCaughtUpTimestamp),
    });
    const voters = services.config.controllerQuorumVoters;
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      topics: [{
        topicName: METADATA_TOPIC,
        partitions: [{
          partitionIndex: 0,
          errorCode: ErrorCode.NONE,
          errorMessage: null,
          leaderId: q.leaderId,
          leaderEpoch: q.leaderEpoch,
          highWatermark: BigInt(q.highWatermark),
          currentVoters: q.voters.map(replica),
          observers: q.observers.map(replica),
        }],
      }],
      nodes: voters.map((v) => ({ nodeId: v.id, listeners: [{ name: services.config.controllerListenerNames[0] ?? 'CONTROLLER', host: v.host, port: v.port }] })),
    };
  },
});
