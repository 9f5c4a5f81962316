import { ErrorCode } from '@gregor/protocol';
import { defineHandler, type RequestContext } from './handler.js';

/** FindCoordinator key types (KIP-98, KIP-932). */
const KeyType = { group: 0, transaction: 1, share: 2 } as const;

interface Coordinator {
  key: string;
  nodeId: number;
  host: string;
  port: number;
  errorCode: number;
  errorMessage: string | null;
}

async function coordinatorFor(key: string, keyType: number, ctx: RequestContext): Promise<Coordinator> {
  if (keyType === KeyType.group) {
    if (key === '') return { key, nodeId: -1, host: '', port: -1, errorCode: ErrorCode.INVALID_GROUP_ID, errorMessage: 'The group id is empty' };
    return { key, ...(await ctx.services.groups.findCoordinator(key)) };
  }
  if (keyType === KeyType.transaction) {
    // No transaction coordinator yet: this broker answers, and InitProducerId with a
    // transactional id explains that transactions are not supported.
    const self = ctx.services.metadata.brokers().find((b) => b.nodeId === ctx.services.nodeId);
    if (self === undefined) return { key, nodeId: -1, host: '', port: -1, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, errorMessage: null };
    return { key, nodeId: self.nodeId, host: self.host, port: self.port, errorCode: ErrorCode.NONE, errorMessage: null };
  }
  return { key, nodeId: -1, host: '', port: -1, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unsupported key type ${keyType}` };
}

/**
 * FindCoordinator (v0-3 one key, v4+ batched keys, KIP-699). A group's coordinator is the
 * leader of its __consumer_offsets partition (abs(hashCode(groupId)) % partitions); the first
 * lookup creates the topic, as Kafka does. librdkafka also treats FindCoordinator v0 as the sign
 * that a broker supports snappy and lz4.
 */
export const findCoordinatorHandler = defineHandler({
  apiKey: 10,
  minVersion: 0,
  maxVersion: 6,
  async handle(request, ctx) {
    if (ctx.apiVersion >= 4) {
      const coordinators = await Promise.all(request.coordinatorKeys.map((key) => coordinatorFor(key, request.keyType, ctx)));
      return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, nodeId: -1, host: '', port: -1, coordinators };
    }
    const one = await coordinatorFor(request.key, ctx.apiVersion >= 1 ? request.keyType : KeyType.group, ctx);
    return { throttleTimeMs: 0, errorCode: one.errorCode, errorMessage: one.errorMessage, nodeId: one.nodeId, host: one.host, port: one.port, coordinators: [] };
  },
});
