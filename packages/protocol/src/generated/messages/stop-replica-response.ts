// Generated from StopReplicaResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const stopReplicaResponseVersions = { min: 0, max: 4, flexibleMin: 2 } as const;

export interface StopReplicaResponse {
  errorCode: number;
  partitionErrors: StopReplicaResponseStopReplicaPartitionError[];
}

export function defaultStopReplicaResponse(): StopReplicaResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
  };
}

export function encodeStopReplicaResponse(w: Writer, version: number, m: StopReplicaResponse): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('StopReplicaResponse has no version ' + version);
  const flexible = version >= 2;
  w.int16(m.errorCode);
  const a0 = m.partitionErrors;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeStopReplicaResponseStopReplicaPartitionError(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeStopReplicaResponse(r: Reader, version: number): StopReplicaResponse {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('StopReplicaResponse has no version ' + version);
  const flexible = version >= 2;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_partitionErrors: StopReplicaResponseStopReplicaPartitionError[];
  const n2 = flexible ? r.compactArrayLength(8) : r.arrayLength(8);
  if (n2 === -1) throw new DecodeError('StopReplicaResponse.PartitionErrors is null but not nullable in version ' + version);
  const arr3: StopReplicaResponseStopReplicaPartitionError[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeStopReplicaResponseStopReplicaPartitionError(r, version));
  }
  f_partitionErrors = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('StopReplicaResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    partitionErrors: f_partitionErrors,
  };
}

export interface StopReplicaResponseStopReplicaPartitionError {
  topicName: string;
  partitionIndex: number;
  errorCode: number;
}

export function defaultStopReplicaResponseStopReplicaPartitionError(): StopReplicaResponseStopReplicaPartitionError {
  return {
    topicName: "",
    partitionIndex: 0,
    errorCode: 0,
  };
}

export function encodeStopReplicaResponseStopReplicaPartitionError(w: Writer, version: number, m: StopReplicaResponseStopReplicaPartitionError): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeStopReplicaResponseStopReplicaPartitionError(r: Reader, version: number): StopReplicaResponseStopReplicaPartitionError {
  const flexible = version >= 2;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('StopReplicaResponseStopReplicaPartitionError: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
}

