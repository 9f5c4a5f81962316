import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';
import { CLUSTER_AUTHORIZED_OPERATIONS, UNREQUESTED_AUTHORIZED_OPERATIONS } from './acl-ops.js';

/** DescribeCluster (KIP-700): live brokers, controller and cluster id; endpointType 2 (KIP-919) lists the controllers. */
export const describeClusterHandler = defineHandler({
  apiKey: 60,
  minVersion: 0,
  maxVersion: 1,
  handle(request, ctx) {
    const { metadata } = ctx.services;
    const base = {
      throttleTimeMs: 0,
      endpointType: request.endpointType,
      clusterId: metadata.clusterId,
      controllerId: metadata.controllerId,
      clusterAuthorizedOperations: request.includeClusterAuthorizedOperations
        ? CLUSTER_AUTHORIZED_OPERATIONS
        : UNREQUESTED_AUTHORIZED_OPERATIONS,
    };
    if (request.endpointType !== 1 && request.endpointType !== 2) {
      return { ...base, errorCode: ErrorCode.UNSUPPORTED_ENDPOINT_TYPE, errorMessage: `Unsupported endpoint type ${request.endpointType}`, brokers: [] };
    }
    // endpointType 2 (KIP-919) lists the controller quorum; a standalone node is its own controller.
    const voters = ctx.services.config.controllerQuorumVoters;
    const brokers =
      request.endpointType === 2 && voters.length > 0
        ? voters.map((v) => ({ brokerId: v.id, host: v.host, port: v.port, rack: null }))
        : metadata.brokers(ctx.listenerName).map((b) => ({ brokerId: b.nodeId, host: b.host, port: b.port, rack: b.rack }));
    return { ...base, errorCode: ErrorCode.NONE, errorMessage: null, brokers };
  },
});
