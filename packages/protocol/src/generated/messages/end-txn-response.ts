// Generated from EndTxnResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const endTxnResponseVersions = { min: 0, max: 5, flexibleMin: 3 } as const;

export interface EndTxnResponse {
  throttleTimeMs: number;
  errorCode: number;
  producerId: bigint;
  producerEpoch: number;
}

export function defaultEndTxnResponse(): EndTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1n,
    producerEpoch: -1,
  };
}

export function encodeEndTxnResponse(w: Writer, version: number, m: EndTxnResponse): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('EndTxnResponse has no version ' + version);
  const flexible = version >= 3;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (version >= 5) {
    w.int64(m.producerId);
  }
  if (version >= 5) {
    w.int16(m.producerEpoch);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeEndTxnResponse(r: Reader, version: number): EndTxnResponse {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('EndTxnResponse has no version ' + version);
  const flexible = version >= 3;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_producerId: bigint = -1n;
  if (version >= 5) {
    f_producerId = r.int64();
  }
  let f_producerEpoch: number = -1;
  if (version >= 5) {
    f_producerEpoch = r.int16();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('EndTxnResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
  };
}

