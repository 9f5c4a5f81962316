// Generated from WriteShareGroupStateRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const writeShareGroupStateRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface WriteShareGroupStateRequest {
  groupId: string;
  topics: WriteShareGroupStateRequestWriteStateData[];
}

export function defaultWriteShareGroupStateRequest(): WriteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
  };
}

export function encodeWriteShareGroupStateRequest(w: Writer, version: number, m: WriteShareGroupStateRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('WriteShareGroupStateRequest has no version ' + version);
  const flexible = true;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeWriteShareGroupStateRequestWriteStateData(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeWriteShareGroupStateRequest(r: Reader, version: number): WriteShareGroupStateRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('WriteShareGroupStateRequest has no version ' + version);
  const flexible = true;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_topics: WriteShareGroupStateRequestWriteStateData[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('WriteShareGroupStateRequest.Topics is null but not nullable in version ' + version);
  const arr3: WriteShareGroupStateRequestWriteStateData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeWriteShareGroupStateRequestWriteStateData(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('WriteShareGroupStateRequest: tagged field ' + tag + ' out of order');
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

export interface WriteShareGroupStateRequestWriteStateData {
  topicId: string;
  partitions: WriteShareGroupStateRequestPartitionData[];
}

export function defaultWriteShareGroupStateRequestWriteStateData(): WriteShareGroupStateRequestWriteStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeWriteShareGroupStateRequestWriteStateData(w: Writer, version: number, m: WriteShareGroupStateRequestWriteStateData): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeWriteShareGroupStateRequestPartitionData(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeWriteShareGroupStateRequestWriteStateData(r: Reader, version: number): WriteShareGroupStateRequestWriteStateData {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: WriteShareGroupStateRequestPartitionData[];
  const n7 = flexible ? r.compactArrayLength(22) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('WriteShareGroupStateRequest.Partitions is null but not nullable in version ' + version);
  const arr8: WriteShareGroupStateRequestPartitionData[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeWriteShareGroupStateRequestPartitionData(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('WriteShareGroupStateRequestWriteStateData: tagged field ' + tag + ' out of order');
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

export interface WriteShareGroupStateRequestPartitionData {
  partition: number;
  stateEpoch: number;
  leaderEpoch: number;
  startOffset: bigint;
  stateBatches: WriteShareGroupStateRequestStateBatch[];
}

export function defaultWriteShareGroupStateRequestPartitionData(): WriteShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    leaderEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
  };
}

export function encodeWriteShareGroupStateRequestPartitionData(w: Writer, version: number, m: WriteShareGroupStateRequestPartitionData): void {
  const flexible = true;
  w.int32(m.partition);
  w.int32(m.stateEpoch);
  w.int32(m.leaderEpoch);
  w.int64(m.startOffset);
  const a10 = m.stateBatches;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    encodeWriteShareGroupStateRequestStateBatch(w, version, e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeWriteShareGroupStateRequestPartitionData(r: Reader, version: number): WriteShareGroupStateRequestPartitionData {
  const flexible = true;
  let f_partition: number;
  f_partition = r.int32();
  let f_stateEpoch: number;
  f_stateEpoch = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  let f_startOffset: bigint;
  f_startOffset = r.int64();
  let f_stateBatches: WriteShareGroupStateRequestStateBatch[];
  const n12 = flexible ? r.compactArrayLength(20) : r.arrayLength(1);
  if (n12 === -1) throw new DecodeError('WriteShareGroupStateRequest.StateBatches is null but not nullable in version ' + version);
  const arr13: WriteShareGroupStateRequestStateBatch[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeWriteShareGroupStateRequestStateBatch(r, version));
  }
  f_stateBatches = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('WriteShareGroupStateRequestPartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partition: f_partition,
    stateEpoch: f_stateEpoch,
    leaderEpoch: f_leaderEpoch,
    startOffset: f_startOffset,
    stateBatches: f_stateBatches,
  };
}

export interface WriteShareGroupStateRequestStateBatch {
  firstOffset: bigint;
  lastOffset: bigint;
  deliveryState: number;
  deliveryCount: number;
}

export function defaultWriteShareGroupStateRequestStateBatch(): WriteShareGroupStateRequestStateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
  };
}

export function encodeWriteShareGroupStateRequestStateBatch(w: Writer, version: number, m: WriteShareGroupStateRequestStateBatch): void {
  const flexible = true;
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int8(m.deliveryState);
  w.int16(m.deliveryCount);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeWriteShareGroupStateRequestStateBatch(r: Reader, version: number): WriteShareGroupStateRequestStateBatch {
  const flexible = true;
  let f_firstOffset: bigint;
  f_firstOffset = r.int64();
  let f_lastOffset: bigint;
  f_lastOffset = r.int64();
  let f_deliveryState: number;
  f_deliveryState = r.int8();
  let f_deliveryCount: number;
  f_deliveryCount = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('WriteShareGroupStateRequestStateBatch: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    firstOffset: f_firstOffset,
    lastOffset: f_lastOffset,
    deliveryState: f_deliveryState,
    deliveryCount: f_deliveryCount,
  };
}

