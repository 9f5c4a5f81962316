// Generated from DescribeTransactionsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeTransactionsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface DescribeTransactionsRequest {
  transactionalIds: string[];
}

export function defaultDescribeTransactionsRequest(): DescribeTransactionsRequest {
  return {
    transactionalIds: [],
  };
}

export function encodeDescribeTransactionsRequest(w: Writer, version: number, m: DescribeTransactionsRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('DescribeTransactionsRequest has no version ' + version);
  const flexible = true;
  const a0 = m.transactionalIds;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    if (flexible) w.compactString(e1); else w.string(e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeTransactionsRequest(r: Reader, version: number): DescribeTransactionsRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('DescribeTransactionsRequest has no version ' + version);
  const flexible = true;
  let f_transactionalIds: string[];
  const n2 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('DescribeTransactionsRequest.TransactionalIds is null but not nullable in version ' + version);
  const arr3: string[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(flexible ? r.compactString() : r.string());
  }
  f_transactionalIds = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeTransactionsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    transactionalIds: f_transactionalIds,
  };
}

