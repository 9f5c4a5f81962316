import { defineHandler } from './handler.js';

/**
 * SyncGroup (classic protocol): the leader sends the assignment it computed; every member
 * waits for it and gets its own share. v3+: static members; v5: protocol type and name are
 * checked (INCONSISTENT_GROUP_PROTOCOL) and returned (KIP-559).
 */
export const syncGroupHandler = defineHandler({
  apiKey: 14,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    const v = ctx.apiVersion;
    const r = await ctx.services.groups.syncGroup(request.groupId, {
      memberId: request.memberId,
      groupInstanceId: v >= 3 ? request.groupInstanceId : null,
      generationId: request.generationId,
      protocolType: v >= 5 ? request.protocolType : null,
      protocolName: v >= 5 ? request.protocolName : null,
      assignments: request.assignments.map((a) => ({ memberId: a.memberId, assignment: Buffer.from(a.assignment) })),
    });
    return {
      throttleTimeMs: 0,
      errorCode: r.errorCode,
      protocolType: v >= 5 ? r.protocolType : null,
      protocolName: v >= 5 ? r.protocolName : null,
      assignment: r.assignment,
    };
  },
});
