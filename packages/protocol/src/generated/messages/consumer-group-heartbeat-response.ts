// Generated from ConsumerGroupHeartbeatResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerGroupHeartbeatResponseVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface ConsumerGroupHeartbeatResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  memberId: string | null;
  memberEpoch: number;
  heartbeatIntervalMs: number;
  assignment: ConsumerGroupHeartbeatResponseAssignment | null;
}

export function defaultConsumerGroupHeartbeatResponse(): ConsumerGroupHeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    memberId: null,
    memberEpoch: 0,
    heartbeatIntervalMs: 0,
    assignment: null,
  };
}

export function encodeConsumerGroupHeartbeatResponse(w: Writer, version: number, m: ConsumerGroupHeartbeatResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('ConsumerGroupHeartbeatResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const v1 = m.memberId;
  if (flexible) w.compactNullableString(v1); else w.nullableString(v1);
  w.int32(m.memberEpoch);
  w.int32(m.heartbeatIntervalMs);
  const s2 = m.assignment;
  if (s2 === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    encodeConsumerGroupHeartbeatResponseAssignment(w, version, s2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupHeartbeatResponse(r: Reader, version: number): ConsumerGroupHeartbeatResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('ConsumerGroupHeartbeatResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_memberId: string | null;
  f_memberId = flexible ? r.compactNullableString() : r.nullableString();
  let f_memberEpoch: number;
  f_memberEpoch = r.int32();
  let f_heartbeatIntervalMs: number;
  f_heartbeatIntervalMs = r.int32();
  let f_assignment: ConsumerGroupHeartbeatResponseAssignment | null;
  const m3 = r.int8();
  if (m3 < 0) {
    f_assignment = null;
  } else f_assignment = decodeConsumerGroupHeartbeatResponseAssignment(r, version);
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupHeartbeatResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    memberId: f_memberId,
    memberEpoch: f_memberEpoch,
    heartbeatIntervalMs: f_heartbeatIntervalMs,
    assignment: f_assignment,
  };
}

export interface ConsumerGroupHeartbeatResponseTopicPartitions {
  topicId: string;
  partitions: number[];
}

export function defaultConsumerGroupHeartbeatResponseTopicPartitions(): ConsumerGroupHeartbeatResponseTopicPartitions {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeConsumerGroupHeartbeatResponseTopicPartitions(w: Writer, version: number, m: ConsumerGroupHeartbeatResponseTopicPartitions): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a4 = m.partitions;
  if (flexible) w.compactArrayLength(a4.length); else w.arrayLength(a4.length);
  for (const e5 of a4) {
    w.int32(e5);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupHeartbeatResponseTopicPartitions(r: Reader, version: number): ConsumerGroupHeartbeatResponseTopicPartitions {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: number[];
  const n6 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n6 === -1) throw new DecodeError('ConsumerGroupHeartbeatResponse.Partitions is null but not nullable in version ' + version);
  const arr7: number[] = [];
  for (let i8 = 0; i8 < n6; i8++) {
    arr7.push(r.int32());
  }
  f_partitions = arr7;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupHeartbeatResponseTopicPartitions: tagged field ' + tag + ' out of order');
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

export interface ConsumerGroupHeartbeatResponseAssignment {
  topicPartitions: ConsumerGroupHeartbeatResponseTopicPartitions[];
}

export function defaultConsumerGroupHeartbeatResponseAssignment(): ConsumerGroupHeartbeatResponseAssignment {
  return {
    topicPartitions: [],
  };
}

export function encodeConsumerGroupHeartbeatResponseAssignment(w: Writer, version: number, m: ConsumerGroupHeartbeatResponseAssignment): void {
  const flexible = true;
  const a9 = m.topicPartitions;
  if (flexible) w.compactArrayLength(a9.length); else w.arrayLength(a9.length);
  for (const e10 of a9) {
    encodeConsumerGroupHeartbeatResponseTopicPartitions(w, version, e10);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupHeartbeatResponseAssignment(r: Reader, version: number): ConsumerGroupHeartbeatResponseAssignment {
  const flexible = true;
  let f_topicPartitions: ConsumerGroupHeartbeatResponseTopicPartitions[];
  const n11 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n11 === -1) throw new DecodeError('ConsumerGroupHeartbeatResponse.TopicPartitions is null but not nullable in version ' + version);
  const arr12: ConsumerGroupHeartbeatResponseTopicPartitions[] = [];
  for (let i13 = 0; i13 < n11; i13++) {
    arr12.push(decodeConsumerGroupHeartbeatResponseTopicPartitions(r, version));
  }
  f_topicPartitions = arr12;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupHeartbeatResponseAssignment: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicPartitions: f_topicPartitions,
  };
}

