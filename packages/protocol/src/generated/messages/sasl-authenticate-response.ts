// Generated from SaslAuthenticateResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const saslAuthenticateResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface SaslAuthenticateResponse {
  errorCode: number;
  errorMessage: string | null;
  authBytes: Buffer;
  sessionLifetimeMs: bigint;
}

export function defaultSaslAuthenticateResponse(): SaslAuthenticateResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    authBytes: EMPTY_BYTES,
    sessionLifetimeMs: 0n,
  };
}

export function encodeSaslAuthenticateResponse(w: Writer, version: number, m: SaslAuthenticateResponse): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('SaslAuthenticateResponse has no version ' + version);
  const flexible = version >= 2;
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  if (flexible) w.compactBytes(m.authBytes); else w.bytes(m.authBytes);
  if (version >= 1) {
    w.int64(m.sessionLifetimeMs);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeSaslAuthenticateResponse(r: Reader, version: number): SaslAuthenticateResponse {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('SaslAuthenticateResponse has no version ' + version);
  const flexible = version >= 2;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_authBytes: Buffer;
  f_authBytes = flexible ? r.compactBytes() : r.bytes();
  let f_sessionLifetimeMs: bigint = 0n;
  if (version >= 1) {
    f_sessionLifetimeMs = r.int64();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('SaslAuthenticateResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    authBytes: f_authBytes,
    sessionLifetimeMs: f_sessionLifetimeMs,
  };
}

