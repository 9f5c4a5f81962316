// Generated from ElectLeadersResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const electLeadersResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface ElectLeadersResponse {
  throttleTimeMs: number;
  errorCode: number;
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
}

export function defaultElectLeadersResponse(): ElectLeadersResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    replicaElectionResults: [],
  };
}

export function encodeElectLeadersResponse(w: Writer, version: number, m: ElectLeadersResponse): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('ElectLeadersResponse has no version ' + version);
  const flexible = version >= 2;
  w.int32(m.throttleTimeMs);
  if (version >= 1) {
    w.int16(m.errorCode);
  }
  const a0 = m.replicaElectionResults;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeElectLeadersResponseReplicaElectionResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeElectLeadersResponse(r: Reader, version: number): ElectLeadersResponse {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('ElectLeadersResponse has no version ' + version);
  const flexible = version >= 2;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number = 0;
  if (version >= 1) {
    f_errorCode = r.int16();
  }
  let f_replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('ElectLeadersResponse.ReplicaElectionResults is null but not nullable in version ' + version);
  const arr3: ElectLeadersResponseReplicaElectionResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeElectLeadersResponseReplicaElectionResult(r, version));
  }
  f_replicaElectionResults = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ElectLeadersResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    replicaElectionResults: f_replicaElectionResults,
  };
}

export interface ElectLeadersResponseReplicaElectionResult {
  topic: string;
  partitionResult: ElectLeadersResponsePartitionResult[];
}

export function defaultElectLeadersResponseReplicaElectionResult(): ElectLeadersResponseReplicaElectionResult {
  return {
    topic: "",
    partitionResult: [],
  };
}

export function encodeElectLeadersResponseReplicaElectionResult(w: Writer, version: number, m: ElectLeadersResponseReplicaElectionResult): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.topic); else w.string(m.topic);
  const a5 = m.partitionResult;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeElectLeadersResponsePartitionResult(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeElectLeadersResponseReplicaElectionResult(r: Reader, version: number): ElectLeadersResponseReplicaElectionResult {
  const flexible = version >= 2;
  let f_topic: string;
  f_topic = flexible ? r.compactString() : r.string();
  let f_partitionResult: ElectLeadersResponsePartitionResult[];
  const n7 = flexible ? r.compactArrayLength(8) : r.arrayLength(8);
  if (n7 === -1) throw new DecodeError('ElectLeadersResponse.PartitionResult is null but not nullable in version ' + version);
  const arr8: ElectLeadersResponsePartitionResult[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeElectLeadersResponsePartitionResult(r, version));
  }
  f_partitionResult = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ElectLeadersResponseReplicaElectionResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topic: f_topic,
    partitionResult: f_partitionResult,
  };
}

export interface ElectLeadersResponsePartitionResult {
  partitionId: number;
  errorCode: number;
  errorMessage: string | null;
}

export function defaultElectLeadersResponsePartitionResult(): ElectLeadersResponsePartitionResult {
  return {
    partitionId: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

export function encodeElectLeadersResponsePartitionResult(w: Writer, version: number, m: ElectLeadersResponsePartitionResult): void {
  const flexible = version >= 2;
  w.int32(m.partitionId);
  w.int16(m.errorCode);
  const v10 = m.errorMessage;
  if (flexible) w.compactNullableString(v10); else w.nullableString(v10);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeElectLeadersResponsePartitionResult(r: Reader, version: number): ElectLeadersResponsePartitionResult {
  const flexible = version >= 2;
  let f_partitionId: number;
  f_partitionId = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ElectLeadersResponsePartitionResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionId: f_partitionId,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
}

