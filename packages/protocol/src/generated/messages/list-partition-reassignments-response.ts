// Generated from ListPartitionReassignmentsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const listPartitionReassignmentsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ListPartitionReassignmentsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
}

export function defaultListPartitionReassignmentsResponse(): ListPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    topics: [],
  };
}

export function encodeListPartitionReassignmentsResponse(w: Writer, version: number, m: ListPartitionReassignmentsResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ListPartitionReassignmentsResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const a1 = m.topics;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeListPartitionReassignmentsResponseOngoingTopicReassignment(w, version, e2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListPartitionReassignmentsResponse(r: Reader, version: number): ListPartitionReassignmentsResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ListPartitionReassignmentsResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
  const n3 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n3 === -1) throw new DecodeError('ListPartitionReassignmentsResponse.Topics is null but not nullable in version ' + version);
  const arr4: ListPartitionReassignmentsResponseOngoingTopicReassignment[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeListPartitionReassignmentsResponseOngoingTopicReassignment(r, version));
  }
  f_topics = arr4;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListPartitionReassignmentsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    topics: f_topics,
  };
}

export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  name: string;
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
}

export function defaultListPartitionReassignmentsResponseOngoingTopicReassignment(): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeListPartitionReassignmentsResponseOngoingTopicReassignment(w: Writer, version: number, m: ListPartitionReassignmentsResponseOngoingTopicReassignment): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a6 = m.partitions;
  if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    encodeListPartitionReassignmentsResponseOngoingPartitionReassignment(w, version, e7);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListPartitionReassignmentsResponseOngoingTopicReassignment(r: Reader, version: number): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
  const n8 = flexible ? r.compactArrayLength(8) : r.arrayLength(1);
  if (n8 === -1) throw new DecodeError('ListPartitionReassignmentsResponse.Partitions is null but not nullable in version ' + version);
  const arr9: ListPartitionReassignmentsResponseOngoingPartitionReassignment[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeListPartitionReassignmentsResponseOngoingPartitionReassignment(r, version));
  }
  f_partitions = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListPartitionReassignmentsResponseOngoingTopicReassignment: tagged field ' + tag + ' out of order');
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

export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  partitionIndex: number;
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

export function defaultListPartitionReassignmentsResponseOngoingPartitionReassignment(): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  return {
    partitionIndex: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
  };
}

export function encodeListPartitionReassignmentsResponseOngoingPartitionReassignment(w: Writer, version: number, m: ListPartitionReassignmentsResponseOngoingPartitionReassignment): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  const a11 = m.replicas;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    w.int32(e12);
  }
  const a13 = m.addingReplicas;
  if (flexible) w.compactArrayLength(a13.length); else w.arrayLength(a13.length);
  for (const e14 of a13) {
    w.int32(e14);
  }
  const a15 = m.removingReplicas;
  if (flexible) w.compactArrayLength(a15.length); else w.arrayLength(a15.length);
  for (const e16 of a15) {
    w.int32(e16);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListPartitionReassignmentsResponseOngoingPartitionReassignment(r: Reader, version: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_replicas: number[];
  const n17 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n17 === -1) throw new DecodeError('ListPartitionReassignmentsResponse.Replicas is null but not nullable in version ' + version);
  const arr18: number[] = [];
  for (let i19 = 0; i19 < n17; i19++) {
    arr18.push(r.int32());
  }
  f_replicas = arr18;
  let f_addingReplicas: number[];
  const n20 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n20 === -1) throw new DecodeError('ListPartitionReassignmentsResponse.AddingReplicas is null but not nullable in version ' + version);
  const arr21: number[] = [];
  for (let i22 = 0; i22 < n20; i22++) {
    arr21.push(r.int32());
  }
  f_addingReplicas = arr21;
  let f_removingReplicas: number[];
  const n23 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n23 === -1) throw new DecodeError('ListPartitionReassignmentsResponse.RemovingReplicas is null but not nullable in version ' + version);
  const arr24: number[] = [];
  for (let i25 = 0; i25 < n23; i25++) {
    arr24.push(r.int32());
  }
  f_removingReplicas = arr24;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListPartitionReassignmentsResponseOngoingPartitionReassignment: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    replicas: f_replicas,
    addingReplicas: f_addingReplicas,
    removingReplicas: f_removingReplicas,
  };
}

