// Generated from ShareGroupCurrentMemberAssignmentValue.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupCurrentMemberAssignmentValueVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ShareGroupCurrentMemberAssignmentValue {
  memberEpoch: number;
  previousMemberEpoch: number;
  state: number;
  assignedPartitions: ShareGroupCurrentMemberAssignmentValueTopicPartitions[];
}

export function defaultShareGroupCurrentMemberAssignmentValue(): ShareGroupCurrentMemberAssignmentValue {
  return {
    memberEpoch: 0,
    previousMemberEpoch: 0,
    state: 0,
    assignedPartitions: [],
  };
}

export function encodeShareGroupCurrentMemberAssignmentValue(w: Writer, version: number, m: ShareGroupCurrentMemberAssignmentValue): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ShareGroupCurrentMemberAssignmentValue has no version ' + version);
  const flexible = true;
  w.int32(m.memberEpoch);
  w.int32(m.previousMemberEpoch);
  w.int8(m.state);
  const a0 = m.assignedPartitions;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeShareGroupCurrentMemberAssignmentValueTopicPartitions(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareGroupCurrentMemberAssignmentValue(r: Reader, version: number): ShareGroupCurrentMemberAssignmentValue {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ShareGroupCurrentMemberAssignmentValue has no version ' + version);
  const flexible = true;
  let f_memberEpoch: number;
  f_memberEpoch = r.int32();
  let f_previousMemberEpoch: number;
  f_previousMemberEpoch = r.int32();
  let f_state: number;
  f_state = r.int8();
  let f_assignedPartitions: ShareGroupCurrentMemberAssignmentValueTopicPartitions[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('ShareGroupCurrentMemberAssignmentValue.AssignedPartitions is null but not nullable in version ' + version);
  const arr3: ShareGroupCurrentMemberAssignmentValueTopicPartitions[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeShareGroupCurrentMemberAssignmentValueTopicPartitions(r, version));
  }
  f_assignedPartitions = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareGroupCurrentMemberAssignmentValue: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    memberEpoch: f_memberEpoch,
    previousMemberEpoch: f_previousMemberEpoch,
    state: f_state,
    assignedPartitions: f_assignedPartitions,
  };
}

export interface ShareGroupCurrentMemberAssignmentValueTopicPartitions {
  topicId: string;
  partitions: number[];
}

export function defaultShareGroupCurrentMemberAssignmentValueTopicPartitions(): ShareGroupCurrentMemberAssignmentValueTopicPartitions {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeShareGroupCurrentMemberAssignmentValueTopicPartitions(w: Writer, version: number, m: ShareGroupCurrentMemberAssignmentValueTopicPartitions): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    w.int32(e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareGroupCurrentMemberAssignmentValueTopicPartitions(r: Reader, version: number): ShareGroupCurrentMemberAssignmentValueTopicPartitions {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: number[];
  const n7 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ShareGroupCurrentMemberAssignmentValue.Partitions is null but not nullable in version ' + version);
  const arr8: number[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(r.int32());
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareGroupCurrentMemberAssignmentValueTopicPartitions: tagged field ' + tag + ' out of order');
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

