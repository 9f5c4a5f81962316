// Generated from ConsumerProtocolAssignment.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerProtocolAssignmentVersions = { min: 0, max: 3, flexibleMin: -1 } as const;

export interface ConsumerProtocolAssignment {
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  userData: Buffer | null;
}

export function defaultConsumerProtocolAssignment(): ConsumerProtocolAssignment {
  return {
    assignedPartitions: [],
    userData: null,
  };
}

export function encodeConsumerProtocolAssignment(w: Writer, version: number, m: ConsumerProtocolAssignment): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('ConsumerProtocolAssignment has no version ' + version);
  const a0 = m.assignedPartitions;
  if (false) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeConsumerProtocolAssignmentTopicPartition(w, version, e1);
  }
  const v2 = m.userData;
  if (false) w.compactNullableBytes(v2); else w.nullableBytes(v2);
}

export function decodeConsumerProtocolAssignment(r: Reader, version: number): ConsumerProtocolAssignment {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('ConsumerProtocolAssignment has no version ' + version);
  let f_assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  const n3 = false ? r.compactArrayLength(1) : r.arrayLength(6);
  if (n3 === -1) throw new DecodeError('ConsumerProtocolAssignment.AssignedPartitions is null but not nullable in version ' + version);
  const arr4: ConsumerProtocolAssignmentTopicPartition[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeConsumerProtocolAssignmentTopicPartition(r, version));
  }
  f_assignedPartitions = arr4;
  let f_userData: Buffer | null;
  f_userData = false ? r.compactNullableBytes() : r.nullableBytes();
  return {
    assignedPartitions: f_assignedPartitions,
    userData: f_userData,
  };
}

export interface ConsumerProtocolAssignmentTopicPartition {
  topic: string;
  partitions: number[];
}

export function defaultConsumerProtocolAssignmentTopicPartition(): ConsumerProtocolAssignmentTopicPartition {
  return {
    topic: "",
    partitions: [],
  };
}

export function encodeConsumerProtocolAssignmentTopicPartition(w: Writer, version: number, m: ConsumerProtocolAssignmentTopicPartition): void {
  if (false) w.compactString(m.topic); else w.string(m.topic);
  const a6 = m.partitions;
  if (false) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    w.int32(e7);
  }
}

export function decodeConsumerProtocolAssignmentTopicPartition(r: Reader, version: number): ConsumerProtocolAssignmentTopicPartition {
  let f_topic: string;
  f_topic = false ? r.compactString() : r.string();
  let f_partitions: number[];
  const n8 = false ? r.compactArrayLength(1) : r.arrayLength(4);
  if (n8 === -1) throw new DecodeError('ConsumerProtocolAssignment.Partitions is null but not nullable in version ' + version);
  const arr9: number[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(r.int32());
  }
  f_partitions = arr9;
  return {
    topic: f_topic,
    partitions: f_partitions,
  };
}

