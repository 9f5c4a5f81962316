// Generated from ControlledShutdownRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const controlledShutdownRequestVersions = { min: 0, max: 3, flexibleMin: 3 } as const;

export interface ControlledShutdownRequest {
  brokerId: number;
  brokerEpoch: bigint;
}

export function defaultControlledShutdownRequest(): ControlledShutdownRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
  };
}

export function encodeControlledShutdownRequest(w: Writer, version: number, m: ControlledShutdownRequest): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('ControlledShutdownRequest has no version ' + version);
  const flexible = version >= 3;
  w.int32(m.brokerId);
  if (version >= 2) {
    w.int64(m.brokerEpoch);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeControlledShutdownRequest(r: Reader, version: number): ControlledShutdownRequest {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('ControlledShutdownRequest has no version ' + version);
  const flexible = version >= 3;
  let f_brokerId: number;
  f_brokerId = r.int32();
  let f_brokerEpoch: bigint = -1n;
  if (version >= 2) {
    f_brokerEpoch = r.int64();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ControlledShutdownRequest: tagged field ' + tag + ' out of order');
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

