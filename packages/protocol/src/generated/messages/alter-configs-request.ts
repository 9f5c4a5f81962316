// Generated from AlterConfigsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const alterConfigsRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface AlterConfigsRequest {
  resources: AlterConfigsRequestAlterConfigsResource[];
  validateOnly: boolean;
}

export function defaultAlterConfigsRequest(): AlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
  };
}

export function encodeAlterConfigsRequest(w: Writer, version: number, m: AlterConfigsRequest): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('AlterConfigsRequest has no version ' + version);
  const flexible = version >= 2;
  const a0 = m.resources;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAlterConfigsRequestAlterConfigsResource(w, version, e1);
  }
  w.bool(m.validateOnly);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterConfigsRequest(r: Reader, version: number): AlterConfigsRequest {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('AlterConfigsRequest has no version ' + version);
  const flexible = version >= 2;
  let f_resources: AlterConfigsRequestAlterConfigsResource[];
  const n2 = flexible ? r.compactArrayLength(4) : r.arrayLength(7);
  if (n2 === -1) throw new DecodeError('AlterConfigsRequest.Resources is null but not nullable in version ' + version);
  const arr3: AlterConfigsRequestAlterConfigsResource[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeAlterConfigsRequestAlterConfigsResource(r, version));
  }
  f_resources = arr3;
  let f_validateOnly: boolean;
  f_validateOnly = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterConfigsRequest: tagged field ' + tag + ' out of order');
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

export interface AlterConfigsRequestAlterConfigsResource {
  resourceType: number;
  resourceName: string;
  configs: AlterConfigsRequestAlterableConfig[];
}

export function defaultAlterConfigsRequestAlterConfigsResource(): AlterConfigsRequestAlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configs: [],
  };
}

export function encodeAlterConfigsRequestAlterConfigsResource(w: Writer, version: number, m: AlterConfigsRequestAlterConfigsResource): void {
  const flexible = version >= 2;
  w.int8(m.resourceType);
  if (flexible) w.compactString(m.resourceName); else w.string(m.resourceName);
  const a5 = m.configs;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeAlterConfigsRequestAlterableConfig(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterConfigsRequestAlterConfigsResource(r: Reader, version: number): AlterConfigsRequestAlterConfigsResource {
  const flexible = version >= 2;
  let f_resourceType: number;
  f_resourceType = r.int8();
  let f_resourceName: string;
  f_resourceName = flexible ? r.compactString() : r.string();
  let f_configs: AlterConfigsRequestAlterableConfig[];
  const n7 = flexible ? r.compactArrayLength(3) : r.arrayLength(4);
  if (n7 === -1) throw new DecodeError('AlterConfigsRequest.Configs is null but not nullable in version ' + version);
  const arr8: AlterConfigsRequestAlterableConfig[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeAlterConfigsRequestAlterableConfig(r, version));
  }
  f_configs = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterConfigsRequestAlterConfigsResource: tagged field ' + tag + ' out of order');
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

export interface AlterConfigsRequestAlterableConfig {
  name: string;
  value: string | null;
}

export function defaultAlterConfigsRequestAlterableConfig(): AlterConfigsRequestAlterableConfig {
  return {
    name: "",
    value: "",
  };
}

export function encodeAlterConfigsRequestAlterableConfig(w: Writer, version: number, m: AlterConfigsRequestAlterableConfig): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const v10 = m.value;
  if (flexible) w.compactNullableString(v10); else w.nullableString(v10);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterConfigsRequestAlterableConfig(r: Reader, version: number): AlterConfigsRequestAlterableConfig {
  const flexible = version >= 2;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_value: string | null;
  f_value = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterConfigsRequestAlterableConfig: tagged field ' + tag + ' out of order');
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

