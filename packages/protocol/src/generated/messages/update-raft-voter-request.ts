// Generated from UpdateRaftVoterRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const updateRaftVoterRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface UpdateRaftVoterRequest {
  clusterId: string | null;
  currentLeaderEpoch: number;
  voterId: number;
  voterDirectoryId: string;
  listeners: UpdateRaftVoterRequestListener[];
  kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature;
}

export function defaultUpdateRaftVoterRequest(): UpdateRaftVoterRequest {
  return {
    clusterId: "",
    currentLeaderEpoch: 0,
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    listeners: [],
    kRaftVersionFeature: defaultUpdateRaftVoterRequestKRaftVersionFeature(),
  };
}

export function encodeUpdateRaftVoterRequest(w: Writer, version: number, m: UpdateRaftVoterRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('UpdateRaftVoterRequest has no version ' + version);
  const flexible = true;
  const v0 = m.clusterId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  w.int32(m.currentLeaderEpoch);
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  const a1 = m.listeners;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeUpdateRaftVoterRequestListener(w, version, e2);
  }
  encodeUpdateRaftVoterRequestKRaftVersionFeature(w, version, m.kRaftVersionFeature);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateRaftVoterRequest(r: Reader, version: number): UpdateRaftVoterRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('UpdateRaftVoterRequest has no version ' + version);
  const flexible = true;
  let f_clusterId: string | null;
  f_clusterId = flexible ? r.compactNullableString() : r.nullableString();
  let f_currentLeaderEpoch: number;
  f_currentLeaderEpoch = r.int32();
  let f_voterId: number;
  f_voterId = r.int32();
  let f_voterDirectoryId: string;
  f_voterDirectoryId = r.uuid();
  let f_listeners: UpdateRaftVoterRequestListener[];
  const n3 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
  if (n3 === -1) throw new DecodeError('UpdateRaftVoterRequest.Listeners is null but not nullable in version ' + version);
  const arr4: UpdateRaftVoterRequestListener[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeUpdateRaftVoterRequestListener(r, version));
  }
  f_listeners = arr4;
  let f_kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature;
  f_kRaftVersionFeature = decodeUpdateRaftVoterRequestKRaftVersionFeature(r, version);
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateRaftVoterRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    clusterId: f_clusterId,
    currentLeaderEpoch: f_currentLeaderEpoch,
    voterId: f_voterId,
    voterDirectoryId: f_voterDirectoryId,
    listeners: f_listeners,
    kRaftVersionFeature: f_kRaftVersionFeature,
  };
}

export interface UpdateRaftVoterRequestListener {
  name: string;
  host: string;
  port: number;
}

export function defaultUpdateRaftVoterRequestListener(): UpdateRaftVoterRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

export function encodeUpdateRaftVoterRequestListener(w: Writer, version: number, m: UpdateRaftVoterRequestListener): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateRaftVoterRequestListener(r: Reader, version: number): UpdateRaftVoterRequestListener {
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
      if (tag <= previousTag) throw new DecodeError('UpdateRaftVoterRequestListener: tagged field ' + tag + ' out of order');
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

export interface UpdateRaftVoterRequestKRaftVersionFeature {
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

export function defaultUpdateRaftVoterRequestKRaftVersionFeature(): UpdateRaftVoterRequestKRaftVersionFeature {
  return {
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

export function encodeUpdateRaftVoterRequestKRaftVersionFeature(w: Writer, version: number, m: UpdateRaftVoterRequestKRaftVersionFeature): void {
  const flexible = true;
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateRaftVoterRequestKRaftVersionFeature(r: Reader, version: number): UpdateRaftVoterRequestKRaftVersionFeature {
  const flexible = true;
  let f_minSupportedVersion: number;
  f_minSupportedVersion = r.int16();
  let f_maxSupportedVersion: number;
  f_maxSupportedVersion = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateRaftVoterRequestKRaftVersionFeature: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    minSupportedVersion: f_minSupportedVersion,
    maxSupportedVersion: f_maxSupportedVersion,
  };
}

