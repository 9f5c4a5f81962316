// Generated from AddPartitionsToTxnRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const addPartitionsToTxnRequestVersions = { min: 0, max: 5, flexibleMin: 3 } as const;

export interface AddPartitionsToTxnRequest {
  transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[];
  v3AndBelowTransactionalId: string;
  v3AndBelowProducerId: bigint;
  v3AndBelowProducerEpoch: number;
  v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
}

export function defaultAddPartitionsToTxnRequest(): AddPartitionsToTxnRequest {
  return {
    transactions: [],
    v3AndBelowTransactionalId: "",
    v3AndBelowProducerId: 0n,
    v3AndBelowProducerEpoch: 0,
    v3AndBelowTopics: [],
  };
}

export function encodeAddPartitionsToTxnRequest(w: Writer, version: number, m: AddPartitionsToTxnRequest): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('AddPartitionsToTxnRequest has no version ' + version);
  const flexible = version >= 3;
  if (version >= 4) {
    const a0 = m.transactions;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w, version, e1);
    }
  } else {
    if ((m.transactions.length !== 0)) throw new EncodeError('AddPartitionsToTxnRequest.Transactions: a non-default value cannot be written in version ' + version);
  }
  if (version <= 3) {
    if (flexible) w.compactString(m.v3AndBelowTransactionalId); else w.string(m.v3AndBelowTransactionalId);
  } else {
    if (m.v3AndBelowTransactionalId !== "") throw new EncodeError('AddPartitionsToTxnRequest.V3AndBelowTransactionalId: a non-default value cannot be written in version ' + version);
  }
  if (version <= 3) {
    w.int64(m.v3AndBelowProducerId);
  } else {
    if (m.v3AndBelowProducerId !== 0n) throw new EncodeError('AddPartitionsToTxnRequest.V3AndBelowProducerId: a non-default value cannot be written in version ' + version);
  }
  if (version <= 3) {
    w.int16(m.v3AndBelowProducerEpoch);
  } else {
    if (m.v3AndBelowProducerEpoch !== 0) throw new EncodeError('AddPartitionsToTxnRequest.V3AndBelowProducerEpoch: a non-default value cannot be written in version ' + version);
  }
  if (version <= 3) {
    const a2 = m.v3AndBelowTopics;
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, version, e3);
    }
  } else {
    if ((m.v3AndBelowTopics.length !== 0)) throw new EncodeError('AddPartitionsToTxnRequest.V3AndBelowTopics: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAddPartitionsToTxnRequest(r: Reader, version: number): AddPartitionsToTxnRequest {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('AddPartitionsToTxnRequest has no version ' + version);
  const flexible = version >= 3;
  let f_transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = [];
  if (version >= 4) {
    const n4 = flexible ? r.compactArrayLength(14) : r.arrayLength(1);
    if (n4 === -1) throw new DecodeError('AddPartitionsToTxnRequest.Transactions is null but not nullable in version ' + version);
    const arr5: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = [];
    for (let i6 = 0; i6 < n4; i6++) {
      arr5.push(decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r, version));
    }
    f_transactions = arr5;
  }
  let f_v3AndBelowTransactionalId: string = "";
  if (version <= 3) {
    f_v3AndBelowTransactionalId = flexible ? r.compactString() : r.string();
  }
  let f_v3AndBelowProducerId: bigint = 0n;
  if (version <= 3) {
    f_v3AndBelowProducerId = r.int64();
  }
  let f_v3AndBelowProducerEpoch: number = 0;
  if (version <= 3) {
    f_v3AndBelowProducerEpoch = r.int16();
  }
  let f_v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
  if (version <= 3) {
    const n7 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
    if (n7 === -1) throw new DecodeError('AddPartitionsToTxnRequest.V3AndBelowTopics is null but not nullable in version ' + version);
    const arr8: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
    for (let i9 = 0; i9 < n7; i9++) {
      arr8.push(decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version));
    }
    f_v3AndBelowTopics = arr8;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AddPartitionsToTxnRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    transactions: f_transactions,
    v3AndBelowTransactionalId: f_v3AndBelowTransactionalId,
    v3AndBelowProducerId: f_v3AndBelowProducerId,
    v3AndBelowProducerEpoch: f_v3AndBelowProducerEpoch,
    v3AndBelowTopics: f_v3AndBelowTopics,
  };
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  name: string;
  partitions: number[];
}

export function defaultAddPartitionsToTxnRequestAddPartitionsToTxnTopic(): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, version: number, m: AddPartitionsToTxnRequestAddPartitionsToTxnTopic): void {
  const flexible = version >= 3;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a10 = m.partitions;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    w.int32(e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const flexible = version >= 3;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: number[];
  const n12 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n12 === -1) throw new DecodeError('AddPartitionsToTxnRequest.Partitions is null but not nullable in version ' + version);
  const arr13: number[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(r.int32());
  }
  f_partitions = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AddPartitionsToTxnRequestAddPartitionsToTxnTopic: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    partitions: f_partitions,
  };
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  transactionalId: string;
  producerId: bigint;
  producerEpoch: number;
  verifyOnly: boolean;
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
}

export function defaultAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  return {
    transactionalId: "",
    producerId: 0n,
    producerEpoch: 0,
    verifyOnly: false,
    topics: [],
  };
}

export function encodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w: Writer, version: number, m: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction): void {
  const flexible = true;
  if (flexible) w.compactString(m.transactionalId); else w.string(m.transactionalId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.verifyOnly);
  const a15 = m.topics;
  if (flexible) w.compactArrayLength(a15.length); else w.arrayLength(a15.length);
  for (const e16 of a15) {
    encodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, version, e16);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  const flexible = true;
  let f_transactionalId: string;
  f_transactionalId = flexible ? r.compactString() : r.string();
  let f_producerId: bigint;
  f_producerId = r.int64();
  let f_producerEpoch: number;
  f_producerEpoch = r.int16();
  let f_verifyOnly: boolean;
  f_verifyOnly = r.bool();
  let f_topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  const n17 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n17 === -1) throw new DecodeError('AddPartitionsToTxnRequest.Topics is null but not nullable in version ' + version);
  const arr18: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
  for (let i19 = 0; i19 < n17; i19++) {
    arr18.push(decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version));
  }
  f_topics = arr18;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AddPartitionsToTxnRequestAddPartitionsToTxnTransaction: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    transactionalId: f_transactionalId,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    verifyOnly: f_verifyOnly,
    topics: f_topics,
  };
}

