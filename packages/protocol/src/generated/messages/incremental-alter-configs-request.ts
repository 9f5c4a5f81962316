// Generated from IncrementalAlterConfigsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const incrementalAlterConfigsRequestVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface IncrementalAlterConfigsRequest {
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  validateOnly: boolean;
}

export function defaultIncrementalAlterConfigsRequest(): IncrementalAlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
  };
}

export function encodeIncrementalAlterConfigsRequest(w: Writer, version: number, m: IncrementalAlterConfigsRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('IncrementalAlterConfigsRequest has no version ' + version);
  const flexible = version >= 1;
  const a0 = m.resources;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeIncrementalAlterConfigsRequestAlterConfigsResource(w, version, e1);
  }
  w.bool(m.validateOnly);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeIncrementalAlterConfigsRequest(r: Reader, version: number): IncrementalAlterConfigsRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('IncrementalAlterConfigsRequest has no version ' + version);
  const flexible = version >= 1;
  let f_resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  const n2 = flexible ? r.compactArrayLength(4) : r.arrayLength(7);
  if (n2 === -1) throw new DecodeError('IncrementalAlterConfigsRequest.Resources is null but not nullable in version ' + version);
  const arr3: IncrementalAlterConfigsRequestAlterConfigsResource[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeIncrementalAlterConfigsRequestAlterConfigsResource(r, version));
  }
  f_resources = arr3;
  let f_validateOnly: boolean;
  f_validateOnly = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('IncrementalAlterConfigsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    resources: f_resources,
    validateOnly: f_validateOnly,
  };
}

export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  resourceType: number;
  resourceName: string;
  configs: IncrementalAlterConfigsRequestAlterableConfig[];
}

export function defaultIncrementalAlterConfigsRequestAlterConfigsResource(): IncrementalAlterConfigsRequestAlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configs: [],
  };
}

export function encodeIncrementalAlterConfigsRequestAlterConfigsResource(w: Writer, version: number, m: IncrementalAlterConfigsRequestAlterConfigsResource): void {
  const flexible = version >= 1;
  w.int8(m.resourceType);
  if (flexible) w.compactString(m.resourceName); else w.string(m.resourceName);
  const a5 = m.configs;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeIncrementalAlterConfigsRequestAlterableConfig(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeIncrementalAlterConfigsRequestAlterConfigsResource(r: Reader, version: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  const flexible = version >= 1;
  let f_resourceType: number;
  f_resourceType = r.int8();
  let f_resourceName: string;
  f_resourceName = flexible ? r.compactString() : r.string();
  let f_configs: IncrementalAlterConfigsRequestAlterableConfig[];
  const n7 = flexible ? r.compactArrayLength(4) : r.arrayLength(5);
  if (n7 === -1) throw new DecodeError('IncrementalAlterConfigsRequest.Configs is null but not nullable in version ' + version);
  const arr8: IncrementalAlterConfigsRequestAlterableConfig[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeIncrementalAlterConfigsRequestAlterableConfig(r, version));
  }
  f_configs = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('IncrementalAlterConfigsRequestAlterConfigsResource: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    resourceType: f_resourceType,
    resourceName: f_resourceName,
    configs: f_configs,
  };
}

export interface IncrementalAlterConfigsRequestAlterableConfig {
  name: string;
  configOperation: number;
  value: string | null;
}

export function defaultIncrementalAlterConfigsRequestAlterableConfig(): IncrementalAlterConfigsRequestAlterableConfig {
  return {
    name: "",
    configOperation: 0,
    value: "",
  };
}

export function encodeIncrementalAlterConfigsRequestAlterableConfig(w: Writer, version: number, m: IncrementalAlterConfigsRequestAlterableConfig): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  w.int8(m.configOperation);
  const v10 = m.value;
  if (flexible) w.compactNullableString(v10); else w.nullableString(v10);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeIncrementalAlterConfigsRequestAlterableConfig(r: Reader, version: number): IncrementalAlterConfigsRequestAlterableConfig {
  const flexible = version >= 1;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_configOperation: number;
  f_configOperation = r.int8();
  let f_value: string | null;
  f_value = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('IncrementalAlterConfigsRequestAlterableConfig: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    configOperation: f_configOperation,
    value: f_value,
  };
}

