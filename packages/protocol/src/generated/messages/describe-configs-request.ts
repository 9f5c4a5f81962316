// Generated from DescribeConfigsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeConfigsRequestVersions = { min: 0, max: 4, flexibleMin: 4 } as const;

export interface DescribeConfigsRequest {
  resources: DescribeConfigsRequestDescribeConfigsResource[];
  includeSynonyms: boolean;
  includeDocumentation: boolean;
}

export function defaultDescribeConfigsRequest(): DescribeConfigsRequest {
  return {
    resources: [],
    includeSynonyms: false,
    includeDocumentation: false,
  };
}

export function encodeDescribeConfigsRequest(w: Writer, version: number, m: DescribeConfigsRequest): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('DescribeConfigsRequest has no version ' + version);
  const flexible = version >= 4;
  const a0 = m.resources;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeConfigsRequestDescribeConfigsResource(w, version, e1);
  }
  if (version >= 1) {
    w.bool(m.includeSynonyms);
  } else {
    if (m.includeSynonyms !== false) throw new EncodeError('DescribeConfigsRequest.IncludeSynonyms: a non-default value cannot be written in version ' + version);
  }
  if (version >= 3) {
    w.bool(m.includeDocumentation);
  } else {
    if (m.includeDocumentation !== false) throw new EncodeError('DescribeConfigsRequest.IncludeDocumentation: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeConfigsRequest(r: Reader, version: number): DescribeConfigsRequest {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('DescribeConfigsRequest has no version ' + version);
  const flexible = version >= 4;
  let f_resources: DescribeConfigsRequestDescribeConfigsResource[];
  const n2 = flexible ? r.compactArrayLength(4) : r.arrayLength(7);
  if (n2 === -1) throw new DecodeError('DescribeConfigsRequest.Resources is null but not nullable in version ' + version);
  const arr3: DescribeConfigsRequestDescribeConfigsResource[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDescribeConfigsRequestDescribeConfigsResource(r, version));
  }
  f_resources = arr3;
  let f_includeSynonyms: boolean = false;
  if (version >= 1) {
    f_includeSynonyms = r.bool();
  }
  let f_includeDocumentation: boolean = false;
  if (version >= 3) {
    f_includeDocumentation = r.bool();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeConfigsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    resources: f_resources,
    includeSynonyms: f_includeSynonyms,
    includeDocumentation: f_includeDocumentation,
  };
}

export interface DescribeConfigsRequestDescribeConfigsResource {
  resourceType: number;
  resourceName: string;
  configurationKeys: string[] | null;
}

export function defaultDescribeConfigsRequestDescribeConfigsResource(): DescribeConfigsRequestDescribeConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configurationKeys: [],
  };
}

export function encodeDescribeConfigsRequestDescribeConfigsResource(w: Writer, version: number, m: DescribeConfigsRequestDescribeConfigsResource): void {
  const flexible = version >= 4;
  w.int8(m.resourceType);
  if (flexible) w.compactString(m.resourceName); else w.string(m.resourceName);
  const a5 = m.configurationKeys;
  if (a5 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
    for (const e6 of a5) {
      if (flexible) w.compactString(e6); else w.string(e6);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeConfigsRequestDescribeConfigsResource(r: Reader, version: number): DescribeConfigsRequestDescribeConfigsResource {
  const flexible = version >= 4;
  let f_resourceType: number;
  f_resourceType = r.int8();
  let f_resourceName: string;
  f_resourceName = flexible ? r.compactString() : r.string();
  let f_configurationKeys: string[] | null;
  const n7 = flexible ? r.compactArrayLength(1) : r.arrayLength(2);
  if (n7 === -1) {
    f_configurationKeys = null;
  } else {
    const arr8: string[] = [];
    for (let i9 = 0; i9 < n7; i9++) {
      arr8.push(flexible ? r.compactString() : r.string());
    }
    f_configurationKeys = arr8;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeConfigsRequestDescribeConfigsResource: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    resourceType: f_resourceType,
    resourceName: f_resourceName,
    configurationKeys: f_configurationKeys,
  };
}

