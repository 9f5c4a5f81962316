// Generated from UpdateRaftVoterResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const updateRaftVoterResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface UpdateRaftVoterResponse {
  throttleTimeMs: number;
  errorCode: number;
  currentLeader?: UpdateRaftVoterResponseCurrentLeader | undefined;
}

export function defaultUpdateRaftVoterResponse(): UpdateRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

export function encodeUpdateRaftVoterResponse(w: Writer, version: number, m: UpdateRaftVoterResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('UpdateRaftVoterResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (flexible) {
    let tagCount = 0;
    const has0 = m.currentLeader !== undefined;
    if (has0) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has0) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        encodeUpdateRaftVoterResponseCurrentLeader(w, version, m.currentLeader!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeUpdateRaftVoterResponse(r: Reader, version: number): UpdateRaftVoterResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('UpdateRaftVoterResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let t_currentLeader: UpdateRaftVoterResponseCurrentLeader | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateRaftVoterResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (true) {
            t_currentLeader = decodeUpdateRaftVoterResponseCurrentLeader(fr, version);
            if (fr.remaining !== 0) throw new DecodeError('UpdateRaftVoterResponse.CurrentLeader: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    ...(t_currentLeader !== undefined ? { currentLeader: t_currentLeader } : {}),
  };
}

export interface UpdateRaftVoterResponseCurrentLeader {
  leaderId: number;
  leaderEpoch: number;
  host: string;
  port: number;
}

export function defaultUpdateRaftVoterResponseCurrentLeader(): UpdateRaftVoterResponseCurrentLeader {
  return {
    leaderId: -1,
    leaderEpoch: -1,
    host: "",
    port: 0,
  };
}

export function encodeUpdateRaftVoterResponseCurrentLeader(w: Writer, version: number, m: UpdateRaftVoterResponseCurrentLeader): void {
  const flexible = true;
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.int32(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateRaftVoterResponseCurrentLeader(r: Reader, version: number): UpdateRaftVoterResponseCurrentLeader {
  const flexible = true;
  let f_leaderId: number;
  f_leaderId = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  let f_host: string;
  f_host = flexible ? r.compactString() : r.string();
  let f_port: number;
  f_port = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateRaftVoterResponseCurrentLeader: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    host: f_host,
    port: f_port,
  };
}

