import { defineHandler } from './handler.js';
import { GROUP_AUTHORIZED_OPERATIONS, UNREQUESTED_OPERATIONS } from '../groups/wire.js';

/**
 * ConsumerGroupDescribe (KIP-848): a consumer group's state, group and assignment epochs,
 * assignor, and per member its epoch, subscription, current and target assignment. Unknown
 * and classic groups are GROUP_ID_NOT_FOUND.
 */
export const consumerGroupDescribeHandler = defineHandler({
  apiKey: 69,
  minVersion: 0,
  maxVersion: 0,
  async handle(request, ctx) {
    const groups = await Promise.all(request.groupIds.map((groupId) => ctx.services.groups.consumerGroupDescribe(groupId)));
    return {
      throttleTimeMs: 0,
      groups: groups.map((g) => ({
        errorCode: g.errorCode,
        errorMessage: g.errorMessage,
        groupId: g.groupId,
        groupState: g.groupState,
        groupEpoch: g.groupEpoch,
        assignmentEpoch: g.assignmentEpoch,
        assignorName: g.assignorName,
        members: g.members.map((m) => ({
          memberId: m.memberId,
          instanceId: m.instanceId,
          rackId: m.rackId,
          memberEpoch: m.memberEpoch,
          clientId: m.clientId,
          clientHost: m.clientHost,
          subscribedTopicNames: m.subscribedTopicNames,
          subscribedTopicRegex: m.subscribedTopicRegex,
          assignment: { topicPartitions: m.assignment },
          targetAssignment: { topicPartitions: m.targetAssignment },
        })),
        authorizedOperations: request.includeAuthorizedOperations ? GROUP_AUTHORIZED_OPERATIONS : UNREQUESTED_OPERATIONS,
      })),
    };
  },
});
