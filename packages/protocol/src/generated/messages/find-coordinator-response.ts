// Generated from FindCoordinatorResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const findCoordinatorResponseVersions = { min: 0, max: 6, flexibleMin: 3 } as const;

export interface FindCoordinatorResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  nodeId: number;
  host: string;
  port: number;
  coordinators: FindCoordinatorResponseCoordinator[];
}

export function defaultFindCoordinatorResponse(): FindCoordinatorResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    nodeId: 0,
    host: "",
    port: 0,
    coordinators: [],
  };
}

export function encodeFindCoordinatorResponse(w: Writer, version: number, m: FindCoordinatorResponse): void {
  if (!(version >= 0 && version <= 6)) throw new EncodeError('FindCoordinatorResponse has no version ' + version);
  const flexible = version >= 3;
  if (version >= 1) {
    w.int32(m.throttleTimeMs);
  }
  if (version <= 3) {
    w.int16(m.errorCode);
  }
  if (version >= 1 && version <= 3) {
    const v0 = m.errorMessage;
    if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  }
  if (version <= 3) {
    w.int32(m.nodeId);
  }
  if (version <= 3) {
    if (flexible) w.compactString(m.host); else w.string(m.host);
  }
  if (version <= 3) {
    w.int32(m.port);
  }
  if (version >= 4) {
    const a1 = m.coordinators;
    if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
    for (const e2 of a1) {
      encodeFindCoordinatorResponseCoordinator(w, version, e2);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFindCoordinatorResponse(r: Reader, version: number): FindCoordinatorResponse {
  if (!(version >= 0 && version <= 6)) throw new DecodeError('FindCoordinatorResponse has no version ' + version);
  const flexible = version >= 3;
  let f_throttleTimeMs: number = 0;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  }
  let f_errorCode: number = 0;
  if (version <= 3) {
    f_errorCode = r.int16();
  }
  let f_errorMessage: string | null = "";
  if (version >= 1 && version <= 3) {
    f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_nodeId: number = 0;
  if (version <= 3) {
    f_nodeId = r.int32();
  }
  let f_host: string = "";
  if (version <= 3) {
    f_host = flexible ? r.compactString() : r.string();
  }
  let f_port: number = 0;
  if (version <= 3) {
    f_port = r.int32();
  }
  let f_coordinators: FindCoordinatorResponseCoordinator[] = [];
  if (version >= 4) {
    const n3 = flexible ? r.compactArrayLength(14) : r.arrayLength(1);
    if (n3 === -1) throw new DecodeError('FindCoordinatorResponse.Coordinators is null but not nullable in version ' + version);
    const arr4: FindCoordinatorResponseCoordinator[] = [];
    for (let i5 = 0; i5 < n3; i5++) {
      arr4.push(decodeFindCoordinatorResponseCoordinator(r, version));
    }
    f_coordinators = arr4;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FindCoordinatorResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    nodeId: f_nodeId,
    host: f_host,
    port: f_port,
    coordinators: f_coordinators,
  };
}

export interface FindCoordinatorResponseCoordinator {
  key: string;
  nodeId: number;
  host: string;
  port: number;
  errorCode: number;
  errorMessage: string | null;
}

export function defaultFindCoordinatorResponseCoordinator(): FindCoordinatorResponseCoordinator {
  return {
    key: "",
    nodeId: 0,
    host: "",
    port: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

export function encodeFindCoordinatorResponseCoordinator(w: Writer, version: number, m: FindCoordinatorResponseCoordinator): void {
  const flexible = true;
  if (flexible) w.compactString(m.key); else w.string(m.key);
  w.int32(m.nodeId);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.int32(m.port);
  w.int16(m.errorCode);
  const v6 = m.errorMessage;
  if (flexible) w.compactNullableString(v6); else w.nullableString(v6);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFindCoordinatorResponseCoordinator(r: Reader, version: number): FindCoordinatorResponseCoordinator {
  const flexible = true;
  let f_key: string;
  f_key = flexible ? r.compactString() : r.string();
  let f_nodeId: number;
  f_nodeId = r.int32();
  let f_host: string;
  f_host = flexible ? r.compactString() : r.string();
  let f_port: number;
  f_port = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FindCoordinatorResponseCoordinator: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    key: f_key,
    nodeId: f_nodeId,
    host: f_host,
    port: f_port,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
}

