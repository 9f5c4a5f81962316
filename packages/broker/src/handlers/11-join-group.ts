import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';
import { clientHostOf } from '../groups/wire.js';

/**
 * JoinGroup (classic protocol): the member joins, or rejoins, and waits until the rebalance
 * completes; the leader gets every member's metadata and assigns in the client. v4+: a new
 * member first gets MEMBER_ID_REQUIRED with its id (KIP-394); v5+: static members (KIP-345);
 * v9: skipAssignment for a rejoining static leader (KIP-814). Versions 0-1 were removed by
 * KIP-896 but are still advertised: librdkafka enables consumer groups only when JoinGroup v0 is
 * listed (rdkafka_feature.c, BrokerBalancedConsumer).
 */
export const joinGroupHandler = defineHandler({
  apiKey: 11,
  minVersion: 2,
  maxVersion: 9,
  advertisedMinVersion: 0,
  async handle(request, ctx) {
    const v = ctx.apiVersion;
    const r = await ctx.services.groups.joinGroup(request.groupId, {
      memberId: request.memberId,
      groupInstanceId: v >= 5 ? request.groupInstanceId : null,
      clientId: ctx.clientId ?? '',
      clientHost: clientHostOf(ctx.remoteAddress),
      sessionTimeoutMs: request.sessionTimeoutMs,
      rebalanceTimeoutMs: request.rebalanceTimeoutMs >= 0 ? request.rebalanceTimeoutMs : request.sessionTimeoutMs,
      protocolType: request.protocolType,
      protocols: request.protocols.map((p) => ({ name: p.name, metadata: Buffer.from(p.metadata) })),
      requireKnownMemberId: v >= 4,
      skipAssignmentSupported: v >= 9,
    });
    // Before v7 the protocol name is a non-nullable string; from v7 an unknown one is null.
    const protocolName = v >= 7 ? (r.protocolName === '' ? null : r.protocolName) : (r.protocolName ?? '');
    return {
      throttleTimeMs: 0,
      errorCode: r.errorCode,
      generationId: r.errorCode === ErrorCode.NONE ? r.generationId : -1,
      protocolType: v >= 7 ? r.protocolType : null,
      protocolName,
      leader: r.leader,
      skipAssignment: v >= 9 && r.skipAssignment,
      memberId: r.memberId,
      members: r.members.map((m) => ({ memberId: m.memberId, groupInstanceId: v >= 5 ? m.groupInstanceId : null, metadata: m.metadata })),
    };
  },
});
