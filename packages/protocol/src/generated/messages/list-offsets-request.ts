// Generated from ListOffsetsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const listOffsetsRequestVersions = { min: 0, max: 10, flexibleMin: 6 } as const;

export interface ListOffsetsRequest {
  replicaId: number;
  isolationLevel: number;
  topics: ListOffsetsRequestListOffsetsTopic[];
  timeoutMs: number;
}

export function defaultListOffsetsRequest(): ListOffsetsRequest {
  return {
    replicaId: 0,
    isolationLevel: 0,
    topics: [],
    timeoutMs: 0,
  };
}

export function encodeListOffsetsRequest(w: Writer, version: number, m: ListOffsetsRequest): void {
  if (!(version >= 0 && version <= 10)) throw new EncodeError('ListOffsetsRequest has no version ' + version);
  const flexible = version >= 6;
  w.int32(m.replicaId);
  if (version >= 2) {
    w.int8(m.isolationLevel);
  } else {
    if (m.isolationLevel !== 0) throw new EncodeError('ListOffsetsRequest.IsolationLevel: a non-default value cannot be written in version ' + version);
  }
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeListOffsetsRequestListOffsetsTopic(w, version, e1);
  }
  if (version >= 10) {
    w.int32(m.timeoutMs);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListOffsetsRequest(r: Reader, version: number): ListOffsetsRequest {
  if (!(version >= 0 && version <= 10)) throw new DecodeError('ListOffsetsRequest has no version ' + version);
  const flexible = version >= 6;
  let f_replicaId: number;
  f_replicaId = r.int32();
  let f_isolationLevel: number = 0;
  if (version >= 2) {
    f_isolationLevel = r.int8();
  }
  let f_topics: ListOffsetsRequestListOffsetsTopic[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('ListOffsetsRequest.Topics is null but not nullable in version ' + version);
  const arr3: ListOffsetsRequestListOffsetsTopic[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeListOffsetsRequestListOffsetsTopic(r, version));
  }
  f_topics = arr3;
  let f_timeoutMs: number = 0;
  if (version >= 10) {
    f_timeoutMs = r.int32();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListOffsetsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    replicaId: f_replicaId,
    isolationLevel: f_isolationLevel,
    topics: f_topics,
    timeoutMs: f_timeoutMs,
  };
}

export interface ListOffsetsRequestListOffsetsTopic {
  name: string;
  partitions: ListOffsetsRequestListOffsetsPartition[];
}

export function defaultListOffsetsRequestListOffsetsTopic(): ListOffsetsRequestListOffsetsTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeListOffsetsRequestListOffsetsTopic(w: Writer, version: number, m: ListOffsetsRequestListOffsetsTopic): void {
  const flexible = version >= 6;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeListOffsetsRequestListOffsetsPartition(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListOffsetsRequestListOffsetsTopic(r: Reader, version: number): ListOffsetsRequestListOffsetsTopic {
  const flexible = version >= 6;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: ListOffsetsRequestListOffsetsPartition[];
  const n7 = flexible ? r.compactArrayLength(17) : r.arrayLength(12);
  if (n7 === -1) throw new DecodeError('ListOffsetsRequest.Partitions is null but not nullable in version ' + version);
  const arr8: ListOffsetsRequestListOffsetsPartition[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeListOffsetsRequestListOffsetsPartition(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListOffsetsRequestListOffsetsTopic: tagged field ' + tag + ' out of order');
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

export interface ListOffsetsRequestListOffsetsPartition {
  partitionIndex: number;
  currentLeaderEpoch: number;
  timestamp: bigint;
  maxNumOffsets: number;
}

export function defaultListOffsetsRequestListOffsetsPartition(): ListOffsetsRequestListOffsetsPartition {
  return {
    partitionIndex: 0,
    currentLeaderEpoch: -1,
    timestamp: 0n,
    maxNumOffsets: 1,
  };
}

export function encodeListOffsetsRequestListOffsetsPartition(w: Writer, version: number, m: ListOffsetsRequestListOffsetsPartition): void {
  const flexible = version >= 6;
  w.int32(m.partitionIndex);
  if (version >= 4) {
    w.int32(m.currentLeaderEpoch);
  }
  w.int64(m.timestamp);
  if (version <= 0) {
    w.int32(m.maxNumOffsets);
  } else {
    if (m.maxNumOffsets !== 1) throw new EncodeError('ListOffsetsRequestListOffsetsPartition.MaxNumOffsets: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListOffsetsRequestListOffsetsPartition(r: Reader, version: number): ListOffsetsRequestListOffsetsPartition {
  const flexible = version >= 6;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_currentLeaderEpoch: number = -1;
  if (version >= 4) {
    f_currentLeaderEpoch = r.int32();
  }
  let f_timestamp: bigint;
  f_timestamp = r.int64();
  let f_maxNumOffsets: number = 1;
  if (version <= 0) {
    f_maxNumOffsets = r.int32();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListOffsetsRequestListOffsetsPartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    currentLeaderEpoch: f_currentLeaderEpoch,
    timestamp: f_timestamp,
    maxNumOffsets: f_maxNumOffsets,
  };
}

