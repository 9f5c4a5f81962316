// Generated from RenewDelegationTokenRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const renewDelegationTokenRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface RenewDelegationTokenRequest {
  hmac: Buffer;
  renewPeriodMs: bigint;
}

export function defaultRenewDelegationTokenRequest(): RenewDelegationTokenRequest {
  return {
    hmac: EMPTY_BYTES,
    renewPeriodMs: 0n,
  };
}

export function encodeRenewDelegationTokenRequest(w: Writer, version: number, m: RenewDelegationTokenRequest): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('RenewDelegationTokenRequest has no version ' + version);
  const flexible = version >= 2;
  if (flexible) w.compactBytes(m.hmac); else w.bytes(m.hmac);
  w.int64(m.renewPeriodMs);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeRenewDelegationTokenRequest(r: Reader, version: number): RenewDelegationTokenRequest {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('RenewDelegationTokenRequest has no version ' + version);
  const flexible = version >= 2;
  let f_hmac: Buffer;
  f_hmac = flexible ? r.compactBytes() : r.bytes();
  let f_renewPeriodMs: bigint;
  f_renewPeriodMs = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('RenewDelegationTokenRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    hmac: f_hmac,
    renewPeriodMs: f_renewPeriodMs,
  };
}

