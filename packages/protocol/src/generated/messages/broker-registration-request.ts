// Generated from BrokerRegistrationRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const brokerRegistrationRequestVersions = { min: 0, max: 4, flexibleMin: 0 } as const;

export interface BrokerRegistrationRequest {
  brokerId: number;
  clusterId: string;
  incarnationId: string;
  listeners: BrokerRegistrationRequestListener[];
  features: BrokerRegistrationRequestFeature[];
  rack: string | null;
  isMigratingZkBroker: boolean;
  logDirs: string[];
  previousBrokerEpoch: bigint;
}

export function defaultBrokerRegistrationRequest(): BrokerRegistrationRequest {
  return {
    brokerId: 0,
    clusterId: "",
    incarnationId: ZERO_UUID,
    listeners: [],
    features: [],
    rack: "",
    isMigratingZkBroker: false,
    logDirs: [],
    previousBrokerEpoch: -1n,
  };
}

export function encodeBrokerRegistrationRequest(w: Writer, version: number, m: BrokerRegistrationRequest): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('BrokerRegistrationRequest has no version ' + version);
  const flexible = true;
  w.int32(m.brokerId);
  if (flexible) w.compactString(m.clusterId); else w.string(m.clusterId);
  w.uuid(m.incarnationId);
  const a0 = m.listeners;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeBrokerRegistrationRequestListener(w, version, e1);
  }
  const a2 = m.features;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeBrokerRegistrationRequestFeature(w, version, e3);
  }
  const v4 = m.rack;
  if (flexible) w.compactNullableString(v4); else w.nullableString(v4);
  if (version >= 1) {
    w.bool(m.isMigratingZkBroker);
  } else {
    if (m.isMigratingZkBroker !== false) throw new EncodeError('BrokerRegistrationRequest.IsMigratingZkBroker: a non-default value cannot be written in version ' + version);
  }
  if (version >= 2) {
    const a5 = m.logDirs;
    if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
    for (const e6 of a5) {
      w.uuid(e6);
    }
  }
  if (version >= 3) {
    w.int64(m.previousBrokerEpoch);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBrokerRegistrationRequest(r: Reader, version: number): BrokerRegistrationRequest {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('BrokerRegistrationRequest has no version ' + version);
  const flexible = true;
  let f_brokerId: number;
  f_brokerId = r.int32();
  let f_clusterId: string;
  f_clusterId = flexible ? r.compactString() : r.string();
  let f_incarnationId: string;
  f_incarnationId = r.uuid();
  let f_listeners: BrokerRegistrationRequestListener[];
  const n7 = flexible ? r.compactArrayLength(7) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('BrokerRegistrationRequest.Listeners is null but not nullable in version ' + version);
  const arr8: BrokerRegistrationRequestListener[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeBrokerRegistrationRequestListener(r, version));
  }
  f_listeners = arr8;
  let f_features: BrokerRegistrationRequestFeature[];
  const n10 = flexible ? r.compactArrayLength(6) : r.arrayLength(1);
  if (n10 === -1) throw new DecodeError('BrokerRegistrationRequest.Features is null but not nullable in version ' + version);
  const arr11: BrokerRegistrationRequestFeature[] = [];
  for (let i12 = 0; i12 < n10; i12++) {
    arr11.push(decodeBrokerRegistrationRequestFeature(r, version));
  }
  f_features = arr11;
  let f_rack: string | null;
  f_rack = flexible ? r.compactNullableString() : r.nullableString();
  let f_isMigratingZkBroker: boolean = false;
  if (version >= 1) {
    f_isMigratingZkBroker = r.bool();
  }
  let f_logDirs: string[] = [];
  if (version >= 2) {
    const n13 = flexible ? r.compactArrayLength(16) : r.arrayLength(1);
    if (n13 === -1) throw new DecodeError('BrokerRegistrationRequest.LogDirs is null but not nullable in version ' + version);
    const arr14: string[] = [];
    for (let i15 = 0; i15 < n13; i15++) {
      arr14.push(r.uuid());
    }
    f_logDirs = arr14;
  }
  let f_previousBrokerEpoch: bigint = -1n;
  if (version >= 3) {
    f_previousBrokerEpoch = r.int64();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BrokerRegistrationRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    brokerId: f_brokerId,
    clusterId: f_clusterId,
    incarnationId: f_incarnationId,
    listeners: f_listeners,
    features: f_features,
    rack: f_rack,
    isMigratingZkBroker: f_isMigratingZkBroker,
    logDirs: f_logDirs,
    previousBrokerEpoch: f_previousBrokerEpoch,
  };
}

export interface BrokerRegistrationRequestListener {
  name: string;
  host: string;
  port: number;
  securityProtocol: number;
}

export function defaultBrokerRegistrationRequestListener(): BrokerRegistrationRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
  };
}

export function encodeBrokerRegistrationRequestListener(w: Writer, version: number, m: BrokerRegistrationRequestListener): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  w.int16(m.securityProtocol);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBrokerRegistrationRequestListener(r: Reader, version: number): BrokerRegistrationRequestListener {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_host: string;
  f_host = flexible ? r.compactString() : r.string();
  let f_port: number;
  f_port = r.uint16();
  let f_securityProtocol: number;
  f_securityProtocol = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BrokerRegistrationRequestListener: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    host: f_host,
    port: f_port,
    securityProtocol: f_securityProtocol,
  };
}

export interface BrokerRegistrationRequestFeature {
  name: string;
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

export function defaultBrokerRegistrationRequestFeature(): BrokerRegistrationRequestFeature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

export function encodeBrokerRegistrationRequestFeature(w: Writer, version: number, m: BrokerRegistrationRequestFeature): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBrokerRegistrationRequestFeature(r: Reader, version: number): BrokerRegistrationRequestFeature {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_minSupportedVersion: number;
  f_minSupportedVersion = r.int16();
  let f_maxSupportedVersion: number;
  f_maxSupportedVersion = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BrokerRegistrationRequestFeature: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    minSupportedVersion: f_minSupportedVersion,
    maxSupportedVersion: f_maxSupportedVersion,
  };
}

