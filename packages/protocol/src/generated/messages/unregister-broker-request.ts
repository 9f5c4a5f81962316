// Generated from UnregisterBrokerRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const unregisterBrokerRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface UnregisterBrokerRequest {
  brokerId: number;
}

export function defaultUnregisterBrokerRequest(): UnregisterBrokerRequest {
  return {
    brokerId: 0,
  };
}

export function encodeUnregisterBrokerRequest(w: Writer, version: number, m: UnregisterBrokerRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('UnregisterBrokerRequest has no version ' + version);
  const flexible = true;
  w.int32(m.brokerId);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUnregisterBrokerRequest(r: Reader, version: number): UnregisterBrokerRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('UnregisterBrokerRequest has no version ' + version);
  const flexible = true;
  let f_brokerId: number;
  f_brokerId = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UnregisterBrokerRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    brokerId: f_brokerId,
  };
}

