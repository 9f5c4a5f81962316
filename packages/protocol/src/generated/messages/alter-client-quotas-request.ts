// Generated from AlterClientQuotasRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const alterClientQuotasRequestVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface AlterClientQuotasRequest {
  entries: AlterClientQuotasRequestEntryData[];
  validateOnly: boolean;
}

export function defaultAlterClientQuotasRequest(): AlterClientQuotasRequest {
  return {
    entries: [],
    validateOnly: false,
  };
}

export function encodeAlterClientQuotasRequest(w: Writer, version: number, m: AlterClientQuotasRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('AlterClientQuotasRequest has no version ' + version);
  const flexible = version >= 1;
  const a0 = m.entries;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAlterClientQuotasRequestEntryData(w, version, e1);
  }
  w.bool(m.validateOnly);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterClientQuotasRequest(r: Reader, version: number): AlterClientQuotasRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('AlterClientQuotasRequest has no version ' + version);
  const flexible = version >= 1;
  let f_entries: AlterClientQuotasRequestEntryData[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(8);
  if (n2 === -1) throw new DecodeError('AlterClientQuotasRequest.Entries is null but not nullable in version ' + version);
  const arr3: AlterClientQuotasRequestEntryData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeAlterClientQuotasRequestEntryData(r, version));
  }
  f_entries = arr3;
  let f_validateOnly: boolean;
  f_validateOnly = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterClientQuotasRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    entries: f_entries,
    validateOnly: f_validateOnly,
  };
}

export interface AlterClientQuotasRequestEntryData {
  entity: AlterClientQuotasRequestEntityData[];
  ops: AlterClientQuotasRequestOpData[];
}

export function defaultAlterClientQuotasRequestEntryData(): AlterClientQuotasRequestEntryData {
  return {
    entity: [],
    ops: [],
  };
}

export function encodeAlterClientQuotasRequestEntryData(w: Writer, version: number, m: AlterClientQuotasRequestEntryData): void {
  const flexible = version >= 1;
  const a5 = m.entity;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeAlterClientQuotasRequestEntityData(w, version, e6);
  }
  const a7 = m.ops;
  if (flexible) w.compactArrayLength(a7.length); else w.arrayLength(a7.length);
  for (const e8 of a7) {
    encodeAlterClientQuotasRequestOpData(w, version, e8);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterClientQuotasRequestEntryData(r: Reader, version: number): AlterClientQuotasRequestEntryData {
  const flexible = version >= 1;
  let f_entity: AlterClientQuotasRequestEntityData[];
  const n9 = flexible ? r.compactArrayLength(3) : r.arrayLength(4);
  if (n9 === -1) throw new DecodeError('AlterClientQuotasRequest.Entity is null but not nullable in version ' + version);
  const arr10: AlterClientQuotasRequestEntityData[] = [];
  for (let i11 = 0; i11 < n9; i11++) {
    arr10.push(decodeAlterClientQuotasRequestEntityData(r, version));
  }
  f_entity = arr10;
  let f_ops: AlterClientQuotasRequestOpData[];
  const n12 = flexible ? r.compactArrayLength(11) : r.arrayLength(11);
  if (n12 === -1) throw new DecodeError('AlterClientQuotasRequest.Ops is null but not nullable in version ' + version);
  const arr13: AlterClientQuotasRequestOpData[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeAlterClientQuotasRequestOpData(r, version));
  }
  f_ops = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterClientQuotasRequestEntryData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    entity: f_entity,
    ops: f_ops,
  };
}

export interface AlterClientQuotasRequestEntityData {
  entityType: string;
  entityName: string | null;
}

export function defaultAlterClientQuotasRequestEntityData(): AlterClientQuotasRequestEntityData {
  return {
    entityType: "",
    entityName: "",
  };
}

export function encodeAlterClientQuotasRequestEntityData(w: Writer, version: number, m: AlterClientQuotasRequestEntityData): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.entityType); else w.string(m.entityType);
  const v15 = m.entityName;
  if (flexible) w.compactNullableString(v15); else w.nullableString(v15);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterClientQuotasRequestEntityData(r: Reader, version: number): AlterClientQuotasRequestEntityData {
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
      if (tag <= previousTag) throw new DecodeError('AlterClientQuotasRequestEntityData: tagged field ' + tag + ' out of order');
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

export interface AlterClientQuotasRequestOpData {
  key: string;
  value: number;
  remove: boolean;
}

export function defaultAlterClientQuotasRequestOpData(): AlterClientQuotasRequestOpData {
  return {
    key: "",
    value: 0,
    remove: false,
  };
}

export function encodeAlterClientQuotasRequestOpData(w: Writer, version: number, m: AlterClientQuotasRequestOpData): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.key); else w.string(m.key);
  w.float64(m.value);
  w.bool(m.remove);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterClientQuotasRequestOpData(r: Reader, version: number): AlterClientQuotasRequestOpData {
  const flexible = version >= 1;
  let f_key: string;
  f_key = flexible ? r.compactString() : r.string();
  let f_value: number;
  f_value = r.float64();
  let f_remove: boolean;
  f_remove = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterClientQuotasRequestOpData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    key: f_key,
    value: f_value,
    remove: f_remove,
  };
}

