import { defineHandler } from './handler.js';
import { clientHostOf } from '../groups/wire.js';

/**
 * ConsumerGroupHeartbeat (KIP-848): the consumer group protocol's only call. Epoch 0 joins,
 * the member's epoch heartbeats (and reports the partitions it owns), -1 leaves, -2 leaves a
 * static membership for a while. The coordinator computes assignments with its server-side
 * assignor (uniform or range) and reconciles each member incrementally; the answer carries the
 * member's epoch and, when it changed, its assignment. v1 adds regular expression
 * subscriptions (matched against whole topic names, as Java's Pattern.matches).
 */
export const consumerGroupHeartbeatHandler = defineHandler({
  apiKey: 68,
  minVersion: 0,
  maxVersion: 1,
  async handle(request, ctx) {
    const r = await ctx.services.groups.consumerGroupHeartbeat(request.groupId, {
      memberId: request.memberId,
      memberEpoch: request.memberEpoch,
      instanceId: request.instanceId,
      rackId: request.rackId,
      rebalanceTimeoutMs: request.rebalanceTimeoutMs,
      subscribedTopicNames: request.subscribedTopicNames,
      subscribedTopicRegex: ctx.apiVersion >= 1 ? request.subscribedTopicRegex : null,
      serverAssignor: request.serverAssignor,
      ownedTopicPartitions: request.topicPartitions === null ? null : request.topicPartitions.map((t) => ({ topicId: t.topicId, partitions: [...t.partitions] })),
      clientId: ctx.clientId ?? '',
      clientHost: clientHostOf(ctx.remoteAddress),
    });
    return {
      throttleTimeMs: 0,
      errorCode: r.errorCode,
      errorMessage: r.errorMessage,
      memberId: r.memberId,
      memberEpoch: r.memberEpoch,
      heartbeatIntervalMs: r.heartbeatIntervalMs,
      assignment: r.assignment === null ? null : { topicPartitions: r.assignment.map((t) => ({ topicId: t.topicId, partitions: [...t.partitions] })) },
    };
  },
});
