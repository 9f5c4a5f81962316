// Generated from WriteTxnMarkersRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const writeTxnMarkersRequestVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface WriteTxnMarkersRequest {
  markers: WriteTxnMarkersRequestWritableTxnMarker[];
}

export function defaultWriteTxnMarkersRequest(): WriteTxnMarkersRequest {
  return {
    markers: [],
  };
}

export function encodeWriteTxnMarkersRequest(w: Writer, version: number, m: WriteTxnMarkersRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('WriteTxnMarkersRequest has no version ' + version);
  const flexible = version >= 1;
  const a0 = m.markers;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeWriteTxnMarkersRequestWritableTxnMarker(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeWriteTxnMarkersRequest(r: Reader, version: number): WriteTxnMarkersRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('WriteTxnMarkersRequest has no version ' + version);
  const flexible = version >= 1;
  let f_markers: WriteTxnMarkersRequestWritableTxnMarker[];
  const n2 = flexible ? r.compactArrayLength(17) : r.arrayLength(19);
  if (n2 === -1) throw new DecodeError('WriteTxnMarkersRequest.Markers is null but not nullable in version ' + version);
  const arr3: WriteTxnMarkersRequestWritableTxnMarker[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeWriteTxnMarkersRequestWritableTxnMarker(r, version));
  }
  f_markers = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('WriteTxnMarkersRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    markers: f_markers,
  };
}

export interface WriteTxnMarkersRequestWritableTxnMarker {
  producerId: bigint;
  producerEpoch: number;
  transactionResult: boolean;
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  coordinatorEpoch: number;
}

export function defaultWriteTxnMarkersRequestWritableTxnMarker(): WriteTxnMarkersRequestWritableTxnMarker {
  return {
    producerId: 0n,
    producerEpoch: 0,
    transactionResult: false,
    topics: [],
    coordinatorEpoch: 0,
  };
}

export function encodeWriteTxnMarkersRequestWritableTxnMarker(w: Writer, version: number, m: WriteTxnMarkersRequestWritableTxnMarker): void {
  const flexible = version >= 1;
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.transactionResult);
  const a5 = m.topics;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeWriteTxnMarkersRequestWritableTxnMarkerTopic(w, version, e6);
  }
  w.int32(m.coordinatorEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeWriteTxnMarkersRequestWritableTxnMarker(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarker {
  const flexible = version >= 1;
  let f_producerId: bigint;
  f_producerId = r.int64();
  let f_producerEpoch: number;
  f_producerEpoch = r.int16();
  let f_transactionResult: boolean;
  f_transactionResult = r.bool();
  let f_topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  const n7 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n7 === -1) throw new DecodeError('WriteTxnMarkersRequest.Topics is null but not nullable in version ' + version);
  const arr8: WriteTxnMarkersRequestWritableTxnMarkerTopic[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeWriteTxnMarkersRequestWritableTxnMarkerTopic(r, version));
  }
  f_topics = arr8;
  let f_coordinatorEpoch: number;
  f_coordinatorEpoch = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('WriteTxnMarkersRequestWritableTxnMarker: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    transactionResult: f_transactionResult,
    topics: f_topics,
    coordinatorEpoch: f_coordinatorEpoch,
  };
}

export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  name: string;
  partitionIndexes: number[];
}

export function defaultWriteTxnMarkersRequestWritableTxnMarkerTopic(): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  return {
    name: "",
    partitionIndexes: [],
  };
}

export function encodeWriteTxnMarkersRequestWritableTxnMarkerTopic(w: Writer, version: number, m: WriteTxnMarkersRequestWritableTxnMarkerTopic): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a10 = m.partitionIndexes;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    w.int32(e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeWriteTxnMarkersRequestWritableTxnMarkerTopic(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  const flexible = version >= 1;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitionIndexes: number[];
  const n12 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n12 === -1) throw new DecodeError('WriteTxnMarkersRequest.PartitionIndexes is null but not nullable in version ' + version);
  const arr13: number[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(r.int32());
  }
  f_partitionIndexes = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('WriteTxnMarkersRequestWritableTxnMarkerTopic: tagged field ' + tag + ' out of order');
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

