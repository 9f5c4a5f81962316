// Generated from ControlledShutdownResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const controlledShutdownResponseVersions = { min: 0, max: 3, flexibleMin: 3 } as const;

export interface ControlledShutdownResponse {
  errorCode: number;
  remainingPartitions: ControlledShutdownResponseRemainingPartition[];
}

export function defaultControlledShutdownResponse(): ControlledShutdownResponse {
  return {
    errorCode: 0,
    remainingPartitions: [],
  };
}

export function encodeControlledShutdownResponse(w: Writer, version: number, m: ControlledShutdownResponse): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('ControlledShutdownResponse has no version ' + version);
  const flexible = version >= 3;
  w.int16(m.errorCode);
  const a0 = m.remainingPartitions;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeControlledShutdownResponseRemainingPartition(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeControlledShutdownResponse(r: Reader, version: number): ControlledShutdownResponse {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('ControlledShutdownResponse has no version ' + version);
  const flexible = version >= 3;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_remainingPartitions: ControlledShutdownResponseRemainingPartition[];
  const n2 = flexible ? r.compactArrayLength(6) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('ControlledShutdownResponse.RemainingPartitions is null but not nullable in version ' + version);
  const arr3: ControlledShutdownResponseRemainingPartition[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeControlledShutdownResponseRemainingPartition(r, version));
  }
  f_remainingPartitions = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ControlledShutdownResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    remainingPartitions: f_remainingPartitions,
  };
}

export interface ControlledShutdownResponseRemainingPartition {
  topicName: string;
  partitionIndex: number;
}

export function defaultControlledShutdownResponseRemainingPartition(): ControlledShutdownResponseRemainingPartition {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

export function encodeControlledShutdownResponseRemainingPartition(w: Writer, version: number, m: ControlledShutdownResponseRemainingPartition): void {
  const flexible = version >= 3;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  w.int32(m.partitionIndex);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeControlledShutdownResponseRemainingPartition(r: Reader, version: number): ControlledShutdownResponseRemainingPartition {
  const flexible = version >= 3;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ControlledShutdownResponseRemainingPartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
  };
}

