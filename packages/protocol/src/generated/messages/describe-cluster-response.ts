// Generated from DescribeClusterResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeClusterResponseVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface DescribeClusterResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  endpointType: number;
  clusterId: string;
  controllerId: number;
  brokers: DescribeClusterResponseDescribeClusterBroker[];
  clusterAuthorizedOperations: number;
}

export function defaultDescribeClusterResponse(): DescribeClusterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    endpointType: 1,
    clusterId: "",
    controllerId: -1,
    brokers: [],
    clusterAuthorizedOperations: -2147483648,
  };
}

export function encodeDescribeClusterResponse(w: Writer, version: number, m: DescribeClusterResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('DescribeClusterResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  if (version >= 1) {
    w.int8(m.endpointType);
  }
  if (flexible) w.compactString(m.clusterId); else w.string(m.clusterId);
  w.int32(m.controllerId);
  const a1 = m.brokers;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeDescribeClusterResponseDescribeClusterBroker(w, version, e2);
  }
  w.int32(m.clusterAuthorizedOperations);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeClusterResponse(r: Reader, version: number): DescribeClusterResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('DescribeClusterResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_endpointType: number = 1;
  if (version >= 1) {
    f_endpointType = r.int8();
  }
  let f_clusterId: string;
  f_clusterId = flexible ? r.compactString() : r.string();
  let f_controllerId: number;
  f_controllerId = r.int32();
  let f_brokers: DescribeClusterResponseDescribeClusterBroker[];
  const n3 = flexible ? r.compactArrayLength(11) : r.arrayLength(1);
  if (n3 === -1) throw new DecodeError('DescribeClusterResponse.Brokers is null but not nullable in version ' + version);
  const arr4: DescribeClusterResponseDescribeClusterBroker[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeDescribeClusterResponseDescribeClusterBroker(r, version));
  }
  f_brokers = arr4;
  let f_clusterAuthorizedOperations: number;
  f_clusterAuthorizedOperations = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeClusterResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    endpointType: f_endpointType,
    clusterId: f_clusterId,
    controllerId: f_controllerId,
    brokers: f_brokers,
    clusterAuthorizedOperations: f_clusterAuthorizedOperations,
  };
}

export interface DescribeClusterResponseDescribeClusterBroker {
  brokerId: number;
  host: string;
  port: number;
  rack: string | null;
}

export function defaultDescribeClusterResponseDescribeClusterBroker(): DescribeClusterResponseDescribeClusterBroker {
  return {
    brokerId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

export function encodeDescribeClusterResponseDescribeClusterBroker(w: Writer, version: number, m: DescribeClusterResponseDescribeClusterBroker): void {
  const flexible = true;
  w.int32(m.brokerId);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.int32(m.port);
  const v6 = m.rack;
  if (flexible) w.compactNullableString(v6); else w.nullableString(v6);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeClusterResponseDescribeClusterBroker(r: Reader, version: number): DescribeClusterResponseDescribeClusterBroker {
  const flexible = true;
  let f_brokerId: number;
  f_brokerId = r.int32();
  let f_host: string;
  f_host = flexible ? r.compactString() : r.string();
  let f_port: number;
  f_port = r.int32();
  let f_rack: string | null;
  f_rack = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeClusterResponseDescribeClusterBroker: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    brokerId: f_brokerId,
    host: f_host,
    port: f_port,
    rack: f_rack,
  };
}

