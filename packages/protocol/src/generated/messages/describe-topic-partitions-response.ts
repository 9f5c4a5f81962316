// Generated from DescribeTopicPartitionsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeTopicPartitionsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface DescribeTopicPartitionsResponse {
  throttleTimeMs: number;
  topics: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[];
  nextCursor: DescribeTopicPartitionsResponseCursor | null;
}

export function defaultDescribeTopicPartitionsResponse(): DescribeTopicPartitionsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    nextCursor: null,
  };
}

export function encodeDescribeTopicPartitionsResponse(w: Writer, version: number, m: DescribeTopicPartitionsResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('DescribeTopicPartitionsResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(w, version, e1);
  }
  const s2 = m.nextCursor;
  if (s2 === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    encodeDescribeTopicPartitionsResponseCursor(w, version, s2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeTopicPartitionsResponse(r: Reader, version: number): DescribeTopicPartitionsResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('DescribeTopicPartitionsResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_topics: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[];
  const n3 = flexible ? r.compactArrayLength(26) : r.arrayLength(1);
  if (n3 === -1) throw new DecodeError('DescribeTopicPartitionsResponse.Topics is null but not nullable in version ' + version);
  const arr4: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(r, version));
  }
  f_topics = arr4;
  let f_nextCursor: DescribeTopicPartitionsResponseCursor | null;
  const m6 = r.int8();
  if (m6 < 0) {
    f_nextCursor = null;
  } else f_nextCursor = decodeDescribeTopicPartitionsResponseCursor(r, version);
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeTopicPartitionsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
    nextCursor: f_nextCursor,
  };
}

export interface DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  errorCode: number;
  name: string | null;
  topicId: string;
  isInternal: boolean;
  partitions: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[];
  topicAuthorizedOperations: number;
}

export function defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  return {
    errorCode: 0,
    name: "",
    topicId: ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
  };
}

export function encodeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(w: Writer, version: number, m: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic): void {
  const flexible = true;
  w.int16(m.errorCode);
  const v7 = m.name;
  if (flexible) w.compactNullableString(v7); else w.nullableString(v7);
  w.uuid(m.topicId);
  w.bool(m.isInternal);
  const a8 = m.partitions;
  if (flexible) w.compactArrayLength(a8.length); else w.arrayLength(a8.length);
  for (const e9 of a8) {
    encodeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(w, version, e9);
  }
  w.int32(m.topicAuthorizedOperations);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(r: Reader, version: number): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  const flexible = true;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_name: string | null;
  f_name = flexible ? r.compactNullableString() : r.nullableString();
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_isInternal: boolean;
  f_isInternal = r.bool();
  let f_partitions: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[];
  const n10 = flexible ? r.compactArrayLength(20) : r.arrayLength(1);
  if (n10 === -1) throw new DecodeError('DescribeTopicPartitionsResponse.Partitions is null but not nullable in version ' + version);
  const arr11: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[] = [];
  for (let i12 = 0; i12 < n10; i12++) {
    arr11.push(decodeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(r, version));
  }
  f_partitions = arr11;
  let f_topicAuthorizedOperations: number;
  f_topicAuthorizedOperations = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    name: f_name,
    topicId: f_topicId,
    isInternal: f_isInternal,
    partitions: f_partitions,
    topicAuthorizedOperations: f_topicAuthorizedOperations,
  };
}

export interface DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  errorCode: number;
  partitionIndex: number;
  leaderId: number;
  leaderEpoch: number;
  replicaNodes: number[];
  isrNodes: number[];
  eligibleLeaderReplicas: number[] | null;
  lastKnownElr: number[] | null;
  offlineReplicas: number[];
}

export function defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
    offlineReplicas: [],
  };
}

export function encodeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(w: Writer, version: number, m: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition): void {
  const flexible = true;
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  const a13 = m.replicaNodes;
  if (flexible) w.compactArrayLength(a13.length); else w.arrayLength(a13.length);
  for (const e14 of a13) {
    w.int32(e14);
  }
  const a15 = m.isrNodes;
  if (flexible) w.compactArrayLength(a15.length); else w.arrayLength(a15.length);
  for (const e16 of a15) {
    w.int32(e16);
  }
  const a17 = m.eligibleLeaderReplicas;
  if (a17 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a17.length); else w.arrayLength(a17.length);
    for (const e18 of a17) {
      w.int32(e18);
    }
  }
  const a19 = m.lastKnownElr;
  if (a19 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a19.length); else w.arrayLength(a19.length);
    for (const e20 of a19) {
      w.int32(e20);
    }
  }
  const a21 = m.offlineReplicas;
  if (flexible) w.compactArrayLength(a21.length); else w.arrayLength(a21.length);
  for (const e22 of a21) {
    w.int32(e22);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(r: Reader, version: number): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  const flexible = true;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_leaderId: number;
  f_leaderId = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  let f_replicaNodes: number[];
  const n23 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n23 === -1) throw new DecodeError('DescribeTopicPartitionsResponse.ReplicaNodes is null but not nullable in version ' + version);
  const arr24: number[] = [];
  for (let i25 = 0; i25 < n23; i25++) {
    arr24.push(r.int32());
  }
  f_replicaNodes = arr24;
  let f_isrNodes: number[];
  const n26 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n26 === -1) throw new DecodeError('DescribeTopicPartitionsResponse.IsrNodes is null but not nullable in version ' + version);
  const arr27: number[] = [];
  for (let i28 = 0; i28 < n26; i28++) {
    arr27.push(r.int32());
  }
  f_isrNodes = arr27;
  let f_eligibleLeaderReplicas: number[] | null;
  const n29 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n29 === -1) {
    f_eligibleLeaderReplicas = null;
  } else {
    const arr30: number[] = [];
    for (let i31 = 0; i31 < n29; i31++) {
      arr30.push(r.int32());
    }
    f_eligibleLeaderReplicas = arr30;
  }
  let f_lastKnownElr: number[] | null;
  const n32 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n32 === -1) {
    f_lastKnownElr = null;
  } else {
    const arr33: number[] = [];
    for (let i34 = 0; i34 < n32; i34++) {
      arr33.push(r.int32());
    }
    f_lastKnownElr = arr33;
  }
  let f_offlineReplicas: number[];
  const n35 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n35 === -1) throw new DecodeError('DescribeTopicPartitionsResponse.OfflineReplicas is null but not nullable in version ' + version);
  const arr36: number[] = [];
  for (let i37 = 0; i37 < n35; i37++) {
    arr36.push(r.int32());
  }
  f_offlineReplicas = arr36;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    partitionIndex: f_partitionIndex,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    replicaNodes: f_replicaNodes,
    isrNodes: f_isrNodes,
    eligibleLeaderReplicas: f_eligibleLeaderReplicas,
    lastKnownElr: f_lastKnownElr,
    offlineReplicas: f_offlineReplicas,
  };
}

export interface DescribeTopicPartitionsResponseCursor {
  topicName: string;
  partitionIndex: number;
}

export function defaultDescribeTopicPartitionsResponseCursor(): DescribeTopicPartitionsResponseCursor {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

export function encodeDescribeTopicPartitionsResponseCursor(w: Writer, version: number, m: DescribeTopicPartitionsResponseCursor): void {
  const flexible = true;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  w.int32(m.partitionIndex);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeTopicPartitionsResponseCursor(r: Reader, version: number): DescribeTopicPartitionsResponseCursor {
  const flexible = true;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeTopicPartitionsResponseCursor: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
  };
}

