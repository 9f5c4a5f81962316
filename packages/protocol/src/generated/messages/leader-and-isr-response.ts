// Generated from LeaderAndIsrResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const leaderAndIsrResponseVersions = { min: 0, max: 7, flexibleMin: 4 } as const;

export interface LeaderAndIsrResponse {
  errorCode: number;
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
  topics: LeaderAndIsrResponseLeaderAndIsrTopicError[];
}

export function defaultLeaderAndIsrResponse(): LeaderAndIsrResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
    topics: [],
  };
}

export function encodeLeaderAndIsrResponse(w: Writer, version: number, m: LeaderAndIsrResponse): void {
  if (!(version >= 0 && version <= 7)) throw new EncodeError('LeaderAndIsrResponse has no version ' + version);
  const flexible = version >= 4;
  w.int16(m.errorCode);
  if (version <= 4) {
    const a0 = m.partitionErrors;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, version, e1);
    }
  }
  if (version >= 5) {
    const a2 = m.topics;
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      encodeLeaderAndIsrResponseLeaderAndIsrTopicError(w, version, e3);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaderAndIsrResponse(r: Reader, version: number): LeaderAndIsrResponse {
  if (!(version >= 0 && version <= 7)) throw new DecodeError('LeaderAndIsrResponse has no version ' + version);
  const flexible = version >= 4;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
  if (version <= 4) {
    const n4 = flexible ? r.compactArrayLength(8) : r.arrayLength(8);
    if (n4 === -1) throw new DecodeError('LeaderAndIsrResponse.PartitionErrors is null but not nullable in version ' + version);
    const arr5: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
    for (let i6 = 0; i6 < n4; i6++) {
      arr5.push(decodeLeaderAndIsrResponseLeaderAndIsrPartitionError(r, version));
    }
    f_partitionErrors = arr5;
  }
  let f_topics: LeaderAndIsrResponseLeaderAndIsrTopicError[] = [];
  if (version >= 5) {
    const n7 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
    if (n7 === -1) throw new DecodeError('LeaderAndIsrResponse.Topics is null but not nullable in version ' + version);
    const arr8: LeaderAndIsrResponseLeaderAndIsrTopicError[] = [];
    for (let i9 = 0; i9 < n7; i9++) {
      arr8.push(decodeLeaderAndIsrResponseLeaderAndIsrTopicError(r, version));
    }
    f_topics = arr8;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaderAndIsrResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    partitionErrors: f_partitionErrors,
    topics: f_topics,
  };
}

export interface LeaderAndIsrResponseLeaderAndIsrPartitionError {
  topicName: string;
  partitionIndex: number;
  errorCode: number;
}

export function defaultLeaderAndIsrResponseLeaderAndIsrPartitionError(): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  return {
    topicName: "",
    partitionIndex: 0,
    errorCode: 0,
  };
}

export function encodeLeaderAndIsrResponseLeaderAndIsrPartitionError(w: Writer, version: number, m: LeaderAndIsrResponseLeaderAndIsrPartitionError): void {
  const flexible = version >= 4;
  if (version <= 4) {
    if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  }
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaderAndIsrResponseLeaderAndIsrPartitionError(r: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  const flexible = version >= 4;
  let f_topicName: string = "";
  if (version <= 4) {
    f_topicName = flexible ? r.compactString() : r.string();
  }
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaderAndIsrResponseLeaderAndIsrPartitionError: tagged field ' + tag + ' out of order');
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

export interface LeaderAndIsrResponseLeaderAndIsrTopicError {
  topicId: string;
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
}

export function defaultLeaderAndIsrResponseLeaderAndIsrTopicError(): LeaderAndIsrResponseLeaderAndIsrTopicError {
  return {
    topicId: ZERO_UUID,
    partitionErrors: [],
  };
}

export function encodeLeaderAndIsrResponseLeaderAndIsrTopicError(w: Writer, version: number, m: LeaderAndIsrResponseLeaderAndIsrTopicError): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a10 = m.partitionErrors;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    encodeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, version, e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaderAndIsrResponseLeaderAndIsrTopicError(r: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrTopicError {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
  const n12 = flexible ? r.compactArrayLength(7) : r.arrayLength(1);
  if (n12 === -1) throw new DecodeError('LeaderAndIsrResponse.PartitionErrors is null but not nullable in version ' + version);
  const arr13: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeLeaderAndIsrResponseLeaderAndIsrPartitionError(r, version));
  }
  f_partitionErrors = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaderAndIsrResponseLeaderAndIsrTopicError: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicId: f_topicId,
    partitionErrors: f_partitionErrors,
  };
}

