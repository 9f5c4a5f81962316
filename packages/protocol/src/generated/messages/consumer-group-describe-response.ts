// Generated from ConsumerGroupDescribeResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerGroupDescribeResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ConsumerGroupDescribeResponse {
  throttleTimeMs: number;
  groups: ConsumerGroupDescribeResponseDescribedGroup[];
}

export function defaultConsumerGroupDescribeResponse(): ConsumerGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

export function encodeConsumerGroupDescribeResponse(w: Writer, version: number, m: ConsumerGroupDescribeResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ConsumerGroupDescribeResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  const a0 = m.groups;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeConsumerGroupDescribeResponseDescribedGroup(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupDescribeResponse(r: Reader, version: number): ConsumerGroupDescribeResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ConsumerGroupDescribeResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_groups: ConsumerGroupDescribeResponseDescribedGroup[];
  const n2 = flexible ? r.compactArrayLength(20) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('ConsumerGroupDescribeResponse.Groups is null but not nullable in version ' + version);
  const arr3: ConsumerGroupDescribeResponseDescribedGroup[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeConsumerGroupDescribeResponseDescribedGroup(r, version));
  }
  f_groups = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupDescribeResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    groups: f_groups,
  };
}

export interface ConsumerGroupDescribeResponseTopicPartitions {
  topicId: string;
  topicName: string;
  partitions: number[];
}

export function defaultConsumerGroupDescribeResponseTopicPartitions(): ConsumerGroupDescribeResponseTopicPartitions {
  return {
    topicId: ZERO_UUID,
    topicName: "",
    partitions: [],
  };
}

export function encodeConsumerGroupDescribeResponseTopicPartitions(w: Writer, version: number, m: ConsumerGroupDescribeResponseTopicPartitions): void {
  const flexible = true;
  w.uuid(m.topicId);
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    w.int32(e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupDescribeResponseTopicPartitions(r: Reader, version: number): ConsumerGroupDescribeResponseTopicPartitions {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitions: number[];
  const n7 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ConsumerGroupDescribeResponse.Partitions is null but not nullable in version ' + version);
  const arr8: number[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(r.int32());
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupDescribeResponseTopicPartitions: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicId: f_topicId,
    topicName: f_topicName,
    partitions: f_partitions,
  };
}

export interface ConsumerGroupDescribeResponseAssignment {
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
}

export function defaultConsumerGroupDescribeResponseAssignment(): ConsumerGroupDescribeResponseAssignment {
  return {
    topicPartitions: [],
  };
}

export function encodeConsumerGroupDescribeResponseAssignment(w: Writer, version: number, m: ConsumerGroupDescribeResponseAssignment): void {
  const flexible = true;
  const a10 = m.topicPartitions;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    encodeConsumerGroupDescribeResponseTopicPartitions(w, version, e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupDescribeResponseAssignment(r: Reader, version: number): ConsumerGroupDescribeResponseAssignment {
  const flexible = true;
  let f_topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
  const n12 = flexible ? r.compactArrayLength(19) : r.arrayLength(1);
  if (n12 === -1) throw new DecodeError('ConsumerGroupDescribeResponse.TopicPartitions is null but not nullable in version ' + version);
  const arr13: ConsumerGroupDescribeResponseTopicPartitions[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeConsumerGroupDescribeResponseTopicPartitions(r, version));
  }
  f_topicPartitions = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupDescribeResponseAssignment: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicPartitions: f_topicPartitions,
  };
}

export interface ConsumerGroupDescribeResponseDescribedGroup {
  errorCode: number;
  errorMessage: string | null;
  groupId: string;
  groupState: string;
  groupEpoch: number;
  assignmentEpoch: number;
  assignorName: string;
  members: ConsumerGroupDescribeResponseMember[];
  authorizedOperations: number;
}

export function defaultConsumerGroupDescribeResponseDescribedGroup(): ConsumerGroupDescribeResponseDescribedGroup {
  return {
    errorCode: 0,
    errorMessage: null,
    groupId: "",
    groupState: "",
    groupEpoch: 0,
    assignmentEpoch: 0,
    assignorName: "",
    members: [],
    authorizedOperations: -2147483648,
  };
}

export function encodeConsumerGroupDescribeResponseDescribedGroup(w: Writer, version: number, m: ConsumerGroupDescribeResponseDescribedGroup): void {
  const flexible = true;
  w.int16(m.errorCode);
  const v15 = m.errorMessage;
  if (flexible) w.compactNullableString(v15); else w.nullableString(v15);
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  if (flexible) w.compactString(m.groupState); else w.string(m.groupState);
  w.int32(m.groupEpoch);
  w.int32(m.assignmentEpoch);
  if (flexible) w.compactString(m.assignorName); else w.string(m.assignorName);
  const a16 = m.members;
  if (flexible) w.compactArrayLength(a16.length); else w.arrayLength(a16.length);
  for (const e17 of a16) {
    encodeConsumerGroupDescribeResponseMember(w, version, e17);
  }
  w.int32(m.authorizedOperations);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupDescribeResponseDescribedGroup(r: Reader, version: number): ConsumerGroupDescribeResponseDescribedGroup {
  const flexible = true;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_groupState: string;
  f_groupState = flexible ? r.compactString() : r.string();
  let f_groupEpoch: number;
  f_groupEpoch = r.int32();
  let f_assignmentEpoch: number;
  f_assignmentEpoch = r.int32();
  let f_assignorName: string;
  f_assignorName = flexible ? r.compactString() : r.string();
  let f_members: ConsumerGroupDescribeResponseMember[];
  const n18 = flexible ? r.compactArrayLength(16) : r.arrayLength(1);
  if (n18 === -1) throw new DecodeError('ConsumerGroupDescribeResponse.Members is null but not nullable in version ' + version);
  const arr19: ConsumerGroupDescribeResponseMember[] = [];
  for (let i20 = 0; i20 < n18; i20++) {
    arr19.push(decodeConsumerGroupDescribeResponseMember(r, version));
  }
  f_members = arr19;
  let f_authorizedOperations: number;
  f_authorizedOperations = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupDescribeResponseDescribedGroup: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    groupId: f_groupId,
    groupState: f_groupState,
    groupEpoch: f_groupEpoch,
    assignmentEpoch: f_assignmentEpoch,
    assignorName: f_assignorName,
    members: f_members,
    authorizedOperations: f_authorizedOperations,
  };
}

export interface ConsumerGroupDescribeResponseMember {
  memberId: string;
  instanceId: string | null;
  rackId: string | null;
  memberEpoch: number;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  subscribedTopicRegex: string | null;
  assignment: ConsumerGroupDescribeResponseAssignment;
  targetAssignment: ConsumerGroupDescribeResponseAssignment;
}

export function defaultConsumerGroupDescribeResponseMember(): ConsumerGroupDescribeResponseMember {
  return {
    memberId: "",
    instanceId: null,
    rackId: null,
    memberEpoch: 0,
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    subscribedTopicRegex: null,
    assignment: defaultConsumerGroupDescribeResponseAssignment(),
    targetAssignment: defaultConsumerGroupDescribeResponseAssignment(),
  };
}

export function encodeConsumerGroupDescribeResponseMember(w: Writer, version: number, m: ConsumerGroupDescribeResponseMember): void {
  const flexible = true;
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  const v21 = m.instanceId;
  if (flexible) w.compactNullableString(v21); else w.nullableString(v21);
  const v22 = m.rackId;
  if (flexible) w.compactNullableString(v22); else w.nullableString(v22);
  w.int32(m.memberEpoch);
  if (flexible) w.compactString(m.clientId); else w.string(m.clientId);
  if (flexible) w.compactString(m.clientHost); else w.string(m.clientHost);
  const a23 = m.subscribedTopicNames;
  if (flexible) w.compactArrayLength(a23.length); else w.arrayLength(a23.length);
  for (const e24 of a23) {
    if (flexible) w.compactString(e24); else w.string(e24);
  }
  const v25 = m.subscribedTopicRegex;
  if (flexible) w.compactNullableString(v25); else w.nullableString(v25);
  encodeConsumerGroupDescribeResponseAssignment(w, version, m.assignment);
  encodeConsumerGroupDescribeResponseAssignment(w, version, m.targetAssignment);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupDescribeResponseMember(r: Reader, version: number): ConsumerGroupDescribeResponseMember {
  const flexible = true;
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_instanceId: string | null;
  f_instanceId = flexible ? r.compactNullableString() : r.nullableString();
  let f_rackId: string | null;
  f_rackId = flexible ? r.compactNullableString() : r.nullableString();
  let f_memberEpoch: number;
  f_memberEpoch = r.int32();
  let f_clientId: string;
  f_clientId = flexible ? r.compactString() : r.string();
  let f_clientHost: string;
  f_clientHost = flexible ? r.compactString() : r.string();
  let f_subscribedTopicNames: string[];
  const n26 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n26 === -1) throw new DecodeError('ConsumerGroupDescribeResponse.SubscribedTopicNames is null but not nullable in version ' + version);
  const arr27: string[] = [];
  for (let i28 = 0; i28 < n26; i28++) {
    arr27.push(flexible ? r.compactString() : r.string());
  }
  f_subscribedTopicNames = arr27;
  let f_subscribedTopicRegex: string | null;
  f_subscribedTopicRegex = flexible ? r.compactNullableString() : r.nullableString();
  let f_assignment: ConsumerGroupDescribeResponseAssignment;
  f_assignment = decodeConsumerGroupDescribeResponseAssignment(r, version);
  let f_targetAssignment: ConsumerGroupDescribeResponseAssignment;
  f_targetAssignment = decodeConsumerGroupDescribeResponseAssignment(r, version);
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupDescribeResponseMember: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    memberId: f_memberId,
    instanceId: f_instanceId,
    rackId: f_rackId,
    memberEpoch: f_memberEpoch,
    clientId: f_clientId,
    clientHost: f_clientHost,
    subscribedTopicNames: f_subscribedTopicNames,
    subscribedTopicRegex: f_subscribedTopicRegex,
    assignment: f_assignment,
    targetAssignment: f_targetAssignment,
  };
}

