// Generated from ConsumerGroupCurrentMemberAssignmentValue.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerGroupCurrentMemberAssignmentValueVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ConsumerGroupCurrentMemberAssignmentValue {
  memberEpoch: number;
  previousMemberEpoch: number;
  state: number;
  assignedPartitions: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[];
  partitionsPendingRevocation: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[];
}

export function defaultConsumerGroupCurrentMemberAssignmentValue(): ConsumerGroupCurrentMemberAssignmentValue {
  return {
    memberEpoch: 0,
    previousMemberEpoch: 0,
    state: 0,
    assignedPartitions: [],
    partitionsPendingRevocation: [],
  };
}

export function encodeConsumerGroupCurrentMemberAssignmentValue(w: Writer, version: number, m: ConsumerGroupCurrentMemberAssignmentValue): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ConsumerGroupCurrentMemberAssignmentValue has no version ' + version);
  const flexible = true;
  w.int32(m.memberEpoch);
  w.int32(m.previousMemberEpoch);
  w.int8(m.state);
  const a0 = m.assignedPartitions;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(w, version, e1);
  }
  const a2 = m.partitionsPendingRevocation;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(w, version, e3);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupCurrentMemberAssignmentValue(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentValue {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ConsumerGroupCurrentMemberAssignmentValue has no version ' + version);
  const flexible = true;
  let f_memberEpoch: number;
  f_memberEpoch = r.int32();
  let f_previousMemberEpoch: number;
  f_previousMemberEpoch = r.int32();
  let f_state: number;
  f_state = r.int8();
  let f_assignedPartitions: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[];
  const n4 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n4 === -1) throw new DecodeError('ConsumerGroupCurrentMemberAssignmentValue.AssignedPartitions is null but not nullable in version ' + version);
  const arr5: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(decodeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(r, version));
  }
  f_assignedPartitions = arr5;
  let f_partitionsPendingRevocation: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[];
  const n7 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ConsumerGroupCurrentMemberAssignmentValue.PartitionsPendingRevocation is null but not nullable in version ' + version);
  const arr8: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(r, version));
  }
  f_partitionsPendingRevocation = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupCurrentMemberAssignmentValue: tagged field ' + tag + ' out of order');
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
    partitionsPendingRevocation: f_partitionsPendingRevocation,
  };
}

export interface ConsumerGroupCurrentMemberAssignmentValueTopicPartitions {
  topicId: string;
  partitions: number[];
}

export function defaultConsumerGroupCurrentMemberAssignmentValueTopicPartitions(): ConsumerGroupCurrentMemberAssignmentValueTopicPartitions {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(w: Writer, version: number, m: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a10 = m.partitions;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    w.int32(e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentValueTopicPartitions {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: number[];
  const n12 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n12 === -1) throw new DecodeError('ConsumerGroupCurrentMemberAssignmentValue.Partitions is null but not nullable in version ' + version);
  const arr13: number[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(r.int32());
  }
  f_partitions = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupCurrentMemberAssignmentValueTopicPartitions: tagged field ' + tag + ' out of order');
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

