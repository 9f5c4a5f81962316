// Generated from MetadataRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const metadataRequestVersions = { min: 0, max: 12, flexibleMin: 9 } as const;

export interface MetadataRequest {
  topics: MetadataRequestMetadataRequestTopic[] | null;
  allowAutoTopicCreation: boolean;
  includeClusterAuthorizedOperations: boolean;
  includeTopicAuthorizedOperations: boolean;
}

export function defaultMetadataRequest(): MetadataRequest {
  return {
    topics: [],
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  };
}

export function encodeMetadataRequest(w: Writer, version: number, m: MetadataRequest): void {
  if (!(version >= 0 && version <= 12)) throw new EncodeError('MetadataRequest has no version ' + version);
  const flexible = version >= 9;
  const a0 = m.topics;
  if (a0 === null) {
    if (!(version >= 1)) throw new EncodeError('MetadataRequest.Topics is not nullable in version ' + version);
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeMetadataRequestMetadataRequestTopic(w, version, e1);
    }
  }
  if (version >= 4) {
    w.bool(m.allowAutoTopicCreation);
  } else {
    if (m.allowAutoTopicCreation !== true) throw new EncodeError('MetadataRequest.AllowAutoTopicCreation: a non-default value cannot be written in version ' + version);
  }
  if (version >= 8 && version <= 10) {
    w.bool(m.includeClusterAuthorizedOperations);
  } else {
    if (m.includeClusterAuthorizedOperations !== false) throw new EncodeError('MetadataRequest.IncludeClusterAuthorizedOperations: a non-default value cannot be written in version ' + version);
  }
  if (version >= 8) {
    w.bool(m.includeTopicAuthorizedOperations);
  } else {
    if (m.includeTopicAuthorizedOperations !== false) throw new EncodeError('MetadataRequest.IncludeTopicAuthorizedOperations: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeMetadataRequest(r: Reader, version: number): MetadataRequest {
  if (!(version >= 0 && version <= 12)) throw new DecodeError('MetadataRequest has no version ' + version);
  const flexible = version >= 9;
  let f_topics: MetadataRequestMetadataRequestTopic[] | null;
  const n2 = flexible ? r.compactArrayLength(2) : r.arrayLength(2);
  if (n2 === -1) {
    if (!(version >= 1)) throw new DecodeError('MetadataRequest.Topics is null but not nullable in version ' + version);
    f_topics = null;
  } else {
    const arr3: MetadataRequestMetadataRequestTopic[] = [];
    for (let i4 = 0; i4 < n2; i4++) {
      arr3.push(decodeMetadataRequestMetadataRequestTopic(r, version));
    }
    f_topics = arr3;
  }
  let f_allowAutoTopicCreation: boolean = true;
  if (version >= 4) {
    f_allowAutoTopicCreation = r.bool();
  }
  let f_includeClusterAuthorizedOperations: boolean = false;
  if (version >= 8 && version <= 10) {
    f_includeClusterAuthorizedOperations = r.bool();
  }
  let f_includeTopicAuthorizedOperations: boolean = false;
  if (version >= 8) {
    f_includeTopicAuthorizedOperations = r.bool();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('MetadataRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topics: f_topics,
    allowAutoTopicCreation: f_allowAutoTopicCreation,
    includeClusterAuthorizedOperations: f_includeClusterAuthorizedOperations,
    includeTopicAuthorizedOperations: f_includeTopicAuthorizedOperations,
  };
}

export interface MetadataRequestMetadataRequestTopic {
  topicId: string;
  name: string | null;
}

export function defaultMetadataRequestMetadataRequestTopic(): MetadataRequestMetadataRequestTopic {
  return {
    topicId: ZERO_UUID,
    name: "",
  };
}

export function encodeMetadataRequestMetadataRequestTopic(w: Writer, version: number, m: MetadataRequestMetadataRequestTopic): void {
  const flexible = version >= 9;
  if (version >= 10) {
    w.uuid(m.topicId);
  }
  const v5 = m.name;
  if (v5 === null && !(version >= 10)) throw new EncodeError('MetadataRequest.Name is not nullable in version ' + version);
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeMetadataRequestMetadataRequestTopic(r: Reader, version: number): MetadataRequestMetadataRequestTopic {
  const flexible = version >= 9;
  let f_topicId: string = ZERO_UUID;
  if (version >= 10) {
    f_topicId = r.uuid();
  }
  let f_name: string | null;
  if (version >= 10) {
    f_name = flexible ? r.compactNullableString() : r.nullableString();
  } else f_name = flexible ? r.compactString() : r.string();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('MetadataRequestMetadataRequestTopic: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicId: f_topicId,
    name: f_name,
  };
}

