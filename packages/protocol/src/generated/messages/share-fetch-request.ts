// Generated from ShareFetchRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareFetchRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ShareFetchRequest {
  groupId: string | null;
  memberId: string | null;
  shareSessionEpoch: number;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  topics: ShareFetchRequestFetchTopic[];
  forgottenTopicsData: ShareFetchRequestForgottenTopic[];
}

export function defaultShareFetchRequest(): ShareFetchRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    topics: [],
    forgottenTopicsData: [],
  };
}

export function encodeShareFetchRequest(w: Writer, version: number, m: ShareFetchRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ShareFetchRequest has no version ' + version);
  const flexible = true;
  const v0 = m.groupId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const v1 = m.memberId;
  if (flexible) w.compactNullableString(v1); else w.nullableString(v1);
  w.int32(m.shareSessionEpoch);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes);
  const a2 = m.topics;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeShareFetchRequestFetchTopic(w, version, e3);
  }
  const a4 = m.forgottenTopicsData;
  if (flexible) w.compactArrayLength(a4.length); else w.arrayLength(a4.length);
  for (const e5 of a4) {
    encodeShareFetchRequestForgottenTopic(w, version, e5);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareFetchRequest(r: Reader, version: number): ShareFetchRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ShareFetchRequest has no version ' + version);
  const flexible = true;
  let f_groupId: string | null;
  f_groupId = flexible ? r.compactNullableString() : r.nullableString();
  let f_memberId: string | null;
  f_memberId = flexible ? r.compactNullableString() : r.nullableString();
  let f_shareSessionEpoch: number;
  f_shareSessionEpoch = r.int32();
  let f_maxWaitMs: number;
  f_maxWaitMs = r.int32();
  let f_minBytes: number;
  f_minBytes = r.int32();
  let f_maxBytes: number;
  f_maxBytes = r.int32();
  let f_topics: ShareFetchRequestFetchTopic[];
  const n6 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n6 === -1) throw new DecodeError('ShareFetchRequest.Topics is null but not nullable in version ' + version);
  const arr7: ShareFetchRequestFetchTopic[] = [];
  for (let i8 = 0; i8 < n6; i8++) {
    arr7.push(decodeShareFetchRequestFetchTopic(r, version));
  }
  f_topics = arr7;
  let f_forgottenTopicsData: ShareFetchRequestForgottenTopic[];
  const n9 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n9 === -1) throw new DecodeError('ShareFetchRequest.ForgottenTopicsData is null but not nullable in version ' + version);
  const arr10: ShareFetchRequestForgottenTopic[] = [];
  for (let i11 = 0; i11 < n9; i11++) {
    arr10.push(decodeShareFetchRequestForgottenTopic(r, version));
  }
  f_forgottenTopicsData = arr10;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareFetchRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    memberId: f_memberId,
    shareSessionEpoch: f_shareSessionEpoch,
    maxWaitMs: f_maxWaitMs,
    minBytes: f_minBytes,
    maxBytes: f_maxBytes,
    topics: f_topics,
    forgottenTopicsData: f_forgottenTopicsData,
  };
}

export interface ShareFetchRequestFetchTopic {
  topicId: string;
  partitions: ShareFetchRequestFetchPartition[];
}

export function defaultShareFetchRequestFetchTopic(): ShareFetchRequestFetchTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeShareFetchRequestFetchTopic(w: Writer, version: number, m: ShareFetchRequestFetchTopic): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a12 = m.partitions;
  if (flexible) w.compactArrayLength(a12.length); else w.arrayLength(a12.length);
  for (const e13 of a12) {
    encodeShareFetchRequestFetchPartition(w, version, e13);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareFetchRequestFetchTopic(r: Reader, version: number): ShareFetchRequestFetchTopic {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: ShareFetchRequestFetchPartition[];
  const n14 = flexible ? r.compactArrayLength(10) : r.arrayLength(1);
  if (n14 === -1) throw new DecodeError('ShareFetchRequest.Partitions is null but not nullable in version ' + version);
  const arr15: ShareFetchRequestFetchPartition[] = [];
  for (let i16 = 0; i16 < n14; i16++) {
    arr15.push(decodeShareFetchRequestFetchPartition(r, version));
  }
  f_partitions = arr15;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareFetchRequestFetchTopic: tagged field ' + tag + ' out of order');
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

export interface ShareFetchRequestFetchPartition {
  partitionIndex: number;
  partitionMaxBytes: number;
  acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
}

export function defaultShareFetchRequestFetchPartition(): ShareFetchRequestFetchPartition {
  return {
    partitionIndex: 0,
    partitionMaxBytes: 0,
    acknowledgementBatches: [],
  };
}

export function encodeShareFetchRequestFetchPartition(w: Writer, version: number, m: ShareFetchRequestFetchPartition): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int32(m.partitionMaxBytes);
  const a17 = m.acknowledgementBatches;
  if (flexible) w.compactArrayLength(a17.length); else w.arrayLength(a17.length);
  for (const e18 of a17) {
    encodeShareFetchRequestAcknowledgementBatch(w, version, e18);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareFetchRequestFetchPartition(r: Reader, version: number): ShareFetchRequestFetchPartition {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_partitionMaxBytes: number;
  f_partitionMaxBytes = r.int32();
  let f_acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
  const n19 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n19 === -1) throw new DecodeError('ShareFetchRequest.AcknowledgementBatches is null but not nullable in version ' + version);
  const arr20: ShareFetchRequestAcknowledgementBatch[] = [];
  for (let i21 = 0; i21 < n19; i21++) {
    arr20.push(decodeShareFetchRequestAcknowledgementBatch(r, version));
  }
  f_acknowledgementBatches = arr20;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareFetchRequestFetchPartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    partitionMaxBytes: f_partitionMaxBytes,
    acknowledgementBatches: f_acknowledgementBatches,
  };
}

export interface ShareFetchRequestAcknowledgementBatch {
  firstOffset: bigint;
  lastOffset: bigint;
  acknowledgeTypes: number[];
}

export function defaultShareFetchRequestAcknowledgementBatch(): ShareFetchRequestAcknowledgementBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    acknowledgeTypes: [],
  };
}

export function encodeShareFetchRequestAcknowledgementBatch(w: Writer, version: number, m: ShareFetchRequestAcknowledgementBatch): void {
  const flexible = true;
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  const a22 = m.acknowledgeTypes;
  if (flexible) w.compactArrayLength(a22.length); else w.arrayLength(a22.length);
  for (const e23 of a22) {
    w.int8(e23);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareFetchRequestAcknowledgementBatch(r: Reader, version: number): ShareFetchRequestAcknowledgementBatch {
  const flexible = true;
  let f_firstOffset: bigint;
  f_firstOffset = r.int64();
  let f_lastOffset: bigint;
  f_lastOffset = r.int64();
  let f_acknowledgeTypes: number[];
  const n24 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n24 === -1) throw new DecodeError('ShareFetchRequest.AcknowledgeTypes is null but not nullable in version ' + version);
  const arr25: number[] = [];
  for (let i26 = 0; i26 < n24; i26++) {
    arr25.push(r.int8());
  }
  f_acknowledgeTypes = arr25;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareFetchRequestAcknowledgementBatch: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    firstOffset: f_firstOffset,
    lastOffset: f_lastOffset,
    acknowledgeTypes: f_acknowledgeTypes,
  };
}

export interface ShareFetchRequestForgottenTopic {
  topicId: string;
  partitions: number[];
}

export function defaultShareFetchRequestForgottenTopic(): ShareFetchRequestForgottenTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeShareFetchRequestForgottenTopic(w: Writer, version: number, m: ShareFetchRequestForgottenTopic): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a27 = m.partitions;
  if (flexible) w.compactArrayLength(a27.length); else w.arrayLength(a27.length);
  for (const e28 of a27) {
    w.int32(e28);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareFetchRequestForgottenTopic(r: Reader, version: number): ShareFetchRequestForgottenTopic {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: number[];
  const n29 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n29 === -1) throw new DecodeError('ShareFetchRequest.Partitions is null but not nullable in version ' + version);
  const arr30: number[] = [];
  for (let i31 = 0; i31 < n29; i31++) {
    arr30.push(r.int32());
  }
  f_partitions = arr30;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareFetchRequestForgottenTopic: tagged field ' + tag + ' out of order');
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

