import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';

/** FindCoordinator key types (KIP-98, KIP-932). */
const KeyType = { group: 0, transaction: 1, share: 2 } as const;

/**
 * FindCoordinator (v0-3 one key, v4+ batched keys, KIP-699). In single-node mode this broker
 * coordinates every group and transactional id; in a cluster the coordinator is the leader of
 * the key's __consumer_offsets / __transaction_state partition (the groups issue). librdkafka
 * also treats FindCoordinator v0 as the sign that a broker supports snappy and lz4.
 */
export const findCoordinatorHandler = defineHandler({
  apiKey: 10,
  minVersion: 0,
  maxVersion: 6,
  handle(request, ctx) {
    const self = ctx.services.metadata.brokers().find((b) => b.nodeId === ctx.services.nodeId)!;
    const answer = (key: string) => {
      if (request.keyType !== KeyType.group && request.keyType !== KeyType.transaction) {
        return { key, nodeId: -1, host: '', port: -1, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unsupported key type ${request.keyType}` };
      }
      if (key === '' && request.keyType === KeyType.group) {
        return { key, nodeId: -1, host: '', port: -1, errorCode: ErrorCode.INVALID_GROUP_ID, errorMessage: 'The group id is empty' };
      }
      return { key, nodeId: self.nodeId, host: self.host, port: self.port, errorCode: ErrorCode.NONE, errorMessage: null };
    };
    if (ctx.apiVersion >= 4) {
      return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, nodeId: -1, host: '', port: -1, coordinators: request.coordinatorKeys.map(answer) };
    }
    const one = answer(request.key);
    return { throttleTimeMs: 0, errorCode: one.errorCode, errorMessage: one.errorMessage, nodeId: one.nodeId, host: one.host, port: one.port, coordinators: [] };
  },
});
