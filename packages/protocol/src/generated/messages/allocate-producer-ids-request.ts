// Generated from AllocateProducerIdsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const allocateProducerIdsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface AllocateProducerIdsRequest {
  brokerId: number;
  brokerEpoch: bigint;
}

export function defaultAllocateProducerIdsRequest(): AllocateProducerIdsRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
  };
}

export function encodeAllocateProducerIdsRequest(w: Writer, version: number, m: AllocateProducerIdsRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('AllocateProducerIdsRequest has no version ' + version);
  const flexible = true;
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAllocateProducerIdsRequest(r: Reader, version: number): AllocateProducerIdsRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('AllocateProducerIdsRequest has no version ' + version);
  const flexible = true;
  let f_brokerId: number;
  f_brokerId = r.int32();
  let f_brokerEpoch: bigint;
  f_brokerEpoch = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AllocateProducerIdsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    brokerId: f_brokerId,
    brokerEpoch: f_brokerEpoch,
  };
}

