import { defineHandler } from './handler.js';

/**
 * ListGroups: the groups this broker coordinates (clients ask every broker), filtered by state
 * (v4+, KIP-518) and type (v5+, KIP-848: classic or consumer), case-insensitively.
 */
export const listGroupsHandler = defineHandler({
  apiKey: 16,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    const v = ctx.apiVersion;
    const r = await ctx.services.groups.listGroups(v >= 4 ? request.statesFilter : [], v >= 5 ? request.typesFilter : []);
    return {
      throttleTimeMs: 0,
      errorCode: r.errorCode,
      groups: r.groups.map((g) => ({ groupId: g.groupId, protocolType: g.protocolType, groupState: v >= 4 ? g.groupState : '', groupType: v >= 5 ? g.groupType : '' })),
    };
  },
});
