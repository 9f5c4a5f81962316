// Generated from LeaderAndIsrRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const leaderAndIsrRequestVersions = { min: 0, max: 7, flexibleMin: 4 } as const;

export interface LeaderAndIsrRequest {
  controllerId: number;
  isKRaftController: boolean;
  controllerEpoch: number;
  brokerEpoch: bigint;
  type: number;
  ungroupedPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
  topicStates: LeaderAndIsrRequestLeaderAndIsrTopicState[];
  liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[];
}

export function defaultLeaderAndIsrRequest(): LeaderAndIsrRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveLeaders: [],
  };
}

export function encodeLeaderAndIsrRequest(w: Writer, version: number, m: LeaderAndIsrRequest): void {
  if (!(version >= 0 && version <= 7)) throw new EncodeError('LeaderAndIsrRequest has no version ' + version);
  const flexible = version >= 4;
  w.int32(m.controllerId);
  if (version >= 7) {
    w.bool(m.isKRaftController);
  } else {
    if (m.isKRaftController !== false) throw new EncodeError('LeaderAndIsrRequest.isKRaftController: a non-default value cannot be written in version ' + version);
  }
  w.int32(m.controllerEpoch);
  if (version >= 2) {
    w.int64(m.brokerEpoch);
  }
  if (version >= 5) {
    w.int8(m.type);
  } else {
    if (m.type !== 0) throw new EncodeError('LeaderAndIsrRequest.Type: a non-default value cannot be written in version ' + version);
  }
  if (version <= 1) {
    const a0 = m.ungroupedPartitionStates;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, version, e1);
    }
  } else {
    if ((m.ungroupedPartitionStates.length !== 0)) throw new EncodeError('LeaderAndIsrRequest.UngroupedPartitionStates: a non-default value cannot be written in version ' + version);
  }
  if (version >= 2) {
    const a2 = m.topicStates;
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      encodeLeaderAndIsrRequestLeaderAndIsrTopicState(w, version, e3);
    }
  } else {
    if ((m.topicStates.length !== 0)) throw new EncodeError('LeaderAndIsrRequest.TopicStates: a non-default value cannot be written in version ' + version);
  }
  const a4 = m.liveLeaders;
  if (flexible) w.compactArrayLength(a4.length); else w.arrayLength(a4.length);
  for (const e5 of a4) {
    encodeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w, version, e5);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaderAndIsrRequest(r: Reader, version: number): LeaderAndIsrRequest {
  if (!(version >= 0 && version <= 7)) throw new DecodeError('LeaderAndIsrRequest has no version ' + version);
  const flexible = version >= 4;
  let f_controllerId: number;
  f_controllerId = r.int32();
  let f_isKRaftController: boolean = false;
  if (version >= 7) {
    f_isKRaftController = r.bool();
  }
  let f_controllerEpoch: number;
  f_controllerEpoch = r.int32();
  let f_brokerEpoch: bigint = -1n;
  if (version >= 2) {
    f_brokerEpoch = r.int64();
  }
  let f_type: number = 0;
  if (version >= 5) {
    f_type = r.int8();
  }
  let f_ungroupedPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  if (version <= 1) {
    const n6 = flexible ? r.compactArrayLength(1) : r.arrayLength(30);
    if (n6 === -1) throw new DecodeError('LeaderAndIsrRequest.UngroupedPartitionStates is null but not nullable in version ' + version);
    const arr7: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
    for (let i8 = 0; i8 < n6; i8++) {
      arr7.push(decodeLeaderAndIsrRequestLeaderAndIsrPartitionState(r, version));
    }
    f_ungroupedPartitionStates = arr7;
  }
  let f_topicStates: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
  if (version >= 2) {
    const n9 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
    if (n9 === -1) throw new DecodeError('LeaderAndIsrRequest.TopicStates is null but not nullable in version ' + version);
    const arr10: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
    for (let i11 = 0; i11 < n9; i11++) {
      arr10.push(decodeLeaderAndIsrRequestLeaderAndIsrTopicState(r, version));
    }
    f_topicStates = arr10;
  }
  let f_liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[];
  const n12 = flexible ? r.compactArrayLength(10) : r.arrayLength(10);
  if (n12 === -1) throw new DecodeError('LeaderAndIsrRequest.LiveLeaders is null but not nullable in version ' + version);
  const arr13: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeLeaderAndIsrRequestLeaderAndIsrLiveLeader(r, version));
  }
  f_liveLeaders = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaderAndIsrRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    controllerId: f_controllerId,
    isKRaftController: f_isKRaftController,
    controllerEpoch: f_controllerEpoch,
    brokerEpoch: f_brokerEpoch,
    type: f_type,
    ungroupedPartitionStates: f_ungroupedPartitionStates,
    topicStates: f_topicStates,
    liveLeaders: f_liveLeaders,
  };
}

export interface LeaderAndIsrRequestLeaderAndIsrPartitionState {
  topicName: string;
  partitionIndex: number;
  controllerEpoch: number;
  leader: number;
  leaderEpoch: number;
  isr: number[];
  partitionEpoch: number;
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
  isNew: boolean;
  leaderRecoveryState: number;
}

export function defaultLeaderAndIsrRequestLeaderAndIsrPartitionState(): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  return {
    topicName: "",
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0,
    leaderEpoch: 0,
    isr: [],
    partitionEpoch: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
    isNew: false,
    leaderRecoveryState: 0,
  };
}

export function encodeLeaderAndIsrRequestLeaderAndIsrPartitionState(w: Writer, version: number, m: LeaderAndIsrRequestLeaderAndIsrPartitionState): void {
  const flexible = version >= 4;
  if (version <= 1) {
    if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  }
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  const a15 = m.isr;
  if (flexible) w.compactArrayLength(a15.length); else w.arrayLength(a15.length);
  for (const e16 of a15) {
    w.int32(e16);
  }
  w.int32(m.partitionEpoch);
  const a17 = m.replicas;
  if (flexible) w.compactArrayLength(a17.length); else w.arrayLength(a17.length);
  for (const e18 of a17) {
    w.int32(e18);
  }
  if (version >= 3) {
    const a19 = m.addingReplicas;
    if (flexible) w.compactArrayLength(a19.length); else w.arrayLength(a19.length);
    for (const e20 of a19) {
      w.int32(e20);
    }
  }
  if (version >= 3) {
    const a21 = m.removingReplicas;
    if (flexible) w.compactArrayLength(a21.length); else w.arrayLength(a21.length);
    for (const e22 of a21) {
      w.int32(e22);
    }
  }
  if (version >= 1) {
    w.bool(m.isNew);
  }
  if (version >= 6) {
    w.int8(m.leaderRecoveryState);
  } else {
    if (m.leaderRecoveryState !== 0) throw new EncodeError('LeaderAndIsrRequestLeaderAndIsrPartitionState.LeaderRecoveryState: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaderAndIsrRequestLeaderAndIsrPartitionState(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const flexible = version >= 4;
  let f_topicName: string = "";
  if (version <= 1) {
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
  const n23 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n23 === -1) throw new DecodeError('LeaderAndIsrRequest.Isr is null but not nullable in version ' + version);
  const arr24: number[] = [];
  for (let i25 = 0; i25 < n23; i25++) {
    arr24.push(r.int32());
  }
  f_isr = arr24;
  let f_partitionEpoch: number;
  f_partitionEpoch = r.int32();
  let f_replicas: number[];
  const n26 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n26 === -1) throw new DecodeError('LeaderAndIsrRequest.Replicas is null but not nullable in version ' + version);
  const arr27: number[] = [];
  for (let i28 = 0; i28 < n26; i28++) {
    arr27.push(r.int32());
  }
  f_replicas = arr27;
  let f_addingReplicas: number[] = [];
  if (version >= 3) {
    const n29 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
    if (n29 === -1) throw new DecodeError('LeaderAndIsrRequest.AddingReplicas is null but not nullable in version ' + version);
    const arr30: number[] = [];
    for (let i31 = 0; i31 < n29; i31++) {
      arr30.push(r.int32());
    }
    f_addingReplicas = arr30;
  }
  let f_removingReplicas: number[] = [];
  if (version >= 3) {
    const n32 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
    if (n32 === -1) throw new DecodeError('LeaderAndIsrRequest.RemovingReplicas is null but not nullable in version ' + version);
    const arr33: number[] = [];
    for (let i34 = 0; i34 < n32; i34++) {
      arr33.push(r.int32());
    }
    f_removingReplicas = arr33;
  }
  let f_isNew: boolean = false;
  if (version >= 1) {
    f_isNew = r.bool();
  }
  let f_leaderRecoveryState: number = 0;
  if (version >= 6) {
    f_leaderRecoveryState = r.int8();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaderAndIsrRequestLeaderAndIsrPartitionState: tagged field ' + tag + ' out of order');
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
    partitionEpoch: f_partitionEpoch,
    replicas: f_replicas,
    addingReplicas: f_addingReplicas,
    removingReplicas: f_removingReplicas,
    isNew: f_isNew,
    leaderRecoveryState: f_leaderRecoveryState,
  };
}

export interface LeaderAndIsrRequestLeaderAndIsrTopicState {
  topicName: string;
  topicId: string;
  partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
}

export function defaultLeaderAndIsrRequestLeaderAndIsrTopicState(): LeaderAndIsrRequestLeaderAndIsrTopicState {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitionStates: [],
  };
}

export function encodeLeaderAndIsrRequestLeaderAndIsrTopicState(w: Writer, version: number, m: LeaderAndIsrRequestLeaderAndIsrTopicState): void {
  const flexible = version >= 4;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  if (version >= 5) {
    w.uuid(m.topicId);
  }
  const a35 = m.partitionStates;
  if (flexible) w.compactArrayLength(a35.length); else w.arrayLength(a35.length);
  for (const e36 of a35) {
    encodeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, version, e36);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaderAndIsrRequestLeaderAndIsrTopicState(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrTopicState {
  const flexible = version >= 4;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_topicId: string = ZERO_UUID;
  if (version >= 5) {
    f_topicId = r.uuid();
  }
  let f_partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
  const n37 = flexible ? r.compactArrayLength(26) : r.arrayLength(29);
  if (n37 === -1) throw new DecodeError('LeaderAndIsrRequest.PartitionStates is null but not nullable in version ' + version);
  const arr38: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  for (let i39 = 0; i39 < n37; i39++) {
    arr38.push(decodeLeaderAndIsrRequestLeaderAndIsrPartitionState(r, version));
  }
  f_partitionStates = arr38;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaderAndIsrRequestLeaderAndIsrTopicState: tagged field ' + tag + ' out of order');
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

export interface LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  brokerId: number;
  hostName: string;
  port: number;
}

export function defaultLeaderAndIsrRequestLeaderAndIsrLiveLeader(): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  return {
    brokerId: 0,
    hostName: "",
    port: 0,
  };
}

export function encodeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w: Writer, version: number, m: LeaderAndIsrRequestLeaderAndIsrLiveLeader): void {
  const flexible = version >= 4;
  w.int32(m.brokerId);
  if (flexible) w.compactString(m.hostName); else w.string(m.hostName);
  w.int32(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaderAndIsrRequestLeaderAndIsrLiveLeader(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  const flexible = version >= 4;
  let f_brokerId: number;
  f_brokerId = r.int32();
  let f_hostName: string;
  f_hostName = flexible ? r.compactString() : r.string();
  let f_port: number;
  f_port = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaderAndIsrRequestLeaderAndIsrLiveLeader: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    brokerId: f_brokerId,
    hostName: f_hostName,
    port: f_port,
  };
}

