// Generated from BrokerRegistrationResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const brokerRegistrationResponseVersions = { min: 0, max: 4, flexibleMin: 0 } as const;

export interface BrokerRegistrationResponse {
  throttleTimeMs: number;
  errorCode: number;
  brokerEpoch: bigint;
}

export function defaultBrokerRegistrationResponse(): BrokerRegistrationResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    brokerEpoch: -1n,
  };
}

export function encodeBrokerRegistrationResponse(w: Writer, version: number, m: BrokerRegistrationResponse): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('BrokerRegistrationResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.brokerEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBrokerRegistrationResponse(r: Reader, version: number): BrokerRegistrationResponse {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('BrokerRegistrationResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_brokerEpoch: bigint;
  f_brokerEpoch = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BrokerRegistrationResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    brokerEpoch: f_brokerEpoch,
  };
}

