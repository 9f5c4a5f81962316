// Generated from DescribeProducersResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeProducersResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface DescribeProducersResponse {
  throttleTimeMs: number;
  topics: DescribeProducersResponseTopicResponse[];
}

export function defaultDescribeProducersResponse(): DescribeProducersResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

export function encodeDescribeProducersResponse(w: Writer, version: number, m: DescribeProducersResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('DescribeProducersResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeProducersResponseTopicResponse(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeProducersResponse(r: Reader, version: number): DescribeProducersResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('DescribeProducersResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_topics: DescribeProducersResponseTopicResponse[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('DescribeProducersResponse.Topics is null but not nullable in version ' + version);
  const arr3: DescribeProducersResponseTopicResponse[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDescribeProducersResponseTopicResponse(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeProducersResponse: tagged field ' + tag + ' out of order');
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

export interface DescribeProducersResponseTopicResponse {
  name: string;
  partitions: DescribeProducersResponsePartitionResponse[];
}

export function defaultDescribeProducersResponseTopicResponse(): DescribeProducersResponseTopicResponse {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeDescribeProducersResponseTopicResponse(w: Writer, version: number, m: DescribeProducersResponseTopicResponse): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeDescribeProducersResponsePartitionResponse(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeProducersResponseTopicResponse(r: Reader, version: number): DescribeProducersResponseTopicResponse {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: DescribeProducersResponsePartitionResponse[];
  const n7 = flexible ? r.compactArrayLength(9) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('DescribeProducersResponse.Partitions is null but not nullable in version ' + version);
  const arr8: DescribeProducersResponsePartitionResponse[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeDescribeProducersResponsePartitionResponse(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeProducersResponseTopicResponse: tagged field ' + tag + ' out of order');
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

export interface DescribeProducersResponsePartitionResponse {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null;
  activeProducers: DescribeProducersResponseProducerState[];
}

export function defaultDescribeProducersResponsePartitionResponse(): DescribeProducersResponsePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    activeProducers: [],
  };
}

export function encodeDescribeProducersResponsePartitionResponse(w: Writer, version: number, m: DescribeProducersResponsePartitionResponse): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  const v10 = m.errorMessage;
  if (flexible) w.compactNullableString(v10); else w.nullableString(v10);
  const a11 = m.activeProducers;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeDescribeProducersResponseProducerState(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeProducersResponsePartitionResponse(r: Reader, version: number): DescribeProducersResponsePartitionResponse {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_activeProducers: DescribeProducersResponseProducerState[];
  const n13 = flexible ? r.compactArrayLength(37) : r.arrayLength(1);
  if (n13 === -1) throw new DecodeError('DescribeProducersResponse.ActiveProducers is null but not nullable in version ' + version);
  const arr14: DescribeProducersResponseProducerState[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeDescribeProducersResponseProducerState(r, version));
  }
  f_activeProducers = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeProducersResponsePartitionResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    activeProducers: f_activeProducers,
  };
}

export interface DescribeProducersResponseProducerState {
  producerId: bigint;
  producerEpoch: number;
  lastSequence: number;
  lastTimestamp: bigint;
  coordinatorEpoch: number;
  currentTxnStartOffset: bigint;
}

export function defaultDescribeProducersResponseProducerState(): DescribeProducersResponseProducerState {
  return {
    producerId: 0n,
    producerEpoch: 0,
    lastSequence: -1,
    lastTimestamp: -1n,
    coordinatorEpoch: 0,
    currentTxnStartOffset: -1n,
  };
}

export function encodeDescribeProducersResponseProducerState(w: Writer, version: number, m: DescribeProducersResponseProducerState): void {
  const flexible = true;
  w.int64(m.producerId);
  w.int32(m.producerEpoch);
  w.int32(m.lastSequence);
  w.int64(m.lastTimestamp);
  w.int32(m.coordinatorEpoch);
  w.int64(m.currentTxnStartOffset);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeProducersResponseProducerState(r: Reader, version: number): DescribeProducersResponseProducerState {
  const flexible = true;
  let f_producerId: bigint;
  f_producerId = r.int64();
  let f_producerEpoch: number;
  f_producerEpoch = r.int32();
  let f_lastSequence: number;
  f_lastSequence = r.int32();
  let f_lastTimestamp: bigint;
  f_lastTimestamp = r.int64();
  let f_coordinatorEpoch: number;
  f_coordinatorEpoch = r.int32();
  let f_currentTxnStartOffset: bigint;
  f_currentTxnStartOffset = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeProducersResponseProducerState: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    lastSequence: f_lastSequence,
    lastTimestamp: f_lastTimestamp,
    coordinatorEpoch: f_coordinatorEpoch,
    currentTxnStartOffset: f_currentTxnStartOffset,
  };
}

