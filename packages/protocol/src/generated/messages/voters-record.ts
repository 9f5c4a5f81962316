// Generated from VotersRecord.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const votersRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface VotersRecord {
  version: number;
  voters: VotersRecordVoter[];
}

export function defaultVotersRecord(): VotersRecord {
  return {
    version: 0,
    voters: [],
  };
}

export function encodeVotersRecord(w: Writer, version: number, m: VotersRecord): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('VotersRecord has no version ' + version);
  const flexible = true;
  w.int16(m.version);
  const a0 = m.voters;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeVotersRecordVoter(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeVotersRecord(r: Reader, version: number): VotersRecord {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('VotersRecord has no version ' + version);
  const flexible = true;
  let f_version: number;
  f_version = r.int16();
  let f_voters: VotersRecordVoter[];
  const n2 = flexible ? r.compactArrayLength(27) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('VotersRecord.Voters is null but not nullable in version ' + version);
  const arr3: VotersRecordVoter[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeVotersRecordVoter(r, version));
  }
  f_voters = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('VotersRecord: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    version: f_version,
    voters: f_voters,
  };
}

export interface VotersRecordVoter {
  voterId: number;
  voterDirectoryId: string;
  endpoints: VotersRecordEndpoint[];
  kRaftVersionFeature: VotersRecordKRaftVersionFeature;
}

export function defaultVotersRecordVoter(): VotersRecordVoter {
  return {
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    endpoints: [],
    kRaftVersionFeature: defaultVotersRecordKRaftVersionFeature(),
  };
}

export function encodeVotersRecordVoter(w: Writer, version: number, m: VotersRecordVoter): void {
  const flexible = true;
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  const a5 = m.endpoints;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeVotersRecordEndpoint(w, version, e6);
  }
  encodeVotersRecordKRaftVersionFeature(w, version, m.kRaftVersionFeature);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeVotersRecordVoter(r: Reader, version: number): VotersRecordVoter {
  const flexible = true;
  let f_voterId: number;
  f_voterId = r.int32();
  let f_voterDirectoryId: string;
  f_voterDirectoryId = r.uuid();
  let f_endpoints: VotersRecordEndpoint[];
  const n7 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('VotersRecord.Endpoints is null but not nullable in version ' + version);
  const arr8: VotersRecordEndpoint[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeVotersRecordEndpoint(r, version));
  }
  f_endpoints = arr8;
  let f_kRaftVersionFeature: VotersRecordKRaftVersionFeature;
  f_kRaftVersionFeature = decodeVotersRecordKRaftVersionFeature(r, version);
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('VotersRecordVoter: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    voterId: f_voterId,
    voterDirectoryId: f_voterDirectoryId,
    endpoints: f_endpoints,
    kRaftVersionFeature: f_kRaftVersionFeature,
  };
}

export interface VotersRecordEndpoint {
  name: string;
  host: string;
  port: number;
}

export function defaultVotersRecordEndpoint(): VotersRecordEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

export function encodeVotersRecordEndpoint(w: Writer, version: number, m: VotersRecordEndpoint): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeVotersRecordEndpoint(r: Reader, version: number): VotersRecordEndpoint {
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
      if (tag <= previousTag) throw new DecodeError('VotersRecordEndpoint: tagged field ' + tag + ' out of order');
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

export interface VotersRecordKRaftVersionFeature {
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

export function defaultVotersRecordKRaftVersionFeature(): VotersRecordKRaftVersionFeature {
  return {
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

export function encodeVotersRecordKRaftVersionFeature(w: Writer, version: number, m: VotersRecordKRaftVersionFeature): void {
  const flexible = true;
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeVotersRecordKRaftVersionFeature(r: Reader, version: number): VotersRecordKRaftVersionFeature {
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
      if (tag <= previousTag) throw new DecodeError('VotersRecordKRaftVersionFeature: tagged field ' + tag + ' out of order');
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

