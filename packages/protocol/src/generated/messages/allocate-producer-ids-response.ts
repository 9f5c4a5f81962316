// Generated from AllocateProducerIdsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const allocateProducerIdsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface AllocateProducerIdsResponse {
  throttleTimeMs: number;
  errorCode: number;
  producerIdStart: bigint;
  producerIdLen: number;
}

export function defaultAllocateProducerIdsResponse(): AllocateProducerIdsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerIdStart: 0n,
    producerIdLen: 0,
  };
}

export function encodeAllocateProducerIdsResponse(w: Writer, version: number, m: AllocateProducerIdsResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('AllocateProducerIdsResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.producerIdStart);
  w.int32(m.producerIdLen);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAllocateProducerIdsResponse(r: Reader, version: number): AllocateProducerIdsResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('AllocateProducerIdsResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_producerIdStart: bigint;
  f_producerIdStart = r.int64();
  let f_producerIdLen: number;
  f_producerIdLen = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AllocateProducerIdsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    producerIdStart: f_producerIdStart,
    producerIdLen: f_producerIdLen,
  };
}

