// Generated from WriteTxnMarkersResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const writeTxnMarkersResponseVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface WriteTxnMarkersResponse {
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
}

export function defaultWriteTxnMarkersResponse(): WriteTxnMarkersResponse {
  return {
    markers: [],
  };
}

export function encodeWriteTxnMarkersResponse(w: Writer, version: number, m: WriteTxnMarkersResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('WriteTxnMarkersResponse has no version ' + version);
  const flexible = version >= 1;
  const a0 = m.markers;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeWriteTxnMarkersResponseWritableTxnMarkerResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeWriteTxnMarkersResponse(r: Reader, version: number): WriteTxnMarkersResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('WriteTxnMarkersResponse has no version ' + version);
  const flexible = version >= 1;
  let f_markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
  const n2 = flexible ? r.compactArrayLength(10) : r.arrayLength(12);
  if (n2 === -1) throw new DecodeError('WriteTxnMarkersResponse.Markers is null but not nullable in version ' + version);
  const arr3: WriteTxnMarkersResponseWritableTxnMarkerResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeWriteTxnMarkersResponseWritableTxnMarkerResult(r, version));
  }
  f_markers = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('WriteTxnMarkersResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    markers: f_markers,
  };
}

export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  producerId: bigint;
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
}

export function defaultWriteTxnMarkersResponseWritableTxnMarkerResult(): WriteTxnMarkersResponseWritableTxnMarkerResult {
  return {
    producerId: 0n,
    topics: [],
  };
}

export function encodeWriteTxnMarkersResponseWritableTxnMarkerResult(w: Writer, version: number, m: WriteTxnMarkersResponseWritableTxnMarkerResult): void {
  const flexible = version >= 1;
  w.int64(m.producerId);
  const a5 = m.topics;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeWriteTxnMarkersResponseWritableTxnMarkerResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerResult {
  const flexible = version >= 1;
  let f_producerId: bigint;
  f_producerId = r.int64();
  let f_topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
  const n7 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n7 === -1) throw new DecodeError('WriteTxnMarkersResponse.Topics is null but not nullable in version ' + version);
  const arr8: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r, version));
  }
  f_topics = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('WriteTxnMarkersResponseWritableTxnMarkerResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    producerId: f_producerId,
    topics: f_topics,
  };
}

export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  name: string;
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
}

export function defaultWriteTxnMarkersResponseWritableTxnMarkerTopicResult(): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w: Writer, version: number, m: WriteTxnMarkersResponseWritableTxnMarkerTopicResult): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a10 = m.partitions;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    encodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w, version, e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  const flexible = version >= 1;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
  const n12 = flexible ? r.compactArrayLength(7) : r.arrayLength(6);
  if (n12 === -1) throw new DecodeError('WriteTxnMarkersResponse.Partitions is null but not nullable in version ' + version);
  const arr13: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r, version));
  }
  f_partitions = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('WriteTxnMarkersResponseWritableTxnMarkerTopicResult: tagged field ' + tag + ' out of order');
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

export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  partitionIndex: number;
  errorCode: number;
}

export function defaultWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

export function encodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w: Writer, version: number, m: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult): void {
  const flexible = version >= 1;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  const flexible = version >= 1;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('WriteTxnMarkersResponseWritableTxnMarkerPartitionResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
}

