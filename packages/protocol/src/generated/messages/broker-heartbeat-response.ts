// Generated from BrokerHeartbeatResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const brokerHeartbeatResponseVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface BrokerHeartbeatResponse {
  throttleTimeMs: number;
  errorCode: number;
  isCaughtUp: boolean;
  isFenced: boolean;
  shouldShutDown: boolean;
}

export function defaultBrokerHeartbeatResponse(): BrokerHeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    isCaughtUp: false,
    isFenced: true,
    shouldShutDown: false,
  };
}

export function encodeBrokerHeartbeatResponse(w: Writer, version: number, m: BrokerHeartbeatResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('BrokerHeartbeatResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.bool(m.isCaughtUp);
  w.bool(m.isFenced);
  w.bool(m.shouldShutDown);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBrokerHeartbeatResponse(r: Reader, version: number): BrokerHeartbeatResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('BrokerHeartbeatResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_isCaughtUp: boolean;
  f_isCaughtUp = r.bool();
  let f_isFenced: boolean;
  f_isFenced = r.bool();
  let f_shouldShutDown: boolean;
  f_shouldShutDown = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BrokerHeartbeatResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    isCaughtUp: f_isCaughtUp,
    isFenced: f_isFenced,
    shouldShutDown: f_shouldShutDown,
  };
}

