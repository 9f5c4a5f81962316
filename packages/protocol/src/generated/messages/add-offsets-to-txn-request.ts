// Generated from AddOffsetsToTxnRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const addOffsetsToTxnRequestVersions = { min: 0, max: 4, flexibleMin: 3 } as const;

export interface AddOffsetsToTxnRequest {
  transactionalId: string;
  producerId: bigint;
  producerEpoch: number;
  groupId: string;
}

export function defaultAddOffsetsToTxnRequest(): AddOffsetsToTxnRequest {
  return {
    transactionalId: "",
    producerId: 0n,
    producerEpoch: 0,
    groupId: "",
  };
}

export function encodeAddOffsetsToTxnRequest(w: Writer, version: number, m: AddOffsetsToTxnRequest): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('AddOffsetsToTxnRequest has no version ' + version);
  const flexible = version >= 3;
  if (flexible) w.compactString(m.transactionalId); else w.string(m.transactionalId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAddOffsetsToTxnRequest(r: Reader, version: number): AddOffsetsToTxnRequest {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('AddOffsetsToTxnRequest has no version ' + version);
  const flexible = version >= 3;
  let f_transactionalId: string;
  f_transactionalId = flexible ? r.compactString() : r.string();
  let f_producerId: bigint;
  f_producerId = r.int64();
  let f_producerEpoch: number;
  f_producerEpoch = r.int16();
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AddOffsetsToTxnRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    transactionalId: f_transactionalId,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    groupId: f_groupId,
  };
}

