// Generated from ConsumerGroupMemberMetadataValue.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerGroupMemberMetadataValueVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ConsumerGroupMemberMetadataValue {
  instanceId: string | null;
  rackId: string | null;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  subscribedTopicRegex: string | null;
  rebalanceTimeoutMs: number;
  serverAssignor: string | null;
  classicMemberMetadata?: ConsumerGroupMemberMetadataValueClassicMemberMetadata | null | undefined;
}

export function defaultConsumerGroupMemberMetadataValue(): ConsumerGroupMemberMetadataValue {
  return {
    instanceId: "",
    rackId: "",
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    subscribedTopicRegex: "",
    rebalanceTimeoutMs: -1,
    serverAssignor: "",
  };
}

export function encodeConsumerGroupMemberMetadataValue(w: Writer, version: number, m: ConsumerGroupMemberMetadataValue): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ConsumerGroupMemberMetadataValue has no version ' + version);
  const flexible = true;
  const v0 = m.instanceId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const v1 = m.rackId;
  if (flexible) w.compactNullableString(v1); else w.nullableString(v1);
  if (flexible) w.compactString(m.clientId); else w.string(m.clientId);
  if (flexible) w.compactString(m.clientHost); else w.string(m.clientHost);
  const a2 = m.subscribedTopicNames;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    if (flexible) w.compactString(e3); else w.string(e3);
  }
  const v4 = m.subscribedTopicRegex;
  if (flexible) w.compactNullableString(v4); else w.nullableString(v4);
  w.int32(m.rebalanceTimeoutMs);
  const v5 = m.serverAssignor;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  if (flexible) {
    let tagCount = 0;
    const has6 = m.classicMemberMetadata !== undefined;
    if (has6) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has6) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        const s7 = m.classicMemberMetadata!;
        if (s7 === null) {
          w.int8(-1);
        } else {
          w.int8(1);
          encodeConsumerGroupMemberMetadataValueClassicMemberMetadata(w, version, s7);
        }
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeConsumerGroupMemberMetadataValue(r: Reader, version: number): ConsumerGroupMemberMetadataValue {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ConsumerGroupMemberMetadataValue has no version ' + version);
  const flexible = true;
  let f_instanceId: string | null;
  f_instanceId = flexible ? r.compactNullableString() : r.nullableString();
  let f_rackId: string | null;
  f_rackId = flexible ? r.compactNullableString() : r.nullableString();
  let f_clientId: string;
  f_clientId = flexible ? r.compactString() : r.string();
  let f_clientHost: string;
  f_clientHost = flexible ? r.compactString() : r.string();
  let f_subscribedTopicNames: string[];
  const n8 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n8 === -1) throw new DecodeError('ConsumerGroupMemberMetadataValue.SubscribedTopicNames is null but not nullable in version ' + version);
  const arr9: string[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(flexible ? r.compactString() : r.string());
  }
  f_subscribedTopicNames = arr9;
  let f_subscribedTopicRegex: string | null;
  f_subscribedTopicRegex = flexible ? r.compactNullableString() : r.nullableString();
  let f_rebalanceTimeoutMs: number;
  f_rebalanceTimeoutMs = r.int32();
  let f_serverAssignor: string | null;
  f_serverAssignor = flexible ? r.compactNullableString() : r.nullableString();
  let t_classicMemberMetadata: ConsumerGroupMemberMetadataValueClassicMemberMetadata | null | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupMemberMetadataValue: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (true) {
            const m11 = fr.int8();
            if (m11 < 0) {
              t_classicMemberMetadata = null;
            } else t_classicMemberMetadata = decodeConsumerGroupMemberMetadataValueClassicMemberMetadata(fr, version);
            if (fr.remaining !== 0) throw new DecodeError('ConsumerGroupMemberMetadataValue.ClassicMemberMetadata: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    instanceId: f_instanceId,
    rackId: f_rackId,
    clientId: f_clientId,
    clientHost: f_clientHost,
    subscribedTopicNames: f_subscribedTopicNames,
    subscribedTopicRegex: f_subscribedTopicRegex,
    rebalanceTimeoutMs: f_rebalanceTimeoutMs,
    serverAssignor: f_serverAssignor,
    ...(t_classicMemberMetadata !== undefined ? { classicMemberMetadata: t_classicMemberMetadata } : {}),
  };
}

export interface ConsumerGroupMemberMetadataValueClassicMemberMetadata {
  sessionTimeoutMs: number;
  supportedProtocols: ConsumerGroupMemberMetadataValueClassicProtocol[];
}

export function defaultConsumerGroupMemberMetadataValueClassicMemberMetadata(): ConsumerGroupMemberMetadataValueClassicMemberMetadata {
  return {
    sessionTimeoutMs: 0,
    supportedProtocols: [],
  };
}

export function encodeConsumerGroupMemberMetadataValueClassicMemberMetadata(w: Writer, version: number, m: ConsumerGroupMemberMetadataValueClassicMemberMetadata): void {
  const flexible = true;
  w.int32(m.sessionTimeoutMs);
  const a12 = m.supportedProtocols;
  if (flexible) w.compactArrayLength(a12.length); else w.arrayLength(a12.length);
  for (const e13 of a12) {
    encodeConsumerGroupMemberMetadataValueClassicProtocol(w, version, e13);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupMemberMetadataValueClassicMemberMetadata(r: Reader, version: number): ConsumerGroupMemberMetadataValueClassicMemberMetadata {
  const flexible = true;
  let f_sessionTimeoutMs: number;
  f_sessionTimeoutMs = r.int32();
  let f_supportedProtocols: ConsumerGroupMemberMetadataValueClassicProtocol[];
  const n14 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n14 === -1) throw new DecodeError('ConsumerGroupMemberMetadataValue.SupportedProtocols is null but not nullable in version ' + version);
  const arr15: ConsumerGroupMemberMetadataValueClassicProtocol[] = [];
  for (let i16 = 0; i16 < n14; i16++) {
    arr15.push(decodeConsumerGroupMemberMetadataValueClassicProtocol(r, version));
  }
  f_supportedProtocols = arr15;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupMemberMetadataValueClassicMemberMetadata: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    sessionTimeoutMs: f_sessionTimeoutMs,
    supportedProtocols: f_supportedProtocols,
  };
}

export interface ConsumerGroupMemberMetadataValueClassicProtocol {
  name: string;
  metadata: Buffer;
}

export function defaultConsumerGroupMemberMetadataValueClassicProtocol(): ConsumerGroupMemberMetadataValueClassicProtocol {
  return {
    name: "",
    metadata: EMPTY_BYTES,
  };
}

export function encodeConsumerGroupMemberMetadataValueClassicProtocol(w: Writer, version: number, m: ConsumerGroupMemberMetadataValueClassicProtocol): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) w.compactBytes(m.metadata); else w.bytes(m.metadata);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupMemberMetadataValueClassicProtocol(r: Reader, version: number): ConsumerGroupMemberMetadataValueClassicProtocol {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_metadata: Buffer;
  f_metadata = flexible ? r.compactBytes() : r.bytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupMemberMetadataValueClassicProtocol: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    metadata: f_metadata,
  };
}

