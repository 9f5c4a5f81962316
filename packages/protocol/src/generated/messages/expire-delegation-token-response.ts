// Generated from ExpireDelegationTokenResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const expireDelegationTokenResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface ExpireDelegationTokenResponse {
  errorCode: number;
  expiryTimestampMs: bigint;
  throttleTimeMs: number;
}

export function defaultExpireDelegationTokenResponse(): ExpireDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0n,
    throttleTimeMs: 0,
  };
}

export function encodeExpireDelegationTokenResponse(w: Writer, version: number, m: ExpireDelegationTokenResponse): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('ExpireDelegationTokenResponse has no version ' + version);
  const flexible = version >= 2;
  w.int16(m.errorCode);
  w.int64(m.expiryTimestampMs);
  w.int32(m.throttleTimeMs);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeExpireDelegationTokenResponse(r: Reader, version: number): ExpireDelegationTokenResponse {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('ExpireDelegationTokenResponse has no version ' + version);
  const flexible = version >= 2;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_expiryTimestampMs: bigint;
  f_expiryTimestampMs = r.int64();
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ExpireDelegationTokenResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    expiryTimestampMs: f_expiryTimestampMs,
    throttleTimeMs: f_throttleTimeMs,
  };
}

