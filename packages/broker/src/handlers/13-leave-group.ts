import { defineHandler } from './handler.js';

/**
 * LeaveGroup: v0-2 one member by member id (its error is the response's); v3+ a batch of
 * members, each by member id or by group.instance.id (KIP-345: admin removal of static
 * members), each with its own error; v5 adds a reason (KIP-800).
 */
export const leaveGroupHandler = defineHandler({
  apiKey: 13,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    const batched = ctx.apiVersion >= 3;
    const members = batched ? request.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId })) : [{ memberId: request.memberId, groupInstanceId: null }];
    const r = await ctx.services.groups.leaveGroup(request.groupId, members);
    if (!batched) return { throttleTimeMs: 0, errorCode: r.errorCode !== 0 ? r.errorCode : (r.members[0]?.errorCode ?? 0), members: [] };
    return { throttleTimeMs: 0, errorCode: r.errorCode, members: r.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode: m.errorCode })) };
  },
});
