// Generated from CreatePartitionsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const createPartitionsRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface CreatePartitionsRequest {
  topics: CreatePartitionsRequestCreatePartitionsTopic[];
  timeoutMs: number;
  validateOnly: boolean;
}

export function defaultCreatePartitionsRequest(): CreatePartitionsRequest {
  return {
    topics: [],
    timeoutMs: 0,
    validateOnly: false,
  };
}

export function encodeCreatePartitionsRequest(w: Writer, version: number, m: CreatePartitionsRequest): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('CreatePartitionsRequest has no version ' + version);
  const flexible = version >= 2;
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeCreatePartitionsRequestCreatePartitionsTopic(w, version, e1);
  }
  w.int32(m.timeoutMs);
  w.bool(m.validateOnly);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreatePartitionsRequest(r: Reader, version: number): CreatePartitionsRequest {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('CreatePartitionsRequest has no version ' + version);
  const flexible = version >= 2;
  let f_topics: CreatePartitionsRequestCreatePartitionsTopic[];
  const n2 = flexible ? r.compactArrayLength(7) : r.arrayLength(10);
  if (n2 === -1) throw new DecodeError('CreatePartitionsRequest.Topics is null but not nullable in version ' + version);
  const arr3: CreatePartitionsRequestCreatePartitionsTopic[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeCreatePartitionsRequestCreatePartitionsTopic(r, version));
  }
  f_topics = arr3;
  let f_timeoutMs: number;
  f_timeoutMs = r.int32();
  let f_validateOnly: boolean;
  f_validateOnly = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreatePartitionsRequest: tagged field ' + tag + ' out of order');
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

export interface CreatePartitionsRequestCreatePartitionsTopic {
  name: string;
  count: number;
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
}

export function defaultCreatePartitionsRequestCreatePartitionsTopic(): CreatePartitionsRequestCreatePartitionsTopic {
  return {
    name: "",
    count: 0,
    assignments: [],
  };
}

export function encodeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, version: number, m: CreatePartitionsRequestCreatePartitionsTopic): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  w.int32(m.count);
  const a5 = m.assignments;
  if (a5 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
    for (const e6 of a5) {
      encodeCreatePartitionsRequestCreatePartitionsAssignment(w, version, e6);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreatePartitionsRequestCreatePartitionsTopic(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsTopic {
  const flexible = version >= 2;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_count: number;
  f_count = r.int32();
  let f_assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
  const n7 = flexible ? r.compactArrayLength(2) : r.arrayLength(4);
  if (n7 === -1) {
    f_assignments = null;
  } else {
    const arr8: CreatePartitionsRequestCreatePartitionsAssignment[] = [];
    for (let i9 = 0; i9 < n7; i9++) {
      arr8.push(decodeCreatePartitionsRequestCreatePartitionsAssignment(r, version));
    }
    f_assignments = arr8;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreatePartitionsRequestCreatePartitionsTopic: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    count: f_count,
    assignments: f_assignments,
  };
}

export interface CreatePartitionsRequestCreatePartitionsAssignment {
  brokerIds: number[];
}

export function defaultCreatePartitionsRequestCreatePartitionsAssignment(): CreatePartitionsRequestCreatePartitionsAssignment {
  return {
    brokerIds: [],
  };
}

export function encodeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, version: number, m: CreatePartitionsRequestCreatePartitionsAssignment): void {
  const flexible = version >= 2;
  const a10 = m.brokerIds;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    w.int32(e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsAssignment {
  const flexible = version >= 2;
  let f_brokerIds: number[];
  const n12 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n12 === -1) throw new DecodeError('CreatePartitionsRequest.BrokerIds is null but not nullable in version ' + version);
  const arr13: number[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(r.int32());
  }
  f_brokerIds = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreatePartitionsRequestCreatePartitionsAssignment: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    brokerIds: f_brokerIds,
  };
}

