// Generated from ListTransactionsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const listTransactionsRequestVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface ListTransactionsRequest {
  stateFilters: string[];
  producerIdFilters: bigint[];
  durationFilter: bigint;
}

export function defaultListTransactionsRequest(): ListTransactionsRequest {
  return {
    stateFilters: [],
    producerIdFilters: [],
    durationFilter: -1n,
  };
}

export function encodeListTransactionsRequest(w: Writer, version: number, m: ListTransactionsRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('ListTransactionsRequest has no version ' + version);
  const flexible = true;
  const a0 = m.stateFilters;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    if (flexible) w.compactString(e1); else w.string(e1);
  }
  const a2 = m.producerIdFilters;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    w.int64(e3);
  }
  if (version >= 1) {
    w.int64(m.durationFilter);
  } else {
    if (m.durationFilter !== -1n) throw new EncodeError('ListTransactionsRequest.DurationFilter: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListTransactionsRequest(r: Reader, version: number): ListTransactionsRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('ListTransactionsRequest has no version ' + version);
  const flexible = true;
  let f_stateFilters: string[];
  const n4 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n4 === -1) throw new DecodeError('ListTransactionsRequest.StateFilters is null but not nullable in version ' + version);
  const arr5: string[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(flexible ? r.compactString() : r.string());
  }
  f_stateFilters = arr5;
  let f_producerIdFilters: bigint[];
  const n7 = flexible ? r.compactArrayLength(8) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ListTransactionsRequest.ProducerIdFilters is null but not nullable in version ' + version);
  const arr8: bigint[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(r.int64());
  }
  f_producerIdFilters = arr8;
  let f_durationFilter: bigint = -1n;
  if (version >= 1) {
    f_durationFilter = r.int64();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListTransactionsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    stateFilters: f_stateFilters,
    producerIdFilters: f_producerIdFilters,
    durationFilter: f_durationFilter,
  };
}

