// Generated from OffsetFetchRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const offsetFetchRequestVersions = { min: 0, max: 9, flexibleMin: 6 } as const;

export interface OffsetFetchRequest {
  groupId: string;
  topics: OffsetFetchRequestOffsetFetchRequestTopic[] | null;
  groups: OffsetFetchRequestOffsetFetchRequestGroup[];
  requireStable: boolean;
}

export function defaultOffsetFetchRequest(): OffsetFetchRequest {
  return {
    groupId: "",
    topics: [],
    groups: [],
    requireStable: false,
  };
}

export function encodeOffsetFetchRequest(w: Writer, version: number, m: OffsetFetchRequest): void {
  if (!(version >= 0 && version <= 9)) throw new EncodeError('OffsetFetchRequest has no version ' + version);
  const flexible = version >= 6;
  if (version <= 7) {
    if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  } else {
    if (m.groupId !== "") throw new EncodeError('OffsetFetchRequest.GroupId: a non-default value cannot be written in version ' + version);
  }
  if (version <= 7) {
    const a0 = m.topics;
    if (a0 === null) {
      if (!(version >= 2)) throw new EncodeError('OffsetFetchRequest.Topics is not nullable in version ' + version);
      if (flexible) w.unsignedVarInt(0); else w.int32(-1);
    } else {
      if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
      for (const e1 of a0) {
        encodeOffsetFetchRequestOffsetFetchRequestTopic(w, version, e1);
      }
    }
  } else {
    if ((m.topics === null || m.topics.length !== 0)) throw new EncodeError('OffsetFetchRequest.Topics: a non-default value cannot be written in version ' + version);
  }
  if (version >= 8) {
    const a2 = m.groups;
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      encodeOffsetFetchRequestOffsetFetchRequestGroup(w, version, e3);
    }
  } else {
    if ((m.groups.length !== 0)) throw new EncodeError('OffsetFetchRequest.Groups: a non-default value cannot be written in version ' + version);
  }
  if (version >= 7) {
    w.bool(m.requireStable);
  } else {
    if (m.requireStable !== false) throw new EncodeError('OffsetFetchRequest.RequireStable: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetFetchRequest(r: Reader, version: number): OffsetFetchRequest {
  if (!(version >= 0 && version <= 9)) throw new DecodeError('OffsetFetchRequest has no version ' + version);
  const flexible = version >= 6;
  let f_groupId: string = "";
  if (version <= 7) {
    f_groupId = flexible ? r.compactString() : r.string();
  }
  let f_topics: OffsetFetchRequestOffsetFetchRequestTopic[] | null = [];
  if (version <= 7) {
    const n4 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
    if (n4 === -1) {
      if (!(version >= 2)) throw new DecodeError('OffsetFetchRequest.Topics is null but not nullable in version ' + version);
      f_topics = null;
    } else {
      const arr5: OffsetFetchRequestOffsetFetchRequestTopic[] = [];
      for (let i6 = 0; i6 < n4; i6++) {
        arr5.push(decodeOffsetFetchRequestOffsetFetchRequestTopic(r, version));
      }
      f_topics = arr5;
    }
  }
  let f_groups: OffsetFetchRequestOffsetFetchRequestGroup[] = [];
  if (version >= 8) {
    const n7 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
    if (n7 === -1) throw new DecodeError('OffsetFetchRequest.Groups is null but not nullable in version ' + version);
    const arr8: OffsetFetchRequestOffsetFetchRequestGroup[] = [];
    for (let i9 = 0; i9 < n7; i9++) {
      arr8.push(decodeOffsetFetchRequestOffsetFetchRequestGroup(r, version));
    }
    f_groups = arr8;
  }
  let f_requireStable: boolean = false;
  if (version >= 7) {
    f_requireStable = r.bool();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetFetchRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    topics: f_topics,
    groups: f_groups,
    requireStable: f_requireStable,
  };
}

export interface OffsetFetchRequestOffsetFetchRequestTopic {
  name: string;
  partitionIndexes: number[];
}

export function defaultOffsetFetchRequestOffsetFetchRequestTopic(): OffsetFetchRequestOffsetFetchRequestTopic {
  return {
    name: "",
    partitionIndexes: [],
  };
}

export function encodeOffsetFetchRequestOffsetFetchRequestTopic(w: Writer, version: number, m: OffsetFetchRequestOffsetFetchRequestTopic): void {
  const flexible = version >= 6;
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

export function decodeOffsetFetchRequestOffsetFetchRequestTopic(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestTopic {
  const flexible = version >= 6;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitionIndexes: number[];
  const n12 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n12 === -1) throw new DecodeError('OffsetFetchRequest.PartitionIndexes is null but not nullable in version ' + version);
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
      if (tag <= previousTag) throw new DecodeError('OffsetFetchRequestOffsetFetchRequestTopic: tagged field ' + tag + ' out of order');
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

export interface OffsetFetchRequestOffsetFetchRequestGroup {
  groupId: string;
  memberId: string | null;
  memberEpoch: number;
  topics: OffsetFetchRequestOffsetFetchRequestTopics[] | null;
}

export function defaultOffsetFetchRequestOffsetFetchRequestGroup(): OffsetFetchRequestOffsetFetchRequestGroup {
  return {
    groupId: "",
    memberId: null,
    memberEpoch: -1,
    topics: [],
  };
}

export function encodeOffsetFetchRequestOffsetFetchRequestGroup(w: Writer, version: number, m: OffsetFetchRequestOffsetFetchRequestGroup): void {
  const flexible = true;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  if (version >= 9) {
    const v15 = m.memberId;
    if (flexible) w.compactNullableString(v15); else w.nullableString(v15);
  }
  if (version >= 9) {
    w.int32(m.memberEpoch);
  }
  const a16 = m.topics;
  if (a16 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a16.length); else w.arrayLength(a16.length);
    for (const e17 of a16) {
      encodeOffsetFetchRequestOffsetFetchRequestTopics(w, version, e17);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetFetchRequestOffsetFetchRequestGroup(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestGroup {
  const flexible = true;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_memberId: string | null = null;
  if (version >= 9) {
    f_memberId = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_memberEpoch: number = -1;
  if (version >= 9) {
    f_memberEpoch = r.int32();
  }
  let f_topics: OffsetFetchRequestOffsetFetchRequestTopics[] | null;
  const n18 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n18 === -1) {
    f_topics = null;
  } else {
    const arr19: OffsetFetchRequestOffsetFetchRequestTopics[] = [];
    for (let i20 = 0; i20 < n18; i20++) {
      arr19.push(decodeOffsetFetchRequestOffsetFetchRequestTopics(r, version));
    }
    f_topics = arr19;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetFetchRequestOffsetFetchRequestGroup: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    memberId: f_memberId,
    memberEpoch: f_memberEpoch,
    topics: f_topics,
  };
}

export interface OffsetFetchRequestOffsetFetchRequestTopics {
  name: string;
  partitionIndexes: number[];
}

export function defaultOffsetFetchRequestOffsetFetchRequestTopics(): OffsetFetchRequestOffsetFetchRequestTopics {
  return {
    name: "",
    partitionIndexes: [],
  };
}

export function encodeOffsetFetchRequestOffsetFetchRequestTopics(w: Writer, version: number, m: OffsetFetchRequestOffsetFetchRequestTopics): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a21 = m.partitionIndexes;
  if (flexible) w.compactArrayLength(a21.length); else w.arrayLength(a21.length);
  for (const e22 of a21) {
    w.int32(e22);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetFetchRequestOffsetFetchRequestTopics(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestTopics {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitionIndexes: number[];
  const n23 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n23 === -1) throw new DecodeError('OffsetFetchRequest.PartitionIndexes is null but not nullable in version ' + version);
  const arr24: number[] = [];
  for (let i25 = 0; i25 < n23; i25++) {
    arr24.push(r.int32());
  }
  f_partitionIndexes = arr24;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetFetchRequestOffsetFetchRequestTopics: tagged field ' + tag + ' out of order');
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

