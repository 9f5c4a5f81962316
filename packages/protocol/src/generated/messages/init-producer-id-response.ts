// Generated from InitProducerIdResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const initProducerIdResponseVersions = { min: 0, max: 5, flexibleMin: 2 } as const;

export interface InitProducerIdResponse {
  throttleTimeMs: number;
  errorCode: number;
  producerId: bigint;
  producerEpoch: number;
}

export function defaultInitProducerIdResponse(): InitProducerIdResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1n,
    producerEpoch: 0,
  };
}

export function encodeInitProducerIdResponse(w: Writer, version: number, m: InitProducerIdResponse): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('InitProducerIdResponse has no version ' + version);
  const flexible = version >= 2;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeInitProducerIdResponse(r: Reader, version: number): InitProducerIdResponse {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('InitProducerIdResponse has no version ' + version);
  const flexible = version >= 2;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_producerId: bigint;
  f_producerId = r.int64();
  let f_producerEpoch: number;
  f_producerEpoch = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('InitProducerIdResponse: tagged field ' + tag + ' out of order');
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

