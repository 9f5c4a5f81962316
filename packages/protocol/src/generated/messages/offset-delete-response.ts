// Generated from OffsetDeleteResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const offsetDeleteResponseVersions = { min: 0, max: 0, flexibleMin: -1 } as const;

export interface OffsetDeleteResponse {
  errorCode: number;
  throttleTimeMs: number;
  topics: OffsetDeleteResponseOffsetDeleteResponseTopic[];
}

export function defaultOffsetDeleteResponse(): OffsetDeleteResponse {
  return {
    errorCode: 0,
    throttleTimeMs: 0,
    topics: [],
  };
}

export function encodeOffsetDeleteResponse(w: Writer, version: number, m: OffsetDeleteResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('OffsetDeleteResponse has no version ' + version);
  w.int16(m.errorCode);
  w.int32(m.throttleTimeMs);
  const a0 = m.topics;
  if (false) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeOffsetDeleteResponseOffsetDeleteResponseTopic(w, version, e1);
  }
}

export function decodeOffsetDeleteResponse(r: Reader, version: number): OffsetDeleteResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('OffsetDeleteResponse has no version ' + version);
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_topics: OffsetDeleteResponseOffsetDeleteResponseTopic[];
  const n2 = false ? r.compactArrayLength(1) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('OffsetDeleteResponse.Topics is null but not nullable in version ' + version);
  const arr3: OffsetDeleteResponseOffsetDeleteResponseTopic[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeOffsetDeleteResponseOffsetDeleteResponseTopic(r, version));
  }
  f_topics = arr3;
  return {
    errorCode: f_errorCode,
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
}

export interface OffsetDeleteResponseOffsetDeleteResponseTopic {
  name: string;
  partitions: OffsetDeleteResponseOffsetDeleteResponsePartition[];
}

export function defaultOffsetDeleteResponseOffsetDeleteResponseTopic(): OffsetDeleteResponseOffsetDeleteResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeOffsetDeleteResponseOffsetDeleteResponseTopic(w: Writer, version: number, m: OffsetDeleteResponseOffsetDeleteResponseTopic): void {
  if (false) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitions;
  if (false) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeOffsetDeleteResponseOffsetDeleteResponsePartition(w, version, e6);
  }
}

export function decodeOffsetDeleteResponseOffsetDeleteResponseTopic(r: Reader, version: number): OffsetDeleteResponseOffsetDeleteResponseTopic {
  let f_name: string;
  f_name = false ? r.compactString() : r.string();
  let f_partitions: OffsetDeleteResponseOffsetDeleteResponsePartition[];
  const n7 = false ? r.compactArrayLength(1) : r.arrayLength(6);
  if (n7 === -1) throw new DecodeError('OffsetDeleteResponse.Partitions is null but not nullable in version ' + version);
  const arr8: OffsetDeleteResponseOffsetDeleteResponsePartition[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeOffsetDeleteResponseOffsetDeleteResponsePartition(r, version));
  }
  f_partitions = arr8;
  return {
    name: f_name,
    partitions: f_partitions,
  };
}

export interface OffsetDeleteResponseOffsetDeleteResponsePartition {
  partitionIndex: number;
  errorCode: number;
}

export function defaultOffsetDeleteResponseOffsetDeleteResponsePartition(): OffsetDeleteResponseOffsetDeleteResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

export function encodeOffsetDeleteResponseOffsetDeleteResponsePartition(w: Writer, version: number, m: OffsetDeleteResponseOffsetDeleteResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}

export function decodeOffsetDeleteResponseOffsetDeleteResponsePartition(r: Reader, version: number): OffsetDeleteResponseOffsetDeleteResponsePartition {
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
}

