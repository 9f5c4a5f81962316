// Generated from ConsumerGroupHeartbeatRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerGroupHeartbeatRequestVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface ConsumerGroupHeartbeatRequest {
  groupId: string;
  memberId: string;
  memberEpoch: number;
  instanceId: string | null;
  rackId: string | null;
  rebalanceTimeoutMs: number;
  subscribedTopicNames: string[] | null;
  subscribedTopicRegex: string | null;
  serverAssignor: string | null;
  topicPartitions: ConsumerGroupHeartbeatRequestTopicPartitions[] | null;
}

export function defaultConsumerGroupHeartbeatRequest(): ConsumerGroupHeartbeatRequest {
  return {
    groupId: "",
    memberId: "",
    memberEpoch: 0,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: -1,
    subscribedTopicNames: null,
    subscribedTopicRegex: null,
    serverAssignor: null,
    topicPartitions: null,
  };
}

export function encodeConsumerGroupHeartbeatRequest(w: Writer, version: number, m: ConsumerGroupHeartbeatRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('ConsumerGroupHeartbeatRequest has no version ' + version);
  const flexible = true;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  w.int32(m.memberEpoch);
  const v0 = m.instanceId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const v1 = m.rackId;
  if (flexible) w.compactNullableString(v1); else w.nullableString(v1);
  w.int32(m.rebalanceTimeoutMs);
  const a2 = m.subscribedTopicNames;
  if (a2 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      if (flexible) w.compactString(e3); else w.string(e3);
    }
  }
  if (version >= 1) {
    const v4 = m.subscribedTopicRegex;
    if (flexible) w.compactNullableString(v4); else w.nullableString(v4);
  } else {
    if (m.subscribedTopicRegex !== null) throw new EncodeError('ConsumerGroupHeartbeatRequest.SubscribedTopicRegex: a non-default value cannot be written in version ' + version);
  }
  const v5 = m.serverAssignor;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  const a6 = m.topicPartitions;
  if (a6 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
    for (const e7 of a6) {
      encodeConsumerGroupHeartbeatRequestTopicPartitions(w, version, e7);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupHeartbeatRequest(r: Reader, version: number): ConsumerGroupHeartbeatRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('ConsumerGroupHeartbeatRequest has no version ' + version);
  const flexible = true;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_memberEpoch: number;
  f_memberEpoch = r.int32();
  let f_instanceId: string | null;
  f_instanceId = flexible ? r.compactNullableString() : r.nullableString();
  let f_rackId: string | null;
  f_rackId = flexible ? r.compactNullableString() : r.nullableString();
  let f_rebalanceTimeoutMs: number;
  f_rebalanceTimeoutMs = r.int32();
  let f_subscribedTopicNames: string[] | null;
  const n8 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n8 === -1) {
    f_subscribedTopicNames = null;
  } else {
    const arr9: string[] = [];
    for (let i10 = 0; i10 < n8; i10++) {
      arr9.push(flexible ? r.compactString() : r.string());
    }
    f_subscribedTopicNames = arr9;
  }
  let f_subscribedTopicRegex: string | null = null;
  if (version >= 1) {
    f_subscribedTopicRegex = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_serverAssignor: string | null;
  f_serverAssignor = flexible ? r.compactNullableString() : r.nullableString();
  let f_topicPartitions: ConsumerGroupHeartbeatRequestTopicPartitions[] | null;
  const n11 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n11 === -1) {
    f_topicPartitions = null;
  } else {
    const arr12: ConsumerGroupHeartbeatRequestTopicPartitions[] = [];
    for (let i13 = 0; i13 < n11; i13++) {
      arr12.push(decodeConsumerGroupHeartbeatRequestTopicPartitions(r, version));
    }
    f_topicPartitions = arr12;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupHeartbeatRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    memberId: f_memberId,
    memberEpoch: f_memberEpoch,
    instanceId: f_instanceId,
    rackId: f_rackId,
    rebalanceTimeoutMs: f_rebalanceTimeoutMs,
    subscribedTopicNames: f_subscribedTopicNames,
    subscribedTopicRegex: f_subscribedTopicRegex,
    serverAssignor: f_serverAssignor,
    topicPartitions: f_topicPartitions,
  };
}

export interface ConsumerGroupHeartbeatRequestTopicPartitions {
  topicId: string;
  partitions: number[];
}

export function defaultConsumerGroupHeartbeatRequestTopicPartitions(): ConsumerGroupHeartbeatRequestTopicPartitions {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeConsumerGroupHeartbeatRequestTopicPartitions(w: Writer, version: number, m: ConsumerGroupHeartbeatRequestTopicPartitions): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a14 = m.partitions;
  if (flexible) w.compactArrayLength(a14.length); else w.arrayLength(a14.length);
  for (const e15 of a14) {
    w.int32(e15);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupHeartbeatRequestTopicPartitions(r: Reader, version: number): ConsumerGroupHeartbeatRequestTopicPartitions {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: number[];
  const n16 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n16 === -1) throw new DecodeError('ConsumerGroupHeartbeatRequest.Partitions is null but not nullable in version ' + version);
  const arr17: number[] = [];
  for (let i18 = 0; i18 < n16; i18++) {
    arr17.push(r.int32());
  }
  f_partitions = arr17;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupHeartbeatRequestTopicPartitions: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicId: f_topicId,
    partitions: f_partitions,
  };
}

