// Generated from ConsumerProtocolSubscription.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerProtocolSubscriptionVersions = { min: 0, max: 3, flexibleMin: -1 } as const;

export interface ConsumerProtocolSubscription {
  topics: string[];
  userData: Buffer | null;
  ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[];
  generationId: number;
  rackId: string | null;
}

export function defaultConsumerProtocolSubscription(): ConsumerProtocolSubscription {
  return {
    topics: [],
    userData: null,
    ownedPartitions: [],
    generationId: -1,
    rackId: null,
  };
}

export function encodeConsumerProtocolSubscription(w: Writer, version: number, m: ConsumerProtocolSubscription): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('ConsumerProtocolSubscription has no version ' + version);
  const a0 = m.topics;
  if (false) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    if (false) w.compactString(e1); else w.string(e1);
  }
  const v2 = m.userData;
  if (false) w.compactNullableBytes(v2); else w.nullableBytes(v2);
  if (version >= 1) {
    const a3 = m.ownedPartitions;
    if (false) w.compactArrayLength(a3.length); else w.arrayLength(a3.length);
    for (const e4 of a3) {
      encodeConsumerProtocolSubscriptionTopicPartition(w, version, e4);
    }
  }
  if (version >= 2) {
    w.int32(m.generationId);
  }
  if (version >= 3) {
    const v5 = m.rackId;
    if (false) w.compactNullableString(v5); else w.nullableString(v5);
  }
}

export function decodeConsumerProtocolSubscription(r: Reader, version: number): ConsumerProtocolSubscription {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('ConsumerProtocolSubscription has no version ' + version);
  let f_topics: string[];
  const n6 = false ? r.compactArrayLength(1) : r.arrayLength(2);
  if (n6 === -1) throw new DecodeError('ConsumerProtocolSubscription.Topics is null but not nullable in version ' + version);
  const arr7: string[] = [];
  for (let i8 = 0; i8 < n6; i8++) {
    arr7.push(r.string());
  }
  f_topics = arr7;
  let f_userData: Buffer | null;
  f_userData = false ? r.compactNullableBytes() : r.nullableBytes();
  let f_ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[] = [];
  if (version >= 1) {
    const n9 = false ? r.compactArrayLength(1) : r.arrayLength(6);
    if (n9 === -1) throw new DecodeError('ConsumerProtocolSubscription.OwnedPartitions is null but not nullable in version ' + version);
    const arr10: ConsumerProtocolSubscriptionTopicPartition[] = [];
    for (let i11 = 0; i11 < n9; i11++) {
      arr10.push(decodeConsumerProtocolSubscriptionTopicPartition(r, version));
    }
    f_ownedPartitions = arr10;
  }
  let f_generationId: number = -1;
  if (version >= 2) {
    f_generationId = r.int32();
  }
  let f_rackId: string | null = null;
  if (version >= 3) {
    f_rackId = false ? r.compactNullableString() : r.nullableString();
  }
  return {
    topics: f_topics,
    userData: f_userData,
    ownedPartitions: f_ownedPartitions,
    generationId: f_generationId,
    rackId: f_rackId,
  };
}

export interface ConsumerProtocolSubscriptionTopicPartition {
  topic: string;
  partitions: number[];
}

export function defaultConsumerProtocolSubscriptionTopicPartition(): ConsumerProtocolSubscriptionTopicPartition {
  return {
    topic: "",
    partitions: [],
  };
}

export function encodeConsumerProtocolSubscriptionTopicPartition(w: Writer, version: number, m: ConsumerProtocolSubscriptionTopicPartition): void {
  if (false) w.compactString(m.topic); else w.string(m.topic);
  const a12 = m.partitions;
  if (false) w.compactArrayLength(a12.length); else w.arrayLength(a12.length);
  for (const e13 of a12) {
    w.int32(e13);
  }
}

export function decodeConsumerProtocolSubscriptionTopicPartition(r: Reader, version: number): ConsumerProtocolSubscriptionTopicPartition {
  let f_topic: string;
  f_topic = false ? r.compactString() : r.string();
  let f_partitions: number[];
  const n14 = false ? r.compactArrayLength(1) : r.arrayLength(4);
  if (n14 === -1) throw new DecodeError('ConsumerProtocolSubscription.Partitions is null but not nullable in version ' + version);
  const arr15: number[] = [];
  for (let i16 = 0; i16 < n14; i16++) {
    arr15.push(r.int32());
  }
  f_partitions = arr15;
  return {
    topic: f_topic,
    partitions: f_partitions,
  };
}

