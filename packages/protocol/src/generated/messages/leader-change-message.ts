// Generated from LeaderChangeMessage.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const leaderChangeMessageVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface LeaderChangeMessage {
  version: number;
  leaderId: number;
  voters: LeaderChangeMessageVoter[];
  grantingVoters: LeaderChangeMessageVoter[];
}

export function defaultLeaderChangeMessage(): LeaderChangeMessage {
  return {
    version: 0,
    leaderId: 0,
    voters: [],
    grantingVoters: [],
  };
}

export function encodeLeaderChangeMessage(w: Writer, version: number, m: LeaderChangeMessage): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('LeaderChangeMessage has no version ' + version);
  const flexible = true;
  w.int16(m.version);
  w.int32(m.leaderId);
  const a0 = m.voters;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeLeaderChangeMessageVoter(w, version, e1);
  }
  const a2 = m.grantingVoters;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeLeaderChangeMessageVoter(w, version, e3);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaderChangeMessage(r: Reader, version: number): LeaderChangeMessage {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('LeaderChangeMessage has no version ' + version);
  const flexible = true;
  let f_version: number;
  f_version = r.int16();
  let f_leaderId: number;
  f_leaderId = r.int32();
  let f_voters: LeaderChangeMessageVoter[];
  const n4 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
  if (n4 === -1) throw new DecodeError('LeaderChangeMessage.Voters is null but not nullable in version ' + version);
  const arr5: LeaderChangeMessageVoter[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(decodeLeaderChangeMessageVoter(r, version));
  }
  f_voters = arr5;
  let f_grantingVoters: LeaderChangeMessageVoter[];
  const n7 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('LeaderChangeMessage.GrantingVoters is null but not nullable in version ' + version);
  const arr8: LeaderChangeMessageVoter[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeLeaderChangeMessageVoter(r, version));
  }
  f_grantingVoters = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaderChangeMessage: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    version: f_version,
    leaderId: f_leaderId,
    voters: f_voters,
    grantingVoters: f_grantingVoters,
  };
}

export interface LeaderChangeMessageVoter {
  voterId: number;
  voterDirectoryId: string;
}

export function defaultLeaderChangeMessageVoter(): LeaderChangeMessageVoter {
  return {
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
  };
}

export function encodeLeaderChangeMessageVoter(w: Writer, version: number, m: LeaderChangeMessageVoter): void {
  const flexible = true;
  w.int32(m.voterId);
  if (version >= 1) {
    w.uuid(m.voterDirectoryId);
  } else {
    if (m.voterDirectoryId !== ZERO_UUID) throw new EncodeError('LeaderChangeMessageVoter.VoterDirectoryId: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaderChangeMessageVoter(r: Reader, version: number): LeaderChangeMessageVoter {
  const flexible = true;
  let f_voterId: number;
  f_voterId = r.int32();
  let f_voterDirectoryId: string = ZERO_UUID;
  if (version >= 1) {
    f_voterDirectoryId = r.uuid();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaderChangeMessageVoter: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    voterId: f_voterId,
    voterDirectoryId: f_voterDirectoryId,
  };
}

