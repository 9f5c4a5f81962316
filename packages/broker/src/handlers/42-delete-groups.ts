import { defineHandler } from './handler.js';

/**
 * DeleteGroups: empty groups are removed with their committed offsets (tombstones in
 * __consumer_offsets); a group with members is NON_EMPTY_GROUP, an unknown one GROUP_ID_NOT_FOUND.
 */
export const deleteGroupsHandler = defineHandler({
  apiKey: 42,
  minVersion: 0,
  maxVersion: 2,
  async handle(request, ctx) {
    const results = await ctx.services.groups.deleteGroups(request.groupsNames);
    return { throttleTimeMs: 0, results };
  },
});
