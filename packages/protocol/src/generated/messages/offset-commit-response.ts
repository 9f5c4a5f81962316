// Generated from OffsetCommitResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const offsetCommitResponseVersions = { min: 0, max: 9, flexibleMin: 8 } as const;

export interface OffsetCommitResponse {
  throttleTimeMs: number;
  topics: OffsetCommitResponseOffsetCommitResponseTopic[];
}

export function defaultOffsetCommitResponse(): OffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

export function encodeOffsetCommitResponse(w: Writer, version: number, m: OffsetCommitResponse): void {
  if (!(version >= 0 && version <= 9)) throw new EncodeError('OffsetCommitResponse has no version ' + version);
  const flexible = version >= 8;
  if (version >= 3) {
    w.int32(m.throttleTimeMs);
  }
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeOffsetCommitResponseOffsetCommitResponseTopic(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetCommitResponse(r: Reader, version: number): OffsetCommitResponse {
  if (!(version >= 0 && version <= 9)) throw new DecodeError('OffsetCommitResponse has no version ' + version);
  const flexible = version >= 8;
  let f_throttleTimeMs: number = 0;
  if (version >= 3) {
    f_throttleTimeMs = r.int32();
  }
  let f_topics: OffsetCommitResponseOffsetCommitResponseTopic[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('OffsetCommitResponse.Topics is null but not nullable in version ' + version);
  const arr3: OffsetCommitResponseOffsetCommitResponseTopic[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeOffsetCommitResponseOffsetCommitResponseTopic(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetCommitResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
}

export interface OffsetCommitResponseOffsetCommitResponseTopic {
  name: string;
  partitions: OffsetCommitResponseOffsetCommitResponsePartition[];
}

export function defaultOffsetCommitResponseOffsetCommitResponseTopic(): OffsetCommitResponseOffsetCommitResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeOffsetCommitResponseOffsetCommitResponseTopic(w: Writer, version: number, m: OffsetCommitResponseOffsetCommitResponseTopic): void {
  const flexible = version >= 8;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeOffsetCommitResponseOffsetCommitResponsePartition(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetCommitResponseOffsetCommitResponseTopic(r: Reader, version: number): OffsetCommitResponseOffsetCommitResponseTopic {
  const flexible = version >= 8;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: OffsetCommitResponseOffsetCommitResponsePartition[];
  const n7 = flexible ? r.compactArrayLength(7) : r.arrayLength(6);
  if (n7 === -1) throw new DecodeError('OffsetCommitResponse.Partitions is null but not nullable in version ' + version);
  const arr8: OffsetCommitResponseOffsetCommitResponsePartition[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeOffsetCommitResponseOffsetCommitResponsePartition(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetCommitResponseOffsetCommitResponseTopic: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    partitions: f_partitions,
  };
}

export interface OffsetCommitResponseOffsetCommitResponsePartition {
  partitionIndex: number;
  errorCode: number;
}

export function defaultOffsetCommitResponseOffsetCommitResponsePartition(): OffsetCommitResponseOffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

export function encodeOffsetCommitResponseOffsetCommitResponsePartition(w: Writer, version: number, m: OffsetCommitResponseOffsetCommitResponsePartition): void {
  const flexible = version >= 8;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetCommitResponseOffsetCommitResponsePartition(r: Reader, version: number): OffsetCommitResponseOffsetCommitResponsePartition {
  const flexible = version >= 8;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetCommitResponseOffsetCommitResponsePartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
}

