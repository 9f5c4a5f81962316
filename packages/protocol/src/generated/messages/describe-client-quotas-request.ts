// Generated from DescribeClientQuotasRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeClientQuotasRequestVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface DescribeClientQuotasRequest {
  components: DescribeClientQuotasRequestComponentData[];
  strict: boolean;
}

export function defaultDescribeClientQuotasRequest(): DescribeClientQuotasRequest {
  return {
    components: [],
    strict: false,
  };
}

export function encodeDescribeClientQuotasRequest(w: Writer, version: number, m: DescribeClientQuotasRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('DescribeClientQuotasRequest has no version ' + version);
  const flexible = version >= 1;
  const a0 = m.components;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeClientQuotasRequestComponentData(w, version, e1);
  }
  w.bool(m.strict);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeClientQuotasRequest(r: Reader, version: number): DescribeClientQuotasRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('DescribeClientQuotasRequest has no version ' + version);
  const flexible = version >= 1;
  let f_components: DescribeClientQuotasRequestComponentData[];
  const n2 = flexible ? r.compactArrayLength(4) : r.arrayLength(5);
  if (n2 === -1) throw new DecodeError('DescribeClientQuotasRequest.Components is null but not nullable in version ' + version);
  const arr3: DescribeClientQuotasRequestComponentData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDescribeClientQuotasRequestComponentData(r, version));
  }
  f_components = arr3;
  let f_strict: boolean;
  f_strict = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeClientQuotasRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    components: f_components,
    strict: f_strict,
  };
}

export interface DescribeClientQuotasRequestComponentData {
  entityType: string;
  matchType: number;
  match: string | null;
}

export function defaultDescribeClientQuotasRequestComponentData(): DescribeClientQuotasRequestComponentData {
  return {
    entityType: "",
    matchType: 0,
    match: "",
  };
}

export function encodeDescribeClientQuotasRequestComponentData(w: Writer, version: number, m: DescribeClientQuotasRequestComponentData): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.entityType); else w.string(m.entityType);
  w.int8(m.matchType);
  const v5 = m.match;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeClientQuotasRequestComponentData(r: Reader, version: number): DescribeClientQuotasRequestComponentData {
  const flexible = version >= 1;
  let f_entityType: string;
  f_entityType = flexible ? r.compactString() : r.string();
  let f_matchType: number;
  f_matchType = r.int8();
  let f_match: string | null;
  f_match = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeClientQuotasRequestComponentData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    entityType: f_entityType,
    matchType: f_matchType,
    match: f_match,
  };
}

