// Generated from AlterPartitionReassignmentsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const alterPartitionReassignmentsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface AlterPartitionReassignmentsRequest {
  timeoutMs: number;
  topics: AlterPartitionReassignmentsRequestReassignableTopic[];
}

export function defaultAlterPartitionReassignmentsRequest(): AlterPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: [],
  };
}

export function encodeAlterPartitionReassignmentsRequest(w: Writer, version: number, m: AlterPartitionReassignmentsRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('AlterPartitionReassignmentsRequest has no version ' + version);
  const flexible = true;
  w.int32(m.timeoutMs);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAlterPartitionReassignmentsRequestReassignableTopic(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionReassignmentsRequest(r: Reader, version: number): AlterPartitionReassignmentsRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('AlterPartitionReassignmentsRequest has no version ' + version);
  const flexible = true;
  let f_timeoutMs: number;
  f_timeoutMs = r.int32();
  let f_topics: AlterPartitionReassignmentsRequestReassignableTopic[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('AlterPartitionReassignmentsRequest.Topics is null but not nullable in version ' + version);
  const arr3: AlterPartitionReassignmentsRequestReassignableTopic[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeAlterPartitionReassignmentsRequestReassignableTopic(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionReassignmentsRequest: tagged field ' + tag + ' out of order');
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

export interface AlterPartitionReassignmentsRequestReassignableTopic {
  name: string;
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
}

export function defaultAlterPartitionReassignmentsRequestReassignableTopic(): AlterPartitionReassignmentsRequestReassignableTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeAlterPartitionReassignmentsRequestReassignableTopic(w: Writer, version: number, m: AlterPartitionReassignmentsRequestReassignableTopic): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeAlterPartitionReassignmentsRequestReassignablePartition(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionReassignmentsRequestReassignableTopic(r: Reader, version: number): AlterPartitionReassignmentsRequestReassignableTopic {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
  const n7 = flexible ? r.compactArrayLength(6) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('AlterPartitionReassignmentsRequest.Partitions is null but not nullable in version ' + version);
  const arr8: AlterPartitionReassignmentsRequestReassignablePartition[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeAlterPartitionReassignmentsRequestReassignablePartition(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionReassignmentsRequestReassignableTopic: tagged field ' + tag + ' out of order');
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

export interface AlterPartitionReassignmentsRequestReassignablePartition {
  partitionIndex: number;
  replicas: number[] | null;
}

export function defaultAlterPartitionReassignmentsRequestReassignablePartition(): AlterPartitionReassignmentsRequestReassignablePartition {
  return {
    partitionIndex: 0,
    replicas: null,
  };
}

export function encodeAlterPartitionReassignmentsRequestReassignablePartition(w: Writer, version: number, m: AlterPartitionReassignmentsRequestReassignablePartition): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  const a10 = m.replicas;
  if (a10 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
    for (const e11 of a10) {
      w.int32(e11);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionReassignmentsRequestReassignablePartition(r: Reader, version: number): AlterPartitionReassignmentsRequestReassignablePartition {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_replicas: number[] | null;
  const n12 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n12 === -1) {
    f_replicas = null;
  } else {
    const arr13: number[] = [];
    for (let i14 = 0; i14 < n12; i14++) {
      arr13.push(r.int32());
    }
    f_replicas = arr13;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionReassignmentsRequestReassignablePartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    replicas: f_replicas,
  };
}

