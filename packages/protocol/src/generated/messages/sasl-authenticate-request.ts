// Generated from SaslAuthenticateRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const saslAuthenticateRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface SaslAuthenticateRequest {
  authBytes: Buffer;
}

export function defaultSaslAuthenticateRequest(): SaslAuthenticateRequest {
  return {
    authBytes: EMPTY_BYTES,
  };
}

export function encodeSaslAuthenticateRequest(w: Writer, version: number, m: SaslAuthenticateRequest): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('SaslAuthenticateRequest has no version ' + version);
  const flexible = version >= 2;
  if (flexible) w.compactBytes(m.authBytes); else w.bytes(m.authBytes);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeSaslAuthenticateRequest(r: Reader, version: number): SaslAuthenticateRequest {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('SaslAuthenticateRequest has no version ' + version);
  const flexible = version >= 2;
  let f_authBytes: Buffer;
  f_authBytes = flexible ? r.compactBytes() : r.bytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('SaslAuthenticateRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    authBytes: f_authBytes,
  };
}

