// Generated from CreateTopicsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const createTopicsResponseVersions = { min: 0, max: 7, flexibleMin: 5 } as const;

export interface CreateTopicsResponse {
  throttleTimeMs: number;
  topics: CreateTopicsResponseCreatableTopicResult[];
}

export function defaultCreateTopicsResponse(): CreateTopicsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

export function encodeCreateTopicsResponse(w: Writer, version: number, m: CreateTopicsResponse): void {
  if (!(version >= 0 && version <= 7)) throw new EncodeError('CreateTopicsResponse has no version ' + version);
  const flexible = version >= 5;
  if (version >= 2) {
    w.int32(m.throttleTimeMs);
  }
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeCreateTopicsResponseCreatableTopicResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateTopicsResponse(r: Reader, version: number): CreateTopicsResponse {
  if (!(version >= 0 && version <= 7)) throw new DecodeError('CreateTopicsResponse has no version ' + version);
  const flexible = version >= 5;
  let f_throttleTimeMs: number = 0;
  if (version >= 2) {
    f_throttleTimeMs = r.int32();
  }
  let f_topics: CreateTopicsResponseCreatableTopicResult[];
  const n2 = flexible ? r.compactArrayLength(12) : r.arrayLength(4);
  if (n2 === -1) throw new DecodeError('CreateTopicsResponse.Topics is null but not nullable in version ' + version);
  const arr3: CreateTopicsResponseCreatableTopicResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeCreateTopicsResponseCreatableTopicResult(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateTopicsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
}

export interface CreateTopicsResponseCreatableTopicResult {
  name: string;
  topicId: string;
  errorCode: number;
  errorMessage: string | null;
  topicConfigErrorCode?: number | undefined;
  numPartitions: number;
  replicationFactor: number;
  configs: CreateTopicsResponseCreatableTopicConfigs[] | null;
}

export function defaultCreateTopicsResponseCreatableTopicResult(): CreateTopicsResponseCreatableTopicResult {
  return {
    name: "",
    topicId: ZERO_UUID,
    errorCode: 0,
    errorMessage: "",
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
  };
}

export function encodeCreateTopicsResponseCreatableTopicResult(w: Writer, version: number, m: CreateTopicsResponseCreatableTopicResult): void {
  const flexible = version >= 5;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (version >= 7) {
    w.uuid(m.topicId);
  }
  w.int16(m.errorCode);
  if (version >= 1) {
    const v5 = m.errorMessage;
    if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  }
  if (version >= 5) {
    w.int32(m.numPartitions);
  }
  if (version >= 5) {
    w.int16(m.replicationFactor);
  }
  if (version >= 5) {
    const a6 = m.configs;
    if (a6 === null) {
      if (flexible) w.unsignedVarInt(0); else w.int32(-1);
    } else {
      if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
      for (const e7 of a6) {
        encodeCreateTopicsResponseCreatableTopicConfigs(w, version, e7);
      }
    }
  }
  if (flexible) {
    let tagCount = 0;
    const has8 = (version >= 5) && m.topicConfigErrorCode !== undefined && m.topicConfigErrorCode !== 0;
    if (has8) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has8) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        w.int16(m.topicConfigErrorCode!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeCreateTopicsResponseCreatableTopicResult(r: Reader, version: number): CreateTopicsResponseCreatableTopicResult {
  const flexible = version >= 5;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_topicId: string = ZERO_UUID;
  if (version >= 7) {
    f_topicId = r.uuid();
  }
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null = "";
  if (version >= 1) {
    f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_numPartitions: number = -1;
  if (version >= 5) {
    f_numPartitions = r.int32();
  }
  let f_replicationFactor: number = -1;
  if (version >= 5) {
    f_replicationFactor = r.int16();
  }
  let f_configs: CreateTopicsResponseCreatableTopicConfigs[] | null = [];
  if (version >= 5) {
    const n9 = flexible ? r.compactArrayLength(6) : r.arrayLength(1);
    if (n9 === -1) {
      f_configs = null;
    } else {
      const arr10: CreateTopicsResponseCreatableTopicConfigs[] = [];
      for (let i11 = 0; i11 < n9; i11++) {
        arr10.push(decodeCreateTopicsResponseCreatableTopicConfigs(r, version));
      }
      f_configs = arr10;
    }
  }
  let t_topicConfigErrorCode: number | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateTopicsResponseCreatableTopicResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 5) {
            t_topicConfigErrorCode = fr.int16();
            if (fr.remaining !== 0) throw new DecodeError('CreateTopicsResponseCreatableTopicResult.TopicConfigErrorCode: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    name: f_name,
    topicId: f_topicId,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    numPartitions: f_numPartitions,
    replicationFactor: f_replicationFactor,
    configs: f_configs,
    ...(t_topicConfigErrorCode !== undefined ? { topicConfigErrorCode: t_topicConfigErrorCode } : {}),
  };
}

export interface CreateTopicsResponseCreatableTopicConfigs {
  name: string;
  value: string | null;
  readOnly: boolean;
  configSource: number;
  isSensitive: boolean;
}

export function defaultCreateTopicsResponseCreatableTopicConfigs(): CreateTopicsResponseCreatableTopicConfigs {
  return {
    name: "",
    value: "",
    readOnly: false,
    configSource: -1,
    isSensitive: false,
  };
}

export function encodeCreateTopicsResponseCreatableTopicConfigs(w: Writer, version: number, m: CreateTopicsResponseCreatableTopicConfigs): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const v12 = m.value;
  if (flexible) w.compactNullableString(v12); else w.nullableString(v12);
  w.bool(m.readOnly);
  w.int8(m.configSource);
  w.bool(m.isSensitive);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateTopicsResponseCreatableTopicConfigs(r: Reader, version: number): CreateTopicsResponseCreatableTopicConfigs {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_value: string | null;
  f_value = flexible ? r.compactNullableString() : r.nullableString();
  let f_readOnly: boolean;
  f_readOnly = r.bool();
  let f_configSource: number;
  f_configSource = r.int8();
  let f_isSensitive: boolean;
  f_isSensitive = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateTopicsResponseCreatableTopicConfigs: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    value: f_value,
    readOnly: f_readOnly,
    configSource: f_configSource,
    isSensitive: f_isSensitive,
  };
}

