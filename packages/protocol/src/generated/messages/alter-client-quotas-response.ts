// Generated from AlterClientQuotasResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const alterClientQuotasResponseVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface AlterClientQuotasResponse {
  throttleTimeMs: number;
  entries: AlterClientQuotasResponseEntryData[];
}

export function defaultAlterClientQuotasResponse(): AlterClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    entries: [],
  };
}

export function encodeAlterClientQuotasResponse(w: Writer, version: number, m: AlterClientQuotasResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('AlterClientQuotasResponse has no version ' + version);
  const flexible = version >= 1;
  w.int32(m.throttleTimeMs);
  const a0 = m.entries;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAlterClientQuotasResponseEntryData(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterClientQuotasResponse(r: Reader, version: number): AlterClientQuotasResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('AlterClientQuotasResponse has no version ' + version);
  const flexible = version >= 1;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_entries: AlterClientQuotasResponseEntryData[];
  const n2 = flexible ? r.compactArrayLength(5) : r.arrayLength(8);
  if (n2 === -1) throw new DecodeError('AlterClientQuotasResponse.Entries is null but not nullable in version ' + version);
  const arr3: AlterClientQuotasResponseEntryData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeAlterClientQuotasResponseEntryData(r, version));
  }
  f_entries = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterClientQuotasResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    entries: f_entries,
  };
}

export interface AlterClientQuotasResponseEntryData {
  errorCode: number;
  errorMessage: string | null;
  entity: AlterClientQuotasResponseEntityData[];
}

export function defaultAlterClientQuotasResponseEntryData(): AlterClientQuotasResponseEntryData {
  return {
    errorCode: 0,
    errorMessage: "",
    entity: [],
  };
}

export function encodeAlterClientQuotasResponseEntryData(w: Writer, version: number, m: AlterClientQuotasResponseEntryData): void {
  const flexible = version >= 1;
  w.int16(m.errorCode);
  const v5 = m.errorMessage;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  const a6 = m.entity;
  if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    encodeAlterClientQuotasResponseEntityData(w, version, e7);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterClientQuotasResponseEntryData(r: Reader, version: number): AlterClientQuotasResponseEntryData {
  const flexible = version >= 1;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_entity: AlterClientQuotasResponseEntityData[];
  const n8 = flexible ? r.compactArrayLength(3) : r.arrayLength(4);
  if (n8 === -1) throw new DecodeError('AlterClientQuotasResponse.Entity is null but not nullable in version ' + version);
  const arr9: AlterClientQuotasResponseEntityData[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeAlterClientQuotasResponseEntityData(r, version));
  }
  f_entity = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterClientQuotasResponseEntryData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    entity: f_entity,
  };
}

export interface AlterClientQuotasResponseEntityData {
  entityType: string;
  entityName: string | null;
}

export function defaultAlterClientQuotasResponseEntityData(): AlterClientQuotasResponseEntityData {
  return {
    entityType: "",
    entityName: "",
  };
}

export function encodeAlterClientQuotasResponseEntityData(w: Writer, version: number, m: AlterClientQuotasResponseEntityData): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.entityType); else w.string(m.entityType);
  const v11 = m.entityName;
  if (flexible) w.compactNullableString(v11); else w.nullableString(v11);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterClientQuotasResponseEntityData(r: Reader, version: number): AlterClientQuotasResponseEntityData {
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
      if (tag <= previousTag) throw new DecodeError('AlterClientQuotasResponseEntityData: tagged field ' + tag + ' out of order');
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

