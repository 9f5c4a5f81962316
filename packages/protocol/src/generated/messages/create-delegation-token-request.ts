// Generated from CreateDelegationTokenRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const createDelegationTokenRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface CreateDelegationTokenRequest {
  ownerPrincipalType: string | null;
  ownerPrincipalName: string | null;
  renewers: CreateDelegationTokenRequestCreatableRenewers[];
  maxLifetimeMs: bigint;
}

export function defaultCreateDelegationTokenRequest(): CreateDelegationTokenRequest {
  return {
    ownerPrincipalType: "",
    ownerPrincipalName: "",
    renewers: [],
    maxLifetimeMs: 0n,
  };
}

export function encodeCreateDelegationTokenRequest(w: Writer, version: number, m: CreateDelegationTokenRequest): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('CreateDelegationTokenRequest has no version ' + version);
  const flexible = version >= 2;
  if (version >= 3) {
    const v0 = m.ownerPrincipalType;
    if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  } else {
    if (m.ownerPrincipalType !== "") throw new EncodeError('CreateDelegationTokenRequest.OwnerPrincipalType: a non-default value cannot be written in version ' + version);
  }
  if (version >= 3) {
    const v1 = m.ownerPrincipalName;
    if (flexible) w.compactNullableString(v1); else w.nullableString(v1);
  } else {
    if (m.ownerPrincipalName !== "") throw new EncodeError('CreateDelegationTokenRequest.OwnerPrincipalName: a non-default value cannot be written in version ' + version);
  }
  const a2 = m.renewers;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeCreateDelegationTokenRequestCreatableRenewers(w, version, e3);
  }
  w.int64(m.maxLifetimeMs);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateDelegationTokenRequest(r: Reader, version: number): CreateDelegationTokenRequest {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('CreateDelegationTokenRequest has no version ' + version);
  const flexible = version >= 2;
  let f_ownerPrincipalType: string | null = "";
  if (version >= 3) {
    f_ownerPrincipalType = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_ownerPrincipalName: string | null = "";
  if (version >= 3) {
    f_ownerPrincipalName = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_renewers: CreateDelegationTokenRequestCreatableRenewers[];
  const n4 = flexible ? r.compactArrayLength(3) : r.arrayLength(4);
  if (n4 === -1) throw new DecodeError('CreateDelegationTokenRequest.Renewers is null but not nullable in version ' + version);
  const arr5: CreateDelegationTokenRequestCreatableRenewers[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(decodeCreateDelegationTokenRequestCreatableRenewers(r, version));
  }
  f_renewers = arr5;
  let f_maxLifetimeMs: bigint;
  f_maxLifetimeMs = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateDelegationTokenRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    ownerPrincipalType: f_ownerPrincipalType,
    ownerPrincipalName: f_ownerPrincipalName,
    renewers: f_renewers,
    maxLifetimeMs: f_maxLifetimeMs,
  };
}

export interface CreateDelegationTokenRequestCreatableRenewers {
  principalType: string;
  principalName: string;
}

export function defaultCreateDelegationTokenRequestCreatableRenewers(): CreateDelegationTokenRequestCreatableRenewers {
  return {
    principalType: "",
    principalName: "",
  };
}

export function encodeCreateDelegationTokenRequestCreatableRenewers(w: Writer, version: number, m: CreateDelegationTokenRequestCreatableRenewers): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.principalType); else w.string(m.principalType);
  if (flexible) w.compactString(m.principalName); else w.string(m.principalName);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateDelegationTokenRequestCreatableRenewers(r: Reader, version: number): CreateDelegationTokenRequestCreatableRenewers {
  const flexible = version >= 2;
  let f_principalType: string;
  f_principalType = flexible ? r.compactString() : r.string();
  let f_principalName: string;
  f_principalName = flexible ? r.compactString() : r.string();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateDelegationTokenRequestCreatableRenewers: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    principalType: f_principalType,
    principalName: f_principalName,
  };
}

