// Generated from ExpireDelegationTokenRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const expireDelegationTokenRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface ExpireDelegationTokenRequest {
  hmac: Buffer;
  expiryTimePeriodMs: bigint;
}

export function defaultExpireDelegationTokenRequest(): ExpireDelegationTokenRequest {
  return {
    hmac: EMPTY_BYTES,
    expiryTimePeriodMs: 0n,
  };
}

export function encodeExpireDelegationTokenRequest(w: Writer, version: number, m: ExpireDelegationTokenRequest): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('ExpireDelegationTokenRequest has no version ' + version);
  const flexible = version >= 2;
  if (flexible) w.compactBytes(m.hmac); else w.bytes(m.hmac);
  w.int64(m.expiryTimePeriodMs);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeExpireDelegationTokenRequest(r: Reader, version: number): ExpireDelegationTokenRequest {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('ExpireDelegationTokenRequest has no version ' + version);
  const flexible = version >= 2;
  let f_hmac: Buffer;
  f_hmac = flexible ? r.compactBytes() : r.bytes();
  let f_expiryTimePeriodMs: bigint;
  f_expiryTimePeriodMs = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ExpireDelegationTokenRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    hmac: f_hmac,
    expiryTimePeriodMs: f_expiryTimePeriodMs,
  };
}

