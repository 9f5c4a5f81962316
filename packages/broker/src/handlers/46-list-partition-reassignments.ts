import type { ListPartitionReassignmentsResponse as ControllerResponse } from '@gregor/controller';
import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';
import { RpcError } from '../cluster/rpc.js';

/** ListPartitionReassignments (KIP-455): reassignments in progress, from the active controller. */
export const listPartitionReassignmentsHandler = defineHandler({
  apiKey: 46,
  minVersion: 0,
  maxVersion: 0,
  async handle(request, ctx) {
    const { services } = ctx;
    if (services.controllers === undefined) return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, topics: [] };
    try {
      const r = await services.controllers.call<ControllerResponse>(
        'listPartitionReassignments',
        request.topics === null ? null : request.topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes })),
        { timeoutMs: Math.min(Math.max(request.timeoutMs, 1000), 60_000) },
      );
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        topics: r.topics.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((p) => ({ partitionIndex: p.partition, replicas: [...p.replicas], addingReplicas: [...p.addingReplicas], removingReplicas: [...p.removingReplicas] })),
        })),
      };
    } catch (err) {
      if (!(err instanceof RpcError)) throw err;
      return { throttleTimeMs: 0, errorCode: err.code === ErrorCode.NOT_CONTROLLER ? ErrorCode.REQUEST_TIMED_OUT : err.code, errorMessage: err.message, topics: [] };
    }
  },
});
