// Generated from RemoveRaftVoterRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const removeRaftVoterRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface RemoveRaftVoterRequest {
  clusterId: string | null;
  voterId: number;
  voterDirectoryId: string;
}

export function defaultRemoveRaftVoterRequest(): RemoveRaftVoterRequest {
  return {
    clusterId: "",
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
  };
}

export function encodeRemoveRaftVoterRequest(w: Writer, version: number, m: RemoveRaftVoterRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('RemoveRaftVoterRequest has no version ' + version);
  const flexible = true;
  const v0 = m.clusterId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeRemoveRaftVoterRequest(r: Reader, version: number): RemoveRaftVoterRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('RemoveRaftVoterRequest has no version ' + version);
  const flexible = true;
  let f_clusterId: string | null;
  f_clusterId = flexible ? r.compactNullableString() : r.nullableString();
  let f_voterId: number;
  f_voterId = r.int32();
  let f_voterDirectoryId: string;
  f_voterDirectoryId = r.uuid();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('RemoveRaftVoterRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    clusterId: f_clusterId,
    voterId: f_voterId,
    voterDirectoryId: f_voterDirectoryId,
  };
}

