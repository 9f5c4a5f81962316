// Generated from ReadShareGroupStateResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const readShareGroupStateResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ReadShareGroupStateResponse {
  results: ReadShareGroupStateResponseReadStateResult[];
}

export function defaultReadShareGroupStateResponse(): ReadShareGroupStateResponse {
  return {
    results: [],
  };
}

export function encodeReadShareGroupStateResponse(w: Writer, version: number, m: ReadShareGroupStateResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ReadShareGroupStateResponse has no version ' + version);
  const flexible = true;
  const a0 = m.results;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeReadShareGroupStateResponseReadStateResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeReadShareGroupStateResponse(r: Reader, version: number): ReadShareGroupStateResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ReadShareGroupStateResponse has no version ' + version);
  const flexible = true;
  let f_results: ReadShareGroupStateResponseReadStateResult[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('ReadShareGroupStateResponse.Results is null but not nullable in version ' + version);
  const arr3: ReadShareGroupStateResponseReadStateResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeReadShareGroupStateResponseReadStateResult(r, version));
  }
  f_results = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ReadShareGroupStateResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    results: f_results,
  };
}

export interface ReadShareGroupStateResponseReadStateResult {
  topicId: string;
  partitions: ReadShareGroupStateResponsePartitionResult[];
}

export function defaultReadShareGroupStateResponseReadStateResult(): ReadShareGroupStateResponseReadStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeReadShareGroupStateResponseReadStateResult(w: Writer, version: number, m: ReadShareGroupStateResponseReadStateResult): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeReadShareGroupStateResponsePartitionResult(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeReadShareGroupStateResponseReadStateResult(r: Reader, version: number): ReadShareGroupStateResponseReadStateResult {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: ReadShareGroupStateResponsePartitionResult[];
  const n7 = flexible ? r.compactArrayLength(21) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ReadShareGroupStateResponse.Partitions is null but not nullable in version ' + version);
  const arr8: ReadShareGroupStateResponsePartitionResult[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeReadShareGroupStateResponsePartitionResult(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ReadShareGroupStateResponseReadStateResult: tagged field ' + tag + ' out of order');
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

export interface ReadShareGroupStateResponsePartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null;
  stateEpoch: number;
  startOffset: bigint;
  stateBatches: ReadShareGroupStateResponseStateBatch[];
}

export function defaultReadShareGroupStateResponsePartitionResult(): ReadShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
  };
}

export function encodeReadShareGroupStateResponsePartitionResult(w: Writer, version: number, m: ReadShareGroupStateResponsePartitionResult): void {
  const flexible = true;
  w.int32(m.partition);
  w.int16(m.errorCode);
  const v10 = m.errorMessage;
  if (flexible) w.compactNullableString(v10); else w.nullableString(v10);
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  const a11 = m.stateBatches;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeReadShareGroupStateResponseStateBatch(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeReadShareGroupStateResponsePartitionResult(r: Reader, version: number): ReadShareGroupStateResponsePartitionResult {
  const flexible = true;
  let f_partition: number;
  f_partition = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_stateEpoch: number;
  f_stateEpoch = r.int32();
  let f_startOffset: bigint;
  f_startOffset = r.int64();
  let f_stateBatches: ReadShareGroupStateResponseStateBatch[];
  const n13 = flexible ? r.compactArrayLength(20) : r.arrayLength(1);
  if (n13 === -1) throw new DecodeError('ReadShareGroupStateResponse.StateBatches is null but not nullable in version ' + version);
  const arr14: ReadShareGroupStateResponseStateBatch[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeReadShareGroupStateResponseStateBatch(r, version));
  }
  f_stateBatches = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ReadShareGroupStateResponsePartitionResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partition: f_partition,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    stateEpoch: f_stateEpoch,
    startOffset: f_startOffset,
    stateBatches: f_stateBatches,
  };
}

export interface ReadShareGroupStateResponseStateBatch {
  firstOffset: bigint;
  lastOffset: bigint;
  deliveryState: number;
  deliveryCount: number;
}

export function defaultReadShareGroupStateResponseStateBatch(): ReadShareGroupStateResponseStateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
  };
}

export function encodeReadShareGroupStateResponseStateBatch(w: Writer, version: number, m: ReadShareGroupStateResponseStateBatch): void {
  const flexible = true;
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int8(m.deliveryState);
  w.int16(m.deliveryCount);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeReadShareGroupStateResponseStateBatch(r: Reader, version: number): ReadShareGroupStateResponseStateBatch {
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
      if (tag <= previousTag) throw new DecodeError('ReadShareGroupStateResponseStateBatch: tagged field ' + tag + ' out of order');
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

