// Generated from ListClientMetricsResourcesResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const listClientMetricsResourcesResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ListClientMetricsResourcesResponse {
  throttleTimeMs: number;
  errorCode: number;
  clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[];
}

export function defaultListClientMetricsResourcesResponse(): ListClientMetricsResourcesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientMetricsResources: [],
  };
}

export function encodeListClientMetricsResourcesResponse(w: Writer, version: number, m: ListClientMetricsResourcesResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ListClientMetricsResourcesResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const a0 = m.clientMetricsResources;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeListClientMetricsResourcesResponseClientMetricsResource(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListClientMetricsResourcesResponse(r: Reader, version: number): ListClientMetricsResourcesResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ListClientMetricsResourcesResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[];
  const n2 = flexible ? r.compactArrayLength(2) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('ListClientMetricsResourcesResponse.ClientMetricsResources is null but not nullable in version ' + version);
  const arr3: ListClientMetricsResourcesResponseClientMetricsResource[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeListClientMetricsResourcesResponseClientMetricsResource(r, version));
  }
  f_clientMetricsResources = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListClientMetricsResourcesResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    clientMetricsResources: f_clientMetricsResources,
  };
}

export interface ListClientMetricsResourcesResponseClientMetricsResource {
  name: string;
}

export function defaultListClientMetricsResourcesResponseClientMetricsResource(): ListClientMetricsResourcesResponseClientMetricsResource {
  return {
    name: "",
  };
}

export function encodeListClientMetricsResourcesResponseClientMetricsResource(w: Writer, version: number, m: ListClientMetricsResourcesResponseClientMetricsResource): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListClientMetricsResourcesResponseClientMetricsResource(r: Reader, version: number): ListClientMetricsResourcesResponseClientMetricsResource {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListClientMetricsResourcesResponseClientMetricsResource: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
  };
}

