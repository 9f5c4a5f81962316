import type { AlterPartitionReassignmentsResponse as ControllerResponse } from '@gregor/controller';
import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';
import type { WriteReply } from '../cluster/controller-node.js';
import { RpcError } from '../cluster/rpc.js';

/**
 * AlterPartitionReassignments (KIP-455): moves partitions to new replica sets, which is also how
 * the replication factor of an existing topic changes. The controller adds the new replicas,
 * they catch up by fetching from the leader and join the ISR, then the old ones are dropped;
 * `replicas: null` cancels a reassignment in progress. Forwarded to the active controller. A
 * standalone node has one broker and nothing to move: INVALID_REPLICA_ASSIGNMENT unless the
 * target is itself.
 */
export const alterPartitionReassignmentsHandler = defineHandler({
  apiKey: 45,
  minVersion: 0,
  maxVersion: 0,
  async handle(request, ctx) {
    const { services } = ctx;
    if (services.controllers === undefined) {
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        responses: request.topics.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((p) => ({
            partitionIndex: p.partitionIndex,
            errorCode: p.replicas === null ? ErrorCode.NO_REASSIGNMENT_IN_PROGRESS : ErrorCode.INVALID_REPLICA_ASSIGNMENT,
            errorMessage: 'a standalone broker cannot reassign partitions',
          })),
        })),
      };
    }
    try {
      const reply = await services.controllers.call<WriteReply<ControllerResponse>>(
        'alterPartitionReassignments',
        { topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partition: p.partitionIndex, replicas: p.replicas })) })) },
        { timeoutMs: Math.min(Math.max(request.timeoutMs, 1000), 60_000) },
      );
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        responses: reply.response.responses.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((p) => ({ partitionIndex: p.partition, errorCode: p.errorCode, errorMessage: p.errorMessage })),
        })),
      };
    } catch (err) {
      if (!(err instanceof RpcError)) throw err;
      return { throttleTimeMs: 0, errorCode: err.code === ErrorCode.NOT_CONTROLLER ? ErrorCode.REQUEST_TIMED_OUT : err.code, errorMessage: err.message, responses: [] };
    }
  },
});
