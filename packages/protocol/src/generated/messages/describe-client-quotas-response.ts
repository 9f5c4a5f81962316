// Generated from DescribeClientQuotasResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeClientQuotasResponseVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface DescribeClientQuotasResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  entries: DescribeClientQuotasResponseEntryData[] | null;
}

export function defaultDescribeClientQuotasResponse(): DescribeClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    entries: [],
  };
}

export function encodeDescribeClientQuotasResponse(w: Writer, version: number, m: DescribeClientQuotasResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('DescribeClientQuotasResponse has no version ' + version);
  const flexible = version >= 1;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const a1 = m.entries;
  if (a1 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
    for (const e2 of a1) {
      encodeDescribeClientQuotasResponseEntryData(w, version, e2);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeClientQuotasResponse(r: Reader, version: number): DescribeClientQuotasResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('DescribeClientQuotasResponse has no version ' + version);
  const flexible = version >= 1;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_entries: DescribeClientQuotasResponseEntryData[] | null;
  const n3 = flexible ? r.compactArrayLength(3) : r.arrayLength(8);
  if (n3 === -1) {
    f_entries = null;
  } else {
    const arr4: DescribeClientQuotasResponseEntryData[] = [];
    for (let i5 = 0; i5 < n3; i5++) {
      arr4.push(decodeDescribeClientQuotasResponseEntryData(r, version));
    }
    f_entries = arr4;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeClientQuotasResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    entries: f_entries,
  };
}

export interface DescribeClientQuotasResponseEntryData {
  entity: DescribeClientQuotasResponseEntityData[];
  values: DescribeClientQuotasResponseValueData[];
}

export function defaultDescribeClientQuotasResponseEntryData(): DescribeClientQuotasResponseEntryData {
  return {
    entity: [],
    values: [],
  };
}

export function encodeDescribeClientQuotasResponseEntryData(w: Writer, version: number, m: DescribeClientQuotasResponseEntryData): void {
  const flexible = version >= 1;
  const a6 = m.entity;
  if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    encodeDescribeClientQuotasResponseEntityData(w, version, e7);
  }
  const a8 = m.values;
  if (flexible) w.compactArrayLength(a8.length); else w.arrayLength(a8.length);
  for (const e9 of a8) {
    encodeDescribeClientQuotasResponseValueData(w, version, e9);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeClientQuotasResponseEntryData(r: Reader, version: number): DescribeClientQuotasResponseEntryData {
  const flexible = version >= 1;
  let f_entity: DescribeClientQuotasResponseEntityData[];
  const n10 = flexible ? r.compactArrayLength(3) : r.arrayLength(4);
  if (n10 === -1) throw new DecodeError('DescribeClientQuotasResponse.Entity is null but not nullable in version ' + version);
  const arr11: DescribeClientQuotasResponseEntityData[] = [];
  for (let i12 = 0; i12 < n10; i12++) {
    arr11.push(decodeDescribeClientQuotasResponseEntityData(r, version));
  }
  f_entity = arr11;
  let f_values: DescribeClientQuotasResponseValueData[];
  const n13 = flexible ? r.compactArrayLength(10) : r.arrayLength(10);
  if (n13 === -1) throw new DecodeError('DescribeClientQuotasResponse.Values is null but not nullable in version ' + version);
  const arr14: DescribeClientQuotasResponseValueData[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeDescribeClientQuotasResponseValueData(r, version));
  }
  f_values = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeClientQuotasResponseEntryData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    entity: f_entity,
    values: f_values,
  };
}

export interface DescribeClientQuotasResponseEntityData {
  entityType: string;
  entityName: string | null;
}

export function defaultDescribeClientQuotasResponseEntityData(): DescribeClientQuotasResponseEntityData {
  return {
    entityType: "",
    entityName: "",
  };
}

export function encodeDescribeClientQuotasResponseEntityData(w: Writer, version: number, m: DescribeClientQuotasResponseEntityData): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.entityType); else w.string(m.entityType);
  const v16 = m.entityName;
  if (flexible) w.compactNullableString(v16); else w.nullableString(v16);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeClientQuotasResponseEntityData(r: Reader, version: number): DescribeClientQuotasResponseEntityData {
  const flexible = version >= 1;
  let f_entityType: string;
  f_entityType = flexible ? r.compactString() : r.string();
  let f_entityName: string | null;
  f_entityName = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeClientQuotasResponseEntityData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    entityType: f_entityType,
    entityName: f_entityName,
  };
}

export interface DescribeClientQuotasResponseValueData {
  key: string;
  value: number;
}

export function defaultDescribeClientQuotasResponseValueData(): DescribeClientQuotasResponseValueData {
  return {
    key: "",
    value: 0,
  };
}

export function encodeDescribeClientQuotasResponseValueData(w: Writer, version: number, m: DescribeClientQuotasResponseValueData): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.key); else w.string(m.key);
  w.float64(m.value);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeClientQuotasResponseValueData(r: Reader, version: number): DescribeClientQuotasResponseValueData {
  const flexible = version >= 1;
  let f_key: string;
  f_key = flexible ? r.compactString() : r.string();
  let f_value: number;
  f_value = r.float64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeClientQuotasResponseValueData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    key: f_key,
    value: f_value,
  };
}

