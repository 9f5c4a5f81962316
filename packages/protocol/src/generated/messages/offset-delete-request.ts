// Generated from OffsetDeleteRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const offsetDeleteRequestVersions = { min: 0, max: 0, flexibleMin: -1 } as const;

export interface OffsetDeleteRequest {
  groupId: string;
  topics: OffsetDeleteRequestOffsetDeleteRequestTopic[];
}

export function defaultOffsetDeleteRequest(): OffsetDeleteRequest {
  return {
    groupId: "",
    topics: [],
  };
}

export function encodeOffsetDeleteRequest(w: Writer, version: number, m: OffsetDeleteRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('OffsetDeleteRequest has no version ' + version);
  if (false) w.compactString(m.groupId); else w.string(m.groupId);
  const a0 = m.topics;
  if (false) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeOffsetDeleteRequestOffsetDeleteRequestTopic(w, version, e1);
  }
}

export function decodeOffsetDeleteRequest(r: Reader, version: number): OffsetDeleteRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('OffsetDeleteRequest has no version ' + version);
  let f_groupId: string;
  f_groupId = false ? r.compactString() : r.string();
  let f_topics: OffsetDeleteRequestOffsetDeleteRequestTopic[];
  const n2 = false ? r.compactArrayLength(1) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('OffsetDeleteRequest.Topics is null but not nullable in version ' + version);
  const arr3: OffsetDeleteRequestOffsetDeleteRequestTopic[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeOffsetDeleteRequestOffsetDeleteRequestTopic(r, version));
  }
  f_topics = arr3;
  return {
    groupId: f_groupId,
    topics: f_topics,
  };
}

export interface OffsetDeleteRequestOffsetDeleteRequestTopic {
  name: string;
  partitions: OffsetDeleteRequestOffsetDeleteRequestPartition[];
}

export function defaultOffsetDeleteRequestOffsetDeleteRequestTopic(): OffsetDeleteRequestOffsetDeleteRequestTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeOffsetDeleteRequestOffsetDeleteRequestTopic(w: Writer, version: number, m: OffsetDeleteRequestOffsetDeleteRequestTopic): void {
  if (false) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitions;
  if (false) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeOffsetDeleteRequestOffsetDeleteRequestPartition(w, version, e6);
  }
}

export function decodeOffsetDeleteRequestOffsetDeleteRequestTopic(r: Reader, version: number): OffsetDeleteRequestOffsetDeleteRequestTopic {
  let f_name: string;
  f_name = false ? r.compactString() : r.string();
  let f_partitions: OffsetDeleteRequestOffsetDeleteRequestPartition[];
  const n7 = false ? r.compactArrayLength(1) : r.arrayLength(4);
  if (n7 === -1) throw new DecodeError('OffsetDeleteRequest.Partitions is null but not nullable in version ' + version);
  const arr8: OffsetDeleteRequestOffsetDeleteRequestPartition[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeOffsetDeleteRequestOffsetDeleteRequestPartition(r, version));
  }
  f_partitions = arr8;
  return {
    name: f_name,
    partitions: f_partitions,
  };
}

export interface OffsetDeleteRequestOffsetDeleteRequestPartition {
  partitionIndex: number;
}

export function defaultOffsetDeleteRequestOffsetDeleteRequestPartition(): OffsetDeleteRequestOffsetDeleteRequestPartition {
  return {
    partitionIndex: 0,
  };
}

export function encodeOffsetDeleteRequestOffsetDeleteRequestPartition(w: Writer, version: number, m: OffsetDeleteRequestOffsetDeleteRequestPartition): void {
  w.int32(m.partitionIndex);
}

export function decodeOffsetDeleteRequestOffsetDeleteRequestPartition(r: Reader, version: number): OffsetDeleteRequestOffsetDeleteRequestPartition {
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  return {
    partitionIndex: f_partitionIndex,
  };
}

