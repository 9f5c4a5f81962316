// Generated from DescribeConfigsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeConfigsResponseVersions = { min: 0, max: 4, flexibleMin: 4 } as const;

export interface DescribeConfigsResponse {
  throttleTimeMs: number;
  results: DescribeConfigsResponseDescribeConfigsResult[];
}

export function defaultDescribeConfigsResponse(): DescribeConfigsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

export function encodeDescribeConfigsResponse(w: Writer, version: number, m: DescribeConfigsResponse): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('DescribeConfigsResponse has no version ' + version);
  const flexible = version >= 4;
  w.int32(m.throttleTimeMs);
  const a0 = m.results;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeConfigsResponseDescribeConfigsResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeConfigsResponse(r: Reader, version: number): DescribeConfigsResponse {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('DescribeConfigsResponse has no version ' + version);
  const flexible = version >= 4;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_results: DescribeConfigsResponseDescribeConfigsResult[];
  const n2 = flexible ? r.compactArrayLength(7) : r.arrayLength(11);
  if (n2 === -1) throw new DecodeError('DescribeConfigsResponse.Results is null but not nullable in version ' + version);
  const arr3: DescribeConfigsResponseDescribeConfigsResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDescribeConfigsResponseDescribeConfigsResult(r, version));
  }
  f_results = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeConfigsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    results: f_results,
  };
}

export interface DescribeConfigsResponseDescribeConfigsResult {
  errorCode: number;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
}

export function defaultDescribeConfigsResponseDescribeConfigsResult(): DescribeConfigsResponseDescribeConfigsResult {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    configs: [],
  };
}

export function encodeDescribeConfigsResponseDescribeConfigsResult(w: Writer, version: number, m: DescribeConfigsResponseDescribeConfigsResult): void {
  const flexible = version >= 4;
  w.int16(m.errorCode);
  const v5 = m.errorMessage;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  w.int8(m.resourceType);
  if (flexible) w.compactString(m.resourceName); else w.string(m.resourceName);
  const a6 = m.configs;
  if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    encodeDescribeConfigsResponseDescribeConfigsResourceResult(w, version, e7);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeConfigsResponseDescribeConfigsResult(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResult {
  const flexible = version >= 4;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_resourceType: number;
  f_resourceType = r.int8();
  let f_resourceName: string;
  f_resourceName = flexible ? r.compactString() : r.string();
  let f_configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
  const n8 = flexible ? r.compactArrayLength(9) : r.arrayLength(7);
  if (n8 === -1) throw new DecodeError('DescribeConfigsResponse.Configs is null but not nullable in version ' + version);
  const arr9: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeDescribeConfigsResponseDescribeConfigsResourceResult(r, version));
  }
  f_configs = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeConfigsResponseDescribeConfigsResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    resourceType: f_resourceType,
    resourceName: f_resourceName,
    configs: f_configs,
  };
}

export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  name: string;
  value: string | null;
  readOnly: boolean;
  isDefault: boolean;
  configSource: number;
  isSensitive: boolean;
  synonyms: DescribeConfigsResponseDescribeConfigsSynonym[];
  configType: number;
  documentation: string | null;
}

export function defaultDescribeConfigsResponseDescribeConfigsResourceResult(): DescribeConfigsResponseDescribeConfigsResourceResult {
  return {
    name: "",
    value: "",
    readOnly: false,
    isDefault: false,
    configSource: -1,
    isSensitive: false,
    synonyms: [],
    configType: 0,
    documentation: "",
  };
}

export function encodeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, version: number, m: DescribeConfigsResponseDescribeConfigsResourceResult): void {
  const flexible = version >= 4;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const v11 = m.value;
  if (flexible) w.compactNullableString(v11); else w.nullableString(v11);
  w.bool(m.readOnly);
  if (version <= 0) {
    w.bool(m.isDefault);
  }
  if (version >= 1) {
    w.int8(m.configSource);
  }
  w.bool(m.isSensitive);
  if (version >= 1) {
    const a12 = m.synonyms;
    if (flexible) w.compactArrayLength(a12.length); else w.arrayLength(a12.length);
    for (const e13 of a12) {
      encodeDescribeConfigsResponseDescribeConfigsSynonym(w, version, e13);
    }
  }
  if (version >= 3) {
    w.int8(m.configType);
  }
  if (version >= 3) {
    const v14 = m.documentation;
    if (flexible) w.compactNullableString(v14); else w.nullableString(v14);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  const flexible = version >= 4;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_value: string | null;
  f_value = flexible ? r.compactNullableString() : r.nullableString();
  let f_readOnly: boolean;
  f_readOnly = r.bool();
  let f_isDefault: boolean = false;
  if (version <= 0) {
    f_isDefault = r.bool();
  }
  let f_configSource: number = -1;
  if (version >= 1) {
    f_configSource = r.int8();
  }
  let f_isSensitive: boolean;
  f_isSensitive = r.bool();
  let f_synonyms: DescribeConfigsResponseDescribeConfigsSynonym[] = [];
  if (version >= 1) {
    const n15 = flexible ? r.compactArrayLength(4) : r.arrayLength(5);
    if (n15 === -1) throw new DecodeError('DescribeConfigsResponse.Synonyms is null but not nullable in version ' + version);
    const arr16: DescribeConfigsResponseDescribeConfigsSynonym[] = [];
    for (let i17 = 0; i17 < n15; i17++) {
      arr16.push(decodeDescribeConfigsResponseDescribeConfigsSynonym(r, version));
    }
    f_synonyms = arr16;
  }
  let f_configType: number = 0;
  if (version >= 3) {
    f_configType = r.int8();
  }
  let f_documentation: string | null = "";
  if (version >= 3) {
    f_documentation = flexible ? r.compactNullableString() : r.nullableString();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeConfigsResponseDescribeConfigsResourceResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    value: f_value,
    readOnly: f_readOnly,
    isDefault: f_isDefault,
    configSource: f_configSource,
    isSensitive: f_isSensitive,
    synonyms: f_synonyms,
    configType: f_configType,
    documentation: f_documentation,
  };
}

export interface DescribeConfigsResponseDescribeConfigsSynonym {
  name: string;
  value: string | null;
  source: number;
}

export function defaultDescribeConfigsResponseDescribeConfigsSynonym(): DescribeConfigsResponseDescribeConfigsSynonym {
  return {
    name: "",
    value: "",
    source: 0,
  };
}

export function encodeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, version: number, m: DescribeConfigsResponseDescribeConfigsSynonym): void {
  const flexible = version >= 4;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const v18 = m.value;
  if (flexible) w.compactNullableString(v18); else w.nullableString(v18);
  w.int8(m.source);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsSynonym {
  const flexible = version >= 4;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_value: string | null;
  f_value = flexible ? r.compactNullableString() : r.nullableString();
  let f_source: number;
  f_source = r.int8();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeConfigsResponseDescribeConfigsSynonym: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    value: f_value,
    source: f_source,
  };
}

