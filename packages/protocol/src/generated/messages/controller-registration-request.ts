// Generated from ControllerRegistrationRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const controllerRegistrationRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ControllerRegistrationRequest {
  controllerId: number;
  incarnationId: string;
  zkMigrationReady: boolean;
  listeners: ControllerRegistrationRequestListener[];
  features: ControllerRegistrationRequestFeature[];
}

export function defaultControllerRegistrationRequest(): ControllerRegistrationRequest {
  return {
    controllerId: 0,
    incarnationId: ZERO_UUID,
    zkMigrationReady: false,
    listeners: [],
    features: [],
  };
}

export function encodeControllerRegistrationRequest(w: Writer, version: number, m: ControllerRegistrationRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ControllerRegistrationRequest has no version ' + version);
  const flexible = true;
  w.int32(m.controllerId);
  w.uuid(m.incarnationId);
  w.bool(m.zkMigrationReady);
  const a0 = m.listeners;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeControllerRegistrationRequestListener(w, version, e1);
  }
  const a2 = m.features;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeControllerRegistrationRequestFeature(w, version, e3);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeControllerRegistrationRequest(r: Reader, version: number): ControllerRegistrationRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ControllerRegistrationRequest has no version ' + version);
  const flexible = true;
  let f_controllerId: number;
  f_controllerId = r.int32();
  let f_incarnationId: string;
  f_incarnationId = r.uuid();
  let f_zkMigrationReady: boolean;
  f_zkMigrationReady = r.bool();
  let f_listeners: ControllerRegistrationRequestListener[];
  const n4 = flexible ? r.compactArrayLength(7) : r.arrayLength(1);
  if (n4 === -1) throw new DecodeError('ControllerRegistrationRequest.Listeners is null but not nullable in version ' + version);
  const arr5: ControllerRegistrationRequestListener[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(decodeControllerRegistrationRequestListener(r, version));
  }
  f_listeners = arr5;
  let f_features: ControllerRegistrationRequestFeature[];
  const n7 = flexible ? r.compactArrayLength(6) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ControllerRegistrationRequest.Features is null but not nullable in version ' + version);
  const arr8: ControllerRegistrationRequestFeature[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeControllerRegistrationRequestFeature(r, version));
  }
  f_features = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ControllerRegistrationRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    controllerId: f_controllerId,
    incarnationId: f_incarnationId,
    zkMigrationReady: f_zkMigrationReady,
    listeners: f_listeners,
    features: f_features,
  };
}

export interface ControllerRegistrationRequestListener {
  name: string;
  host: string;
  port: number;
  securityProtocol: number;
}

export function defaultControllerRegistrationRequestListener(): ControllerRegistrationRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
  };
}

export function encodeControllerRegistrationRequestListener(w: Writer, version: number, m: ControllerRegistrationRequestListener): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  w.int16(m.securityProtocol);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeControllerRegistrationRequestListener(r: Reader, version: number): ControllerRegistrationRequestListener {
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
      if (tag <= previousTag) throw new DecodeError('ControllerRegistrationRequestListener: tagged field ' + tag + ' out of order');
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

export interface ControllerRegistrationRequestFeature {
  name: string;
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

export function defaultControllerRegistrationRequestFeature(): ControllerRegistrationRequestFeature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

export function encodeControllerRegistrationRequestFeature(w: Writer, version: number, m: ControllerRegistrationRequestFeature): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeControllerRegistrationRequestFeature(r: Reader, version: number): ControllerRegistrationRequestFeature {
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
      if (tag <= previousTag) throw new DecodeError('ControllerRegistrationRequestFeature: tagged field ' + tag + ' out of order');
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

