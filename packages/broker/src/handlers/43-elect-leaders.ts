import type { ElectLeadersResponse as ControllerElectLeadersResponse } from '@gregor/controller';
import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';
import type { WriteReply } from '../cluster/controller-node.js';
import { RpcError } from '../cluster/rpc.js';

/**
 * ElectLeaders (KIP-460): PREFERRED (0) moves leadership back to each partition's first replica
 * when it is in the ISR; UNCLEAN (1) picks a leader for leaderless partitions even outside the
 * ISR. Forwarded to the active controller. A standalone node leads everything already, so every
 * partition answers ELECTION_NOT_NEEDED.
 */
export const electLeadersHandler = defineHandler({
  apiKey: 43,
  minVersion: 0,
  maxVersion: 2,
  async handle(request, ctx) {
    const { services } = ctx;
    const type = request.electionType === 1 ? 'unclean' : 'preferred';
    if (request.electionType !== 0 && request.electionType !== 1) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_REQUEST, replicaElectionResults: [] };
    }
    if (services.controllers === undefined) {
      const wanted = request.topicPartitions ?? [...services.metadata.topics()].map((t) => ({ topic: t.name, partitions: t.partitions.map((p) => p.partition) }));
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        replicaElectionResults: wanted.map((t) => ({
          topic: t.topic,
          partitionResult: t.partitions.map((p) => ({
            partitionId: p,
            errorCode: services.metadata.topic(t.topic)?.partitions[p] === undefined ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.ELECTION_NOT_NEEDED,
            errorMessage: null,
          })),
        })),
      };
    }
    try {
      const reply = await services.controllers.call<WriteReply<ControllerElectLeadersResponse>>(
        'electLeaders',
        { electionType: type, topicPartitions: request.topicPartitions },
        { timeoutMs: Math.min(Math.max(request.timeoutMs, 1000), 60_000) },
      );
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        replicaElectionResults: reply.response.results.map((t) => ({
          topic: t.topic,
          partitionResult: t.partitions.map((p) => ({ partitionId: p.partition, errorCode: p.errorCode, errorMessage: p.errorMessage })),
        })),
      };
    } catch (err) {
      if (!(err instanceof RpcError)) throw err;
      return { throttleTimeMs: 0, errorCode: err.code === ErrorCode.NOT_CONTROLLER ? ErrorCode.REQUEST_TIMED_OUT : err.code, replicaElectionResults: [] };
    }
  },
});
