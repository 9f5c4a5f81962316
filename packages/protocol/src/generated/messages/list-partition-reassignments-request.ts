// Generated from ListPartitionReassignmentsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const listPartitionReassignmentsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ListPartitionReassignmentsRequest {
  timeoutMs: number;
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
}

export function defaultListPartitionReassignmentsRequest(): ListPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: null,
  };
}

export function encodeListPartitionReassignmentsRequest(w: Writer, version: number, m: ListPartitionReassignmentsRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ListPartitionReassignmentsRequest has no version ' + version);
  const flexible = true;
  w.int32(m.timeoutMs);
  const a0 = m.topics;
  if (a0 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w, version, e1);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListPartitionReassignmentsRequest(r: Reader, version: number): ListPartitionReassignmentsRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ListPartitionReassignmentsRequest has no version ' + version);
  const flexible = true;
  let f_timeoutMs: number;
  f_timeoutMs = r.int32();
  let f_topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n2 === -1) {
    f_topics = null;
  } else {
    const arr3: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] = [];
    for (let i4 = 0; i4 < n2; i4++) {
      arr3.push(decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r, version));
    }
    f_topics = arr3;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListPartitionReassignmentsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    timeoutMs: f_timeoutMs,
    topics: f_topics,
  };
}

export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  name: string;
  partitionIndexes: number[];
}

export function defaultListPartitionReassignmentsRequestListPartitionReassignmentsTopics(): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  return {
    name: "",
    partitionIndexes: [],
  };
}

export function encodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w: Writer, version: number, m: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitionIndexes;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    w.int32(e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r: Reader, version: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitionIndexes: number[];
  const n7 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ListPartitionReassignmentsRequest.PartitionIndexes is null but not nullable in version ' + version);
  const arr8: number[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(r.int32());
  }
  f_partitionIndexes = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListPartitionReassignmentsRequestListPartitionReassignmentsTopics: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    partitionIndexes: f_partitionIndexes,
  };
}

