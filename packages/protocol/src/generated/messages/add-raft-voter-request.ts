// Generated from AddRaftVoterRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const addRaftVoterRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface AddRaftVoterRequest {
  clusterId: string | null;
  timeoutMs: number;
  voterId: number;
  voterDirectoryId: string;
  listeners: AddRaftVoterRequestListener[];
}

export function defaultAddRaftVoterRequest(): AddRaftVoterRequest {
  return {
    clusterId: "",
    timeoutMs: 0,
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    listeners: [],
  };
}

export function encodeAddRaftVoterRequest(w: Writer, version: number, m: AddRaftVoterRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('AddRaftVoterRequest has no version ' + version);
  const flexible = true;
  const v0 = m.clusterId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  w.int32(m.timeoutMs);
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  const a1 = m.listeners;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeAddRaftVoterRequestListener(w, version, e2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAddRaftVoterRequest(r: Reader, version: number): AddRaftVoterRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('AddRaftVoterRequest has no version ' + version);
  const flexible = true;
  let f_clusterId: string | null;
  f_clusterId = flexible ? r.compactNullableString() : r.nullableString();
  let f_timeoutMs: number;
  f_timeoutMs = r.int32();
  let f_voterId: number;
  f_voterId = r.int32();
  let f_voterDirectoryId: string;
  f_voterDirectoryId = r.uuid();
  let f_listeners: AddRaftVoterRequestListener[];
  const n3 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
  if (n3 === -1) throw new DecodeError('AddRaftVoterRequest.Listeners is null but not nullable in version ' + version);
  const arr4: AddRaftVoterRequestListener[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeAddRaftVoterRequestListener(r, version));
  }
  f_listeners = arr4;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AddRaftVoterRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    clusterId: f_clusterId,
    timeoutMs: f_timeoutMs,
    voterId: f_voterId,
    voterDirectoryId: f_voterDirectoryId,
    listeners: f_listeners,
  };
}

export interface AddRaftVoterRequestListener {
  name: string;
  host: string;
  port: number;
}

export function defaultAddRaftVoterRequestListener(): AddRaftVoterRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

export function encodeAddRaftVoterRequestListener(w: Writer, version: number, m: AddRaftVoterRequestListener): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAddRaftVoterRequestListener(r: Reader, version: number): AddRaftVoterRequestListener {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_host: string;
  f_host = flexible ? r.compactString() : r.string();
  let f_port: number;
  f_port = r.uint16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AddRaftVoterRequestListener: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    host: f_host,
    port: f_port,
  };
}

