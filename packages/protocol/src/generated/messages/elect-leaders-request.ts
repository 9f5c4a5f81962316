// Generated from ElectLeadersRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const electLeadersRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface ElectLeadersRequest {
  electionType: number;
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
  timeoutMs: number;
}

export function defaultElectLeadersRequest(): ElectLeadersRequest {
  return {
    electionType: 0,
    topicPartitions: [],
    timeoutMs: 60000,
  };
}

export function encodeElectLeadersRequest(w: Writer, version: number, m: ElectLeadersRequest): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('ElectLeadersRequest has no version ' + version);
  const flexible = version >= 2;
  if (version >= 1) {
    w.int8(m.electionType);
  } else {
    if (m.electionType !== 0) throw new EncodeError('ElectLeadersRequest.ElectionType: a non-default value cannot be written in version ' + version);
  }
  const a0 = m.topicPartitions;
  if (a0 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeElectLeadersRequestTopicPartitions(w, version, e1);
    }
  }
  w.int32(m.timeoutMs);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeElectLeadersRequest(r: Reader, version: number): ElectLeadersRequest {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('ElectLeadersRequest has no version ' + version);
  const flexible = version >= 2;
  let f_electionType: number = 0;
  if (version >= 1) {
    f_electionType = r.int8();
  }
  let f_topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) {
    f_topicPartitions = null;
  } else {
    const arr3: ElectLeadersRequestTopicPartitions[] = [];
    for (let i4 = 0; i4 < n2; i4++) {
      arr3.push(decodeElectLeadersRequestTopicPartitions(r, version));
    }
    f_topicPartitions = arr3;
  }
  let f_timeoutMs: number;
  f_timeoutMs = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ElectLeadersRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    electionType: f_electionType,
    topicPartitions: f_topicPartitions,
    timeoutMs: f_timeoutMs,
  };
}

export interface ElectLeadersRequestTopicPartitions {
  topic: string;
  partitions: number[];
}

export function defaultElectLeadersRequestTopicPartitions(): ElectLeadersRequestTopicPartitions {
  return {
    topic: "",
    partitions: [],
  };
}

export function encodeElectLeadersRequestTopicPartitions(w: Writer, version: number, m: ElectLeadersRequestTopicPartitions): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.topic); else w.string(m.topic);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    w.int32(e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeElectLeadersRequestTopicPartitions(r: Reader, version: number): ElectLeadersRequestTopicPartitions {
  const flexible = version >= 2;
  let f_topic: string;
  f_topic = flexible ? r.compactString() : r.string();
  let f_partitions: number[];
  const n7 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n7 === -1) throw new DecodeError('ElectLeadersRequest.Partitions is null but not nullable in version ' + version);
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
      if (tag <= previousTag) throw new DecodeError('ElectLeadersRequestTopicPartitions: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topic: f_topic,
    partitions: f_partitions,
  };
}

