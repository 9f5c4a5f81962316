// Generated from DeleteTopicsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const deleteTopicsRequestVersions = { min: 0, max: 6, flexibleMin: 4 } as const;

export interface DeleteTopicsRequest {
  topics: DeleteTopicsRequestDeleteTopicState[];
  topicNames: string[];
  timeoutMs: number;
}

export function defaultDeleteTopicsRequest(): DeleteTopicsRequest {
  return {
    topics: [],
    topicNames: [],
    timeoutMs: 0,
  };
}

export function encodeDeleteTopicsRequest(w: Writer, version: number, m: DeleteTopicsRequest): void {
  if (!(version >= 0 && version <= 6)) throw new EncodeError('DeleteTopicsRequest has no version ' + version);
  const flexible = version >= 4;
  if (version >= 6) {
    const a0 = m.topics;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeDeleteTopicsRequestDeleteTopicState(w, version, e1);
    }
  } else {
    if ((m.topics.length !== 0)) throw new EncodeError('DeleteTopicsRequest.Topics: a non-default value cannot be written in version ' + version);
  }
  if (version <= 5) {
    const a2 = m.topicNames;
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      if (flexible) w.compactString(e3); else w.string(e3);
    }
  }
  w.int32(m.timeoutMs);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteTopicsRequest(r: Reader, version: number): DeleteTopicsRequest {
  if (!(version >= 0 && version <= 6)) throw new DecodeError('DeleteTopicsRequest has no version ' + version);
  const flexible = version >= 4;
  let f_topics: DeleteTopicsRequestDeleteTopicState[] = [];
  if (version >= 6) {
    const n4 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
    if (n4 === -1) throw new DecodeError('DeleteTopicsRequest.Topics is null but not nullable in version ' + version);
    const arr5: DeleteTopicsRequestDeleteTopicState[] = [];
    for (let i6 = 0; i6 < n4; i6++) {
      arr5.push(decodeDeleteTopicsRequestDeleteTopicState(r, version));
    }
    f_topics = arr5;
  }
  let f_topicNames: string[] = [];
  if (version <= 5) {
    const n7 = flexible ? r.compactArrayLength(1) : r.arrayLength(2);
    if (n7 === -1) throw new DecodeError('DeleteTopicsRequest.TopicNames is null but not nullable in version ' + version);
    const arr8: string[] = [];
    for (let i9 = 0; i9 < n7; i9++) {
      arr8.push(flexible ? r.compactString() : r.string());
    }
    f_topicNames = arr8;
  }
  let f_timeoutMs: number;
  f_timeoutMs = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteTopicsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topics: f_topics,
    topicNames: f_topicNames,
    timeoutMs: f_timeoutMs,
  };
}

export interface DeleteTopicsRequestDeleteTopicState {
  name: string | null;
  topicId: string;
}

export function defaultDeleteTopicsRequestDeleteTopicState(): DeleteTopicsRequestDeleteTopicState {
  return {
    name: null,
    topicId: ZERO_UUID,
  };
}

export function encodeDeleteTopicsRequestDeleteTopicState(w: Writer, version: number, m: DeleteTopicsRequestDeleteTopicState): void {
  const flexible = true;
  const v10 = m.name;
  if (flexible) w.compactNullableString(v10); else w.nullableString(v10);
  w.uuid(m.topicId);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteTopicsRequestDeleteTopicState(r: Reader, version: number): DeleteTopicsRequestDeleteTopicState {
  const flexible = true;
  let f_name: string | null;
  f_name = flexible ? r.compactNullableString() : r.nullableString();
  let f_topicId: string;
  f_topicId = r.uuid();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteTopicsRequestDeleteTopicState: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    topicId: f_topicId,
  };
}

