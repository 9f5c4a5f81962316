// Generated from UpdateMetadataRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const updateMetadataRequestVersions = { min: 0, max: 8, flexibleMin: 6 } as const;

export interface UpdateMetadataRequest {
  controllerId: number;
  isKRaftController: boolean;
  type?: number | undefined;
  controllerEpoch: number;
  brokerEpoch: bigint;
  ungroupedPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
  topicStates: UpdateMetadataRequestUpdateMetadataTopicState[];
  liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[];
}

export function defaultUpdateMetadataRequest(): UpdateMetadataRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveBrokers: [],
  };
}

export function encodeUpdateMetadataRequest(w: Writer, version: number, m: UpdateMetadataRequest): void {
  if (!(version >= 0 && version <= 8)) throw new EncodeError('UpdateMetadataRequest has no version ' + version);
  const flexible = version >= 6;
  w.int32(m.controllerId);
  if (version >= 8) {
    w.bool(m.isKRaftController);
  } else {
    if (m.isKRaftController !== false) throw new EncodeError('UpdateMetadataRequest.isKRaftController: a non-default value cannot be written in version ' + version);
  }
  w.int32(m.controllerEpoch);
  if (version >= 5) {
    w.int64(m.brokerEpoch);
  }
  if (version <= 4) {
    const a0 = m.ungroupedPartitionStates;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeUpdateMetadataRequestUpdateMetadataPartitionState(w, version, e1);
    }
  } else {
    if ((m.ungroupedPartitionStates.length !== 0)) throw new EncodeError('UpdateMetadataRequest.UngroupedPartitionStates: a non-default value cannot be written in version ' + version);
  }
  if (version >= 5) {
    const a2 = m.topicStates;
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      encodeUpdateMetadataRequestUpdateMetadataTopicState(w, version, e3);
    }
  } else {
    if ((m.topicStates.length !== 0)) throw new EncodeError('UpdateMetadataRequest.TopicStates: a non-default value cannot be written in version ' + version);
  }
  const a4 = m.liveBrokers;
  if (flexible) w.compactArrayLength(a4.length); else w.arrayLength(a4.length);
  for (const e5 of a4) {
    encodeUpdateMetadataRequestUpdateMetadataBroker(w, version, e5);
  }
  if (!(version >= 8) && m.type !== undefined && m.type !== 0) throw new EncodeError('UpdateMetadataRequest.Type: a non-default value cannot be written in version ' + version);
  if (flexible) {
    let tagCount = 0;
    const has6 = (version >= 8) && m.type !== undefined && m.type !== 0;
    if (has6) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has6) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        w.int8(m.type!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeUpdateMetadataRequest(r: Reader, version: number): UpdateMetadataRequest {
  if (!(version >= 0 && version <= 8)) throw new DecodeError('UpdateMetadataRequest has no version ' + version);
  const flexible = version >= 6;
  let f_controllerId: number;
  f_controllerId = r.int32();
  let f_isKRaftController: boolean = false;
  if (version >= 8) {
    f_isKRaftController = r.bool();
  }
  let f_controllerEpoch: number;
  f_controllerEpoch = r.int32();
  let f_brokerEpoch: bigint = -1n;
  if (version >= 5) {
    f_brokerEpoch = r.int64();
  }
  let f_ungroupedPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  if (version <= 4) {
    const n7 = flexible ? r.compactArrayLength(1) : r.arrayLength(30);
    if (n7 === -1) throw new DecodeError('UpdateMetadataRequest.UngroupedPartitionStates is null but not nullable in version ' + version);
    const arr8: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
    for (let i9 = 0; i9 < n7; i9++) {
      arr8.push(decodeUpdateMetadataRequestUpdateMetadataPartitionState(r, version));
    }
    f_ungroupedPartitionStates = arr8;
  }
  let f_topicStates: UpdateMetadataRequestUpdateMetadataTopicState[] = [];
  if (version >= 5) {
    const n10 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
    if (n10 === -1) throw new DecodeError('UpdateMetadataRequest.TopicStates is null but not nullable in version ' + version);
    const arr11: UpdateMetadataRequestUpdateMetadataTopicState[] = [];
    for (let i12 = 0; i12 < n10; i12++) {
      arr11.push(decodeUpdateMetadataRequestUpdateMetadataTopicState(r, version));
    }
    f_topicStates = arr11;
  }
  let f_liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[];
  const n13 = flexible ? r.compactArrayLength(7) : r.arrayLength(8);
  if (n13 === -1) throw new DecodeError('UpdateMetadataRequest.LiveBrokers is null but not nullable in version ' + version);
  const arr14: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeUpdateMetadataRequestUpdateMetadataBroker(r, version));
  }
  f_liveBrokers = arr14;
  let t_type: number | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateMetadataRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 8) {
            t_type = fr.int8();
            if (fr.remaining !== 0) throw new DecodeError('UpdateMetadataRequest.Type: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    controllerId: f_controllerId,
    isKRaftController: f_isKRaftController,
    controllerEpoch: f_controllerEpoch,
    brokerEpoch: f_brokerEpoch,
    ungroupedPartitionStates: f_ungroupedPartitionStates,
    topicStates: f_topicStates,
    liveBrokers: f_liveBrokers,
    ...(t_type !== undefined ? { type: t_type } : {}),
  };
}

export interface UpdateMetadataRequestUpdateMetadataPartitionState {
  topicName: string;
  partitionIndex: number;
  controllerEpoch: number;
  leader: number;
  leaderEpoch: number;
  isr: number[];
  zkVersion: number;
  replicas: number[];
  offlineReplicas: number[];
}

export function defaultUpdateMetadataRequestUpdateMetadataPartitionState(): UpdateMetadataRequestUpdateMetadataPartitionState {
  return {
    topicName: "",
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0,
    leaderEpoch: 0,
    isr: [],
    zkVersion: 0,
    replicas: [],
    offlineReplicas: [],
  };
}

export function encodeUpdateMetadataRequestUpdateMetadataPartitionState(w: Writer, version: number, m: UpdateMetadataRequestUpdateMetadataPartitionState): void {
  const flexible = version >= 6;
  if (version <= 4) {
    if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  }
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  const a16 = m.isr;
  if (flexible) w.compactArrayLength(a16.length); else w.arrayLength(a16.length);
  for (const e17 of a16) {
    w.int32(e17);
  }
  w.int32(m.zkVersion);
  const a18 = m.replicas;
  if (flexible) w.compactArrayLength(a18.length); else w.arrayLength(a18.length);
  for (const e19 of a18) {
    w.int32(e19);
  }
  if (version >= 4) {
    const a20 = m.offlineReplicas;
    if (flexible) w.compactArrayLength(a20.length); else w.arrayLength(a20.length);
    for (const e21 of a20) {
      w.int32(e21);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateMetadataRequestUpdateMetadataPartitionState(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataPartitionState {
  const flexible = version >= 6;
  let f_topicName: string = "";
  if (version <= 4) {
    f_topicName = flexible ? r.compactString() : r.string();
  }
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_controllerEpoch: number;
  f_controllerEpoch = r.int32();
  let f_leader: number;
  f_leader = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  let f_isr: number[];
  const n22 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n22 === -1) throw new DecodeError('UpdateMetadataRequest.Isr is null but not nullable in version ' + version);
  const arr23: number[] = [];
  for (let i24 = 0; i24 < n22; i24++) {
    arr23.push(r.int32());
  }
  f_isr = arr23;
  let f_zkVersion: number;
  f_zkVersion = r.int32();
  let f_replicas: number[];
  const n25 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n25 === -1) throw new DecodeError('UpdateMetadataRequest.Replicas is null but not nullable in version ' + version);
  const arr26: number[] = [];
  for (let i27 = 0; i27 < n25; i27++) {
    arr26.push(r.int32());
  }
  f_replicas = arr26;
  let f_offlineReplicas: number[] = [];
  if (version >= 4) {
    const n28 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
    if (n28 === -1) throw new DecodeError('UpdateMetadataRequest.OfflineReplicas is null but not nullable in version ' + version);
    const arr29: number[] = [];
    for (let i30 = 0; i30 < n28; i30++) {
      arr29.push(r.int32());
    }
    f_offlineReplicas = arr29;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateMetadataRequestUpdateMetadataPartitionState: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
    controllerEpoch: f_controllerEpoch,
    leader: f_leader,
    leaderEpoch: f_leaderEpoch,
    isr: f_isr,
    zkVersion: f_zkVersion,
    replicas: f_replicas,
    offlineReplicas: f_offlineReplicas,
  };
}

export interface UpdateMetadataRequestUpdateMetadataTopicState {
  topicName: string;
  topicId: string;
  partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
}

export function defaultUpdateMetadataRequestUpdateMetadataTopicState(): UpdateMetadataRequestUpdateMetadataTopicState {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitionStates: [],
  };
}

export function encodeUpdateMetadataRequestUpdateMetadataTopicState(w: Writer, version: number, m: UpdateMetadataRequestUpdateMetadataTopicState): void {
  const flexible = version >= 6;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  if (version >= 7) {
    w.uuid(m.topicId);
  }
  const a31 = m.partitionStates;
  if (flexible) w.compactArrayLength(a31.length); else w.arrayLength(a31.length);
  for (const e32 of a31) {
    encodeUpdateMetadataRequestUpdateMetadataPartitionState(w, version, e32);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateMetadataRequestUpdateMetadataTopicState(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataTopicState {
  const flexible = version >= 6;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_topicId: string = ZERO_UUID;
  if (version >= 7) {
    f_topicId = r.uuid();
  }
  let f_partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
  const n33 = flexible ? r.compactArrayLength(24) : r.arrayLength(32);
  if (n33 === -1) throw new DecodeError('UpdateMetadataRequest.PartitionStates is null but not nullable in version ' + version);
  const arr34: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  for (let i35 = 0; i35 < n33; i35++) {
    arr34.push(decodeUpdateMetadataRequestUpdateMetadataPartitionState(r, version));
  }
  f_partitionStates = arr34;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateMetadataRequestUpdateMetadataTopicState: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicName: f_topicName,
    topicId: f_topicId,
    partitionStates: f_partitionStates,
  };
}

export interface UpdateMetadataRequestUpdateMetadataBroker {
  id: number;
  v0Host: string;
  v0Port: number;
  endpoints: UpdateMetadataRequestUpdateMetadataEndpoint[];
  rack: string | null;
}

export function defaultUpdateMetadataRequestUpdateMetadataBroker(): UpdateMetadataRequestUpdateMetadataBroker {
  return {
    id: 0,
    v0Host: "",
    v0Port: 0,
    endpoints: [],
    rack: "",
  };
}

export function encodeUpdateMetadataRequestUpdateMetadataBroker(w: Writer, version: number, m: UpdateMetadataRequestUpdateMetadataBroker): void {
  const flexible = version >= 6;
  w.int32(m.id);
  if (version <= 0) {
    if (flexible) w.compactString(m.v0Host); else w.string(m.v0Host);
  }
  if (version <= 0) {
    w.int32(m.v0Port);
  }
  if (version >= 1) {
    const a36 = m.endpoints;
    if (flexible) w.compactArrayLength(a36.length); else w.arrayLength(a36.length);
    for (const e37 of a36) {
      encodeUpdateMetadataRequestUpdateMetadataEndpoint(w, version, e37);
    }
  }
  if (version >= 2) {
    const v38 = m.rack;
    if (flexible) w.compactNullableString(v38); else w.nullableString(v38);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateMetadataRequestUpdateMetadataBroker(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataBroker {
  const flexible = version >= 6;
  let f_id: number;
  f_id = r.int32();
  let f_v0Host: string = "";
  if (version <= 0) {
    f_v0Host = flexible ? r.compactString() : r.string();
  }
  let f_v0Port: number = 0;
  if (version <= 0) {
    f_v0Port = r.int32();
  }
  let f_endpoints: UpdateMetadataRequestUpdateMetadataEndpoint[] = [];
  if (version >= 1) {
    const n39 = flexible ? r.compactArrayLength(9) : r.arrayLength(8);
    if (n39 === -1) throw new DecodeError('UpdateMetadataRequest.Endpoints is null but not nullable in version ' + version);
    const arr40: UpdateMetadataRequestUpdateMetadataEndpoint[] = [];
    for (let i41 = 0; i41 < n39; i41++) {
      arr40.push(decodeUpdateMetadataRequestUpdateMetadataEndpoint(r, version));
    }
    f_endpoints = arr40;
  }
  let f_rack: string | null = "";
  if (version >= 2) {
    f_rack = flexible ? r.compactNullableString() : r.nullableString();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateMetadataRequestUpdateMetadataBroker: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    id: f_id,
    v0Host: f_v0Host,
    v0Port: f_v0Port,
    endpoints: f_endpoints,
    rack: f_rack,
  };
}

export interface UpdateMetadataRequestUpdateMetadataEndpoint {
  port: number;
  host: string;
  listener: string;
  securityProtocol: number;
}

export function defaultUpdateMetadataRequestUpdateMetadataEndpoint(): UpdateMetadataRequestUpdateMetadataEndpoint {
  return {
    port: 0,
    host: "",
    listener: "",
    securityProtocol: 0,
  };
}

export function encodeUpdateMetadataRequestUpdateMetadataEndpoint(w: Writer, version: number, m: UpdateMetadataRequestUpdateMetadataEndpoint): void {
  const flexible = version >= 6;
  w.int32(m.port);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  if (version >= 3) {
    if (flexible) w.compactString(m.listener); else w.string(m.listener);
  }
  w.int16(m.securityProtocol);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateMetadataRequestUpdateMetadataEndpoint(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataEndpoint {
  const flexible = version >= 6;
  let f_port: number;
  f_port = r.int32();
  let f_host: string;
  f_host = flexible ? r.compactString() : r.string();
  let f_listener: string = "";
  if (version >= 3) {
    f_listener = flexible ? r.compactString() : r.string();
  }
  let f_securityProtocol: number;
  f_securityProtocol = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateMetadataRequestUpdateMetadataEndpoint: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    port: f_port,
    host: f_host,
    listener: f_listener,
    securityProtocol: f_securityProtocol,
  };
}

