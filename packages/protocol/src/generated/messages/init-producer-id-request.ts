// Generated from InitProducerIdRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const initProducerIdRequestVersions = { min: 0, max: 5, flexibleMin: 2 } as const;

export interface InitProducerIdRequest {
  transactionalId: string | null;
  transactionTimeoutMs: number;
  producerId: bigint;
  producerEpoch: number;
}

export function defaultInitProducerIdRequest(): InitProducerIdRequest {
  return {
    transactionalId: "",
    transactionTimeoutMs: 0,
    producerId: -1n,
    producerEpoch: -1,
  };
}

export function encodeInitProducerIdRequest(w: Writer, version: number, m: InitProducerIdRequest): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('InitProducerIdRequest has no version ' + version);
  const flexible = version >= 2;
  const v0 = m.transactionalId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  w.int32(m.transactionTimeoutMs);
  if (version >= 3) {
    w.int64(m.producerId);
  } else {
    if (m.producerId !== -1n) throw new EncodeError('InitProducerIdRequest.ProducerId: a non-default value cannot be written in version ' + version);
  }
  if (version >= 3) {
    w.int16(m.producerEpoch);
  } else {
    if (m.producerEpoch !== -1) throw new EncodeError('InitProducerIdRequest.ProducerEpoch: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeInitProducerIdRequest(r: Reader, version: number): InitProducerIdRequest {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('InitProducerIdRequest has no version ' + version);
  const flexible = version >= 2;
  let f_transactionalId: string | null;
  f_transactionalId = flexible ? r.compactNullableString() : r.nullableString();
  let f_transactionTimeoutMs: number;
  f_transactionTimeoutMs = r.int32();
  let f_producerId: bigint = -1n;
  if (version >= 3) {
    f_producerId = r.int64();
  }
  let f_producerEpoch: number = -1;
  if (version >= 3) {
    f_producerEpoch = r.int16();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('InitProducerIdRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    transactionalId: f_transactionalId,
    transactionTimeoutMs: f_transactionTimeoutMs,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
  };
}

