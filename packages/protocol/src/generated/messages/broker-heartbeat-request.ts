// Generated from BrokerHeartbeatRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const brokerHeartbeatRequestVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface BrokerHeartbeatRequest {
  brokerId: number;
  brokerEpoch: bigint;
  currentMetadataOffset: bigint;
  wantFence: boolean;
  wantShutDown: boolean;
  offlineLogDirs?: string[] | undefined;
}

export function defaultBrokerHeartbeatRequest(): BrokerHeartbeatRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    currentMetadataOffset: 0n,
    wantFence: false,
    wantShutDown: false,
  };
}

export function encodeBrokerHeartbeatRequest(w: Writer, version: number, m: BrokerHeartbeatRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('BrokerHeartbeatRequest has no version ' + version);
  const flexible = true;
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  w.int64(m.currentMetadataOffset);
  w.bool(m.wantFence);
  w.bool(m.wantShutDown);
  if (!(version >= 1) && m.offlineLogDirs !== undefined && (m.offlineLogDirs.length !== 0)) throw new EncodeError('BrokerHeartbeatRequest.OfflineLogDirs: a non-default value cannot be written in version ' + version);
  if (flexible) {
    let tagCount = 0;
    const has0 = (version >= 1) && m.offlineLogDirs !== undefined && (m.offlineLogDirs.length !== 0);
    if (has0) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has0) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        const a1 = m.offlineLogDirs!;
        if (true) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
        for (const e2 of a1) {
          w.uuid(e2);
        }
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeBrokerHeartbeatRequest(r: Reader, version: number): BrokerHeartbeatRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('BrokerHeartbeatRequest has no version ' + version);
  const flexible = true;
  let f_brokerId: number;
  f_brokerId = r.int32();
  let f_brokerEpoch: bigint;
  f_brokerEpoch = r.int64();
  let f_currentMetadataOffset: bigint;
  f_currentMetadataOffset = r.int64();
  let f_wantFence: boolean;
  f_wantFence = r.bool();
  let f_wantShutDown: boolean;
  f_wantShutDown = r.bool();
  let t_offlineLogDirs: string[] | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BrokerHeartbeatRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 1) {
            const n3 = true ? fr.compactArrayLength(16) : fr.arrayLength(1);
            if (n3 === -1) throw new DecodeError('BrokerHeartbeatRequest.OfflineLogDirs is null but not nullable in version ' + version);
            const arr4: string[] = [];
            for (let i5 = 0; i5 < n3; i5++) {
              arr4.push(fr.uuid());
            }
            t_offlineLogDirs = arr4;
            if (fr.remaining !== 0) throw new DecodeError('BrokerHeartbeatRequest.OfflineLogDirs: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    brokerId: f_brokerId,
    brokerEpoch: f_brokerEpoch,
    currentMetadataOffset: f_currentMetadataOffset,
    wantFence: f_wantFence,
    wantShutDown: f_wantShutDown,
    ...(t_offlineLogDirs !== undefined ? { offlineLogDirs: t_offlineLogDirs } : {}),
  };
}

