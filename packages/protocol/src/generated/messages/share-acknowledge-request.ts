// Generated from ShareAcknowledgeRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareAcknowledgeRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ShareAcknowledgeRequest {
  groupId: string | null;
  memberId: string | null;
  shareSessionEpoch: number;
  topics: ShareAcknowledgeRequestAcknowledgeTopic[];
}

export function defaultShareAcknowledgeRequest(): ShareAcknowledgeRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    topics: [],
  };
}

export function encodeShareAcknowledgeRequest(w: Writer, version: number, m: ShareAcknowledgeRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ShareAcknowledgeRequest has no version ' + version);
  const flexible = true;
  const v0 = m.groupId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const v1 = m.memberId;
  if (flexible) w.compactNullableString(v1); else w.nullableString(v1);
  w.int32(m.shareSessionEpoch);
  const a2 = m.topics;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeShareAcknowledgeRequestAcknowledgeTopic(w, version, e3);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareAcknowledgeRequest(r: Reader, version: number): ShareAcknowledgeRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ShareAcknowledgeRequest has no version ' + version);
  const flexible = true;
  let f_groupId: string | null;
  f_groupId = flexible ? r.compactNullableString() : r.nullableString();
  let f_memberId: string | null;
  f_memberId = flexible ? r.compactNullableString() : r.nullableString();
  let f_shareSessionEpoch: number;
  f_shareSessionEpoch = r.int32();
  let f_topics: ShareAcknowledgeRequestAcknowledgeTopic[];
  const n4 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n4 === -1) throw new DecodeError('ShareAcknowledgeRequest.Topics is null but not nullable in version ' + version);
  const arr5: ShareAcknowledgeRequestAcknowledgeTopic[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(decodeShareAcknowledgeRequestAcknowledgeTopic(r, version));
  }
  f_topics = arr5;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareAcknowledgeRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    memberId: f_memberId,
    shareSessionEpoch: f_shareSessionEpoch,
    topics: f_topics,
  };
}

export interface ShareAcknowledgeRequestAcknowledgeTopic {
  topicId: string;
  partitions: ShareAcknowledgeRequestAcknowledgePartition[];
}

export function defaultShareAcknowledgeRequestAcknowledgeTopic(): ShareAcknowledgeRequestAcknowledgeTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeShareAcknowledgeRequestAcknowledgeTopic(w: Writer, version: number, m: ShareAcknowledgeRequestAcknowledgeTopic): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a7 = m.partitions;
  if (flexible) w.compactArrayLength(a7.length); else w.arrayLength(a7.length);
  for (const e8 of a7) {
    encodeShareAcknowledgeRequestAcknowledgePartition(w, version, e8);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareAcknowledgeRequestAcknowledgeTopic(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgeTopic {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: ShareAcknowledgeRequestAcknowledgePartition[];
  const n9 = flexible ? r.compactArrayLength(6) : r.arrayLength(1);
  if (n9 === -1) throw new DecodeError('ShareAcknowledgeRequest.Partitions is null but not nullable in version ' + version);
  const arr10: ShareAcknowledgeRequestAcknowledgePartition[] = [];
  for (let i11 = 0; i11 < n9; i11++) {
    arr10.push(decodeShareAcknowledgeRequestAcknowledgePartition(r, version));
  }
  f_partitions = arr10;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareAcknowledgeRequestAcknowledgeTopic: tagged field ' + tag + ' out of order');
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

export interface ShareAcknowledgeRequestAcknowledgePartition {
  partitionIndex: number;
  acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
}

export function defaultShareAcknowledgeRequestAcknowledgePartition(): ShareAcknowledgeRequestAcknowledgePartition {
  return {
    partitionIndex: 0,
    acknowledgementBatches: [],
  };
}

export function encodeShareAcknowledgeRequestAcknowledgePartition(w: Writer, version: number, m: ShareAcknowledgeRequestAcknowledgePartition): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  const a12 = m.acknowledgementBatches;
  if (flexible) w.compactArrayLength(a12.length); else w.arrayLength(a12.length);
  for (const e13 of a12) {
    encodeShareAcknowledgeRequestAcknowledgementBatch(w, version, e13);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareAcknowledgeRequestAcknowledgePartition(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgePartition {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
  const n14 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n14 === -1) throw new DecodeError('ShareAcknowledgeRequest.AcknowledgementBatches is null but not nullable in version ' + version);
  const arr15: ShareAcknowledgeRequestAcknowledgementBatch[] = [];
  for (let i16 = 0; i16 < n14; i16++) {
    arr15.push(decodeShareAcknowledgeRequestAcknowledgementBatch(r, version));
  }
  f_acknowledgementBatches = arr15;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareAcknowledgeRequestAcknowledgePartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    acknowledgementBatches: f_acknowledgementBatches,
  };
}

export interface ShareAcknowledgeRequestAcknowledgementBatch {
  firstOffset: bigint;
  lastOffset: bigint;
  acknowledgeTypes: number[];
}

export function defaultShareAcknowledgeRequestAcknowledgementBatch(): ShareAcknowledgeRequestAcknowledgementBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    acknowledgeTypes: [],
  };
}

export function encodeShareAcknowledgeRequestAcknowledgementBatch(w: Writer, version: number, m: ShareAcknowledgeRequestAcknowledgementBatch): void {
  const flexible = true;
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  const a17 = m.acknowledgeTypes;
  if (flexible) w.compactArrayLength(a17.length); else w.arrayLength(a17.length);
  for (const e18 of a17) {
    w.int8(e18);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareAcknowledgeRequestAcknowledgementBatch(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgementBatch {
  const flexible = true;
  let f_firstOffset: bigint;
  f_firstOffset = r.int64();
  let f_lastOffset: bigint;
  f_lastOffset = r.int64();
  let f_acknowledgeTypes: number[];
  const n19 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n19 === -1) throw new DecodeError('ShareAcknowledgeRequest.AcknowledgeTypes is null but not nullable in version ' + version);
  const arr20: number[] = [];
  for (let i21 = 0; i21 < n19; i21++) {
    arr20.push(r.int8());
  }
  f_acknowledgeTypes = arr20;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareAcknowledgeRequestAcknowledgementBatch: tagged field ' + tag + ' out of order');
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

