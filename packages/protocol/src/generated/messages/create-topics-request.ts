// Generated from CreateTopicsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const createTopicsRequestVersions = { min: 0, max: 7, flexibleMin: 5 } as const;

export interface CreateTopicsRequest {
  topics: CreateTopicsRequestCreatableTopic[];
  timeoutMs: number;
  validateOnly: boolean;
}

export function defaultCreateTopicsRequest(): CreateTopicsRequest {
  return {
    topics: [],
    timeoutMs: 60000,
    validateOnly: false,
  };
}

export function encodeCreateTopicsRequest(w: Writer, version: number, m: CreateTopicsRequest): void {
  if (!(version >= 0 && version <= 7)) throw new EncodeError('CreateTopicsRequest has no version ' + version);
  const flexible = version >= 5;
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeCreateTopicsRequestCreatableTopic(w, version, e1);
  }
  w.int32(m.timeoutMs);
  if (version >= 1) {
    w.bool(m.validateOnly);
  } else {
    if (m.validateOnly !== false) throw new EncodeError('CreateTopicsRequest.validateOnly: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateTopicsRequest(r: Reader, version: number): CreateTopicsRequest {
  if (!(version >= 0 && version <= 7)) throw new DecodeError('CreateTopicsRequest has no version ' + version);
  const flexible = version >= 5;
  let f_topics: CreateTopicsRequestCreatableTopic[];
  const n2 = flexible ? r.compactArrayLength(10) : r.arrayLength(16);
  if (n2 === -1) throw new DecodeError('CreateTopicsRequest.Topics is null but not nullable in version ' + version);
  const arr3: CreateTopicsRequestCreatableTopic[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeCreateTopicsRequestCreatableTopic(r, version));
  }
  f_topics = arr3;
  let f_timeoutMs: number;
  f_timeoutMs = r.int32();
  let f_validateOnly: boolean = false;
  if (version >= 1) {
    f_validateOnly = r.bool();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateTopicsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topics: f_topics,
    timeoutMs: f_timeoutMs,
    validateOnly: f_validateOnly,
  };
}

export interface CreateTopicsRequestCreatableTopic {
  name: string;
  numPartitions: number;
  replicationFactor: number;
  assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  configs: CreateTopicsRequestCreatableTopicConfig[];
}

export function defaultCreateTopicsRequestCreatableTopic(): CreateTopicsRequestCreatableTopic {
  return {
    name: "",
    numPartitions: 0,
    replicationFactor: 0,
    assignments: [],
    configs: [],
  };
}

export function encodeCreateTopicsRequestCreatableTopic(w: Writer, version: number, m: CreateTopicsRequestCreatableTopic): void {
  const flexible = version >= 5;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  w.int32(m.numPartitions);
  w.int16(m.replicationFactor);
  const a5 = m.assignments;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeCreateTopicsRequestCreatableReplicaAssignment(w, version, e6);
  }
  const a7 = m.configs;
  if (flexible) w.compactArrayLength(a7.length); else w.arrayLength(a7.length);
  for (const e8 of a7) {
    encodeCreateTopicsRequestCreatableTopicConfig(w, version, e8);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateTopicsRequestCreatableTopic(r: Reader, version: number): CreateTopicsRequestCreatableTopic {
  const flexible = version >= 5;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_numPartitions: number;
  f_numPartitions = r.int32();
  let f_replicationFactor: number;
  f_replicationFactor = r.int16();
  let f_assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  const n9 = flexible ? r.compactArrayLength(6) : r.arrayLength(8);
  if (n9 === -1) throw new DecodeError('CreateTopicsRequest.Assignments is null but not nullable in version ' + version);
  const arr10: CreateTopicsRequestCreatableReplicaAssignment[] = [];
  for (let i11 = 0; i11 < n9; i11++) {
    arr10.push(decodeCreateTopicsRequestCreatableReplicaAssignment(r, version));
  }
  f_assignments = arr10;
  let f_configs: CreateTopicsRequestCreatableTopicConfig[];
  const n12 = flexible ? r.compactArrayLength(3) : r.arrayLength(4);
  if (n12 === -1) throw new DecodeError('CreateTopicsRequest.Configs is null but not nullable in version ' + version);
  const arr13: CreateTopicsRequestCreatableTopicConfig[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeCreateTopicsRequestCreatableTopicConfig(r, version));
  }
  f_configs = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateTopicsRequestCreatableTopic: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    numPartitions: f_numPartitions,
    replicationFactor: f_replicationFactor,
    assignments: f_assignments,
    configs: f_configs,
  };
}

export interface CreateTopicsRequestCreatableReplicaAssignment {
  partitionIndex: number;
  brokerIds: number[];
}

export function defaultCreateTopicsRequestCreatableReplicaAssignment(): CreateTopicsRequestCreatableReplicaAssignment {
  return {
    partitionIndex: 0,
    brokerIds: [],
  };
}

export function encodeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, version: number, m: CreateTopicsRequestCreatableReplicaAssignment): void {
  const flexible = version >= 5;
  w.int32(m.partitionIndex);
  const a15 = m.brokerIds;
  if (flexible) w.compactArrayLength(a15.length); else w.arrayLength(a15.length);
  for (const e16 of a15) {
    w.int32(e16);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateTopicsRequestCreatableReplicaAssignment(r: Reader, version: number): CreateTopicsRequestCreatableReplicaAssignment {
  const flexible = version >= 5;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_brokerIds: number[];
  const n17 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n17 === -1) throw new DecodeError('CreateTopicsRequest.BrokerIds is null but not nullable in version ' + version);
  const arr18: number[] = [];
  for (let i19 = 0; i19 < n17; i19++) {
    arr18.push(r.int32());
  }
  f_brokerIds = arr18;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateTopicsRequestCreatableReplicaAssignment: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    brokerIds: f_brokerIds,
  };
}

export interface CreateTopicsRequestCreatableTopicConfig {
  name: string;
  value: string | null;
}

export function defaultCreateTopicsRequestCreatableTopicConfig(): CreateTopicsRequestCreatableTopicConfig {
  return {
    name: "",
    value: "",
  };
}

export function encodeCreateTopicsRequestCreatableTopicConfig(w: Writer, version: number, m: CreateTopicsRequestCreatableTopicConfig): void {
  const flexible = version >= 5;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const v20 = m.value;
  if (flexible) w.compactNullableString(v20); else w.nullableString(v20);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateTopicsRequestCreatableTopicConfig(r: Reader, version: number): CreateTopicsRequestCreatableTopicConfig {
  const flexible = version >= 5;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_value: string | null;
  f_value = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateTopicsRequestCreatableTopicConfig: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    value: f_value,
  };
}

