// Generated from InitializeShareGroupStateRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const initializeShareGroupStateRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface InitializeShareGroupStateRequest {
  groupId: string;
  topics: InitializeShareGroupStateRequestInitializeStateData[];
}

export function defaultInitializeShareGroupStateRequest(): InitializeShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
  };
}

export function encodeInitializeShareGroupStateRequest(w: Writer, version: number, m: InitializeShareGroupStateRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('InitializeShareGroupStateRequest has no version ' + version);
  const flexible = true;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeInitializeShareGroupStateRequestInitializeStateData(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeInitializeShareGroupStateRequest(r: Reader, version: number): InitializeShareGroupStateRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('InitializeShareGroupStateRequest has no version ' + version);
  const flexible = true;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_topics: InitializeShareGroupStateRequestInitializeStateData[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('InitializeShareGroupStateRequest.Topics is null but not nullable in version ' + version);
  const arr3: InitializeShareGroupStateRequestInitializeStateData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeInitializeShareGroupStateRequestInitializeStateData(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('InitializeShareGroupStateRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    topics: f_topics,
  };
}

export interface InitializeShareGroupStateRequestInitializeStateData {
  topicId: string;
  partitions: InitializeShareGroupStateRequestPartitionData[];
}

export function defaultInitializeShareGroupStateRequestInitializeStateData(): InitializeShareGroupStateRequestInitializeStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeInitializeShareGroupStateRequestInitializeStateData(w: Writer, version: number, m: InitializeShareGroupStateRequestInitializeStateData): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeInitializeShareGroupStateRequestPartitionData(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeInitializeShareGroupStateRequestInitializeStateData(r: Reader, version: number): InitializeShareGroupStateRequestInitializeStateData {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: InitializeShareGroupStateRequestPartitionData[];
  const n7 = flexible ? r.compactArrayLength(17) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('InitializeShareGroupStateRequest.Partitions is null but not nullable in version ' + version);
  const arr8: InitializeShareGroupStateRequestPartitionData[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeInitializeShareGroupStateRequestPartitionData(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('InitializeShareGroupStateRequestInitializeStateData: tagged field ' + tag + ' out of order');
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

export interface InitializeShareGroupStateRequestPartitionData {
  partition: number;
  stateEpoch: number;
  startOffset: bigint;
}

export function defaultInitializeShareGroupStateRequestPartitionData(): InitializeShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    startOffset: 0n,
  };
}

export function encodeInitializeShareGroupStateRequestPartitionData(w: Writer, version: number, m: InitializeShareGroupStateRequestPartitionData): void {
  const flexible = true;
  w.int32(m.partition);
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeInitializeShareGroupStateRequestPartitionData(r: Reader, version: number): InitializeShareGroupStateRequestPartitionData {
  const flexible = true;
  let f_partition: number;
  f_partition = r.int32();
  let f_stateEpoch: number;
  f_stateEpoch = r.int32();
  let f_startOffset: bigint;
  f_startOffset = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('InitializeShareGroupStateRequestPartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partition: f_partition,
    stateEpoch: f_stateEpoch,
    startOffset: f_startOffset,
  };
}

