// Generated from ListTransactionsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const listTransactionsResponseVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface ListTransactionsResponse {
  throttleTimeMs: number;
  errorCode: number;
  unknownStateFilters: string[];
  transactionStates: ListTransactionsResponseTransactionState[];
}

export function defaultListTransactionsResponse(): ListTransactionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    unknownStateFilters: [],
    transactionStates: [],
  };
}

export function encodeListTransactionsResponse(w: Writer, version: number, m: ListTransactionsResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('ListTransactionsResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const a0 = m.unknownStateFilters;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    if (flexible) w.compactString(e1); else w.string(e1);
  }
  const a2 = m.transactionStates;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeListTransactionsResponseTransactionState(w, version, e3);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListTransactionsResponse(r: Reader, version: number): ListTransactionsResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('ListTransactionsResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_unknownStateFilters: string[];
  const n4 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n4 === -1) throw new DecodeError('ListTransactionsResponse.UnknownStateFilters is null but not nullable in version ' + version);
  const arr5: string[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(flexible ? r.compactString() : r.string());
  }
  f_unknownStateFilters = arr5;
  let f_transactionStates: ListTransactionsResponseTransactionState[];
  const n7 = flexible ? r.compactArrayLength(11) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ListTransactionsResponse.TransactionStates is null but not nullable in version ' + version);
  const arr8: ListTransactionsResponseTransactionState[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeListTransactionsResponseTransactionState(r, version));
  }
  f_transactionStates = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListTransactionsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    unknownStateFilters: f_unknownStateFilters,
    transactionStates: f_transactionStates,
  };
}

export interface ListTransactionsResponseTransactionState {
  transactionalId: string;
  producerId: bigint;
  transactionState: string;
}

export function defaultListTransactionsResponseTransactionState(): ListTransactionsResponseTransactionState {
  return {
    transactionalId: "",
    producerId: 0n,
    transactionState: "",
  };
}

export function encodeListTransactionsResponseTransactionState(w: Writer, version: number, m: ListTransactionsResponseTransactionState): void {
  const flexible = true;
  if (flexible) w.compactString(m.transactionalId); else w.string(m.transactionalId);
  w.int64(m.producerId);
  if (flexible) w.compactString(m.transactionState); else w.string(m.transactionState);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListTransactionsResponseTransactionState(r: Reader, version: number): ListTransactionsResponseTransactionState {
  const flexible = true;
  let f_transactionalId: string;
  f_transactionalId = flexible ? r.compactString() : r.string();
  let f_producerId: bigint;
  f_producerId = r.int64();
  let f_transactionState: string;
  f_transactionState = flexible ? r.compactString() : r.string();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListTransactionsResponseTransactionState: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    transactionalId: f_transactionalId,
    producerId: f_producerId,
    transactionState: f_transactionState,
  };
}

