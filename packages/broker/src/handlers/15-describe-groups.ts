import { defineHandler } from './handler.js';
import { GROUP_AUTHORIZED_OPERATIONS, UNREQUESTED_OPERATIONS } from '../groups/wire.js';

/**
 * DescribeGroups (classic groups): state, protocol type, selected protocol and members; member
 * metadata and assignments only while Stable, as Kafka. An unknown group is reported Dead with
 * no members and no error (v0-5). v3+ may ask for authorized operations (KIP-430); v4+ carries
 * group.instance.id.
 */
export const describeGroupsHandler = defineHandler({
  apiKey: 15,
  minVersion: 0,
  maxVersion: 5,
  async handle(request, ctx) {
    const v = ctx.apiVersion;
    const groups = await Promise.all(request.groups.map((groupId) => ctx.services.groups.describeGroup(groupId)));
    return {
      throttleTimeMs: 0,
      groups: groups.map((g) => ({
        errorCode: g.errorCode,
        groupId: g.groupId,
        groupState: g.groupState,
        protocolType: g.protocolType,
        protocolData: g.protocolData,
        members: g.members.map((m) => ({ ...m, groupInstanceId: v >= 4 ? m.groupInstanceId : null })),
        authorizedOperations: v >= 3 && request.includeAuthorizedOperations ? GROUP_AUTHORIZED_OPERATIONS : UNREQUESTED_OPERATIONS,
      })),
    };
  },
});
