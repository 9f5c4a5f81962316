// Generated from AlterUserScramCredentialsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const alterUserScramCredentialsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface AlterUserScramCredentialsRequest {
  deletions: AlterUserScramCredentialsRequestScramCredentialDeletion[];
  upsertions: AlterUserScramCredentialsRequestScramCredentialUpsertion[];
}

export function defaultAlterUserScramCredentialsRequest(): AlterUserScramCredentialsRequest {
  return {
    deletions: [],
    upsertions: [],
  };
}

export function encodeAlterUserScramCredentialsRequest(w: Writer, version: number, m: AlterUserScramCredentialsRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('AlterUserScramCredentialsRequest has no version ' + version);
  const flexible = true;
  const a0 = m.deletions;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAlterUserScramCredentialsRequestScramCredentialDeletion(w, version, e1);
  }
  const a2 = m.upsertions;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeAlterUserScramCredentialsRequestScramCredentialUpsertion(w, version, e3);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterUserScramCredentialsRequest(r: Reader, version: number): AlterUserScramCredentialsRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('AlterUserScramCredentialsRequest has no version ' + version);
  const flexible = true;
  let f_deletions: AlterUserScramCredentialsRequestScramCredentialDeletion[];
  const n4 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n4 === -1) throw new DecodeError('AlterUserScramCredentialsRequest.Deletions is null but not nullable in version ' + version);
  const arr5: AlterUserScramCredentialsRequestScramCredentialDeletion[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(decodeAlterUserScramCredentialsRequestScramCredentialDeletion(r, version));
  }
  f_deletions = arr5;
  let f_upsertions: AlterUserScramCredentialsRequestScramCredentialUpsertion[];
  const n7 = flexible ? r.compactArrayLength(9) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('AlterUserScramCredentialsRequest.Upsertions is null but not nullable in version ' + version);
  const arr8: AlterUserScramCredentialsRequestScramCredentialUpsertion[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeAlterUserScramCredentialsRequestScramCredentialUpsertion(r, version));
  }
  f_upsertions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterUserScramCredentialsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    deletions: f_deletions,
    upsertions: f_upsertions,
  };
}

export interface AlterUserScramCredentialsRequestScramCredentialDeletion {
  name: string;
  mechanism: number;
}

export function defaultAlterUserScramCredentialsRequestScramCredentialDeletion(): AlterUserScramCredentialsRequestScramCredentialDeletion {
  return {
    name: "",
    mechanism: 0,
  };
}

export function encodeAlterUserScramCredentialsRequestScramCredentialDeletion(w: Writer, version: number, m: AlterUserScramCredentialsRequestScramCredentialDeletion): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  w.int8(m.mechanism);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterUserScramCredentialsRequestScramCredentialDeletion(r: Reader, version: number): AlterUserScramCredentialsRequestScramCredentialDeletion {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_mechanism: number;
  f_mechanism = r.int8();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterUserScramCredentialsRequestScramCredentialDeletion: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    mechanism: f_mechanism,
  };
}

export interface AlterUserScramCredentialsRequestScramCredentialUpsertion {
  name: string;
  mechanism: number;
  iterations: number;
  salt: Buffer;
  saltedPassword: Buffer;
}

export function defaultAlterUserScramCredentialsRequestScramCredentialUpsertion(): AlterUserScramCredentialsRequestScramCredentialUpsertion {
  return {
    name: "",
    mechanism: 0,
    iterations: 0,
    salt: EMPTY_BYTES,
    saltedPassword: EMPTY_BYTES,
  };
}

export function encodeAlterUserScramCredentialsRequestScramCredentialUpsertion(w: Writer, version: number, m: AlterUserScramCredentialsRequestScramCredentialUpsertion): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  w.int8(m.mechanism);
  w.int32(m.iterations);
  if (flexible) w.compactBytes(m.salt); else w.bytes(m.salt);
  if (flexible) w.compactBytes(m.saltedPassword); else w.bytes(m.saltedPassword);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterUserScramCredentialsRequestScramCredentialUpsertion(r: Reader, version: number): AlterUserScramCredentialsRequestScramCredentialUpsertion {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_mechanism: number;
  f_mechanism = r.int8();
  let f_iterations: number;
  f_iterations = r.int32();
  let f_salt: Buffer;
  f_salt = flexible ? r.compactBytes() : r.bytes();
  let f_saltedPassword: Buffer;
  f_saltedPassword = flexible ? r.compactBytes() : r.bytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterUserScramCredentialsRequestScramCredentialUpsertion: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    mechanism: f_mechanism,
    iterations: f_iterations,
    salt: f_salt,
    saltedPassword: f_saltedPassword,
  };
}

