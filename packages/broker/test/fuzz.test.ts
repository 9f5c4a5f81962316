// Goal: a live broker survives hostile input: random frames and mutations of well-formed
// requests of every API and version it serves get an answer or a closed connection, never a
// crash or a hang, and afterwards it still serves real produce and fetch. Method: a real broker
// process; fast-check generates well-formed requests from the protocol schema, a seeded PRNG
// mutates their bytes; each frame goes on its own connection with a time limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CompressionType,
  encodeRecordBatch,
  encodeRequestHeader,
  ErrorCode,
  requestHeaderVersion,
  Writer,
  ZERO_UUID,
} from '@gregor/protocol';
import { arbitraryFor, encodeToBuffer } from '@gregor/protocol/testing';
import { brokerHandlers } from '../src/handlers/registry.js';
import { RawClient } from './support/raw-client.js';
import { startBroker, type BrokerProcess } from './support/broker-process.js';

let broker: BrokerProcess;
const SEED = Number(process.env.GREGOR_FUZZ_SEED ?? 20261124);
const FRAMES = Number(process.env.GREGOR_FUZZ_FRAMES ?? 1500);

beforeAll(async () => {
  broker = await startBroker({ 'log.level': 'error' });
});
afterAll(async () => {
  await broker?.stop();
});

/** mulberry32: a tiny seeded PRNG so a failing run replays from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function frameFor(apiKey: number, version: number, body: object, correlationId: number): Buffer {
  const name = nameOf(apiKey);
  const w = new Writer(256);
  const at = w.reserve(4);
  encodeRequestHeader(w, requestHeaderVersion(apiKey, version), { requestApiKey: apiKey, requestApiVersion: version, correlationId, clientId: 'fuzz' });
  w.raw(encodeToBuffer(`${name}Request`, version, body));
  w.patchInt32At(at, w.length - 4);
  return w.toBuffer();
}

const NAMES: Record<number, string> = {
  0: 'Produce', 1: 'Fetch', 2: 'ListOffsets', 3: 'Metadata', 10: 'FindCoordinator', 18: 'ApiVersions', 19: 'CreateTopics', 20: 'DeleteTopics',
  21: 'DeleteRecords', 22: 'InitProducerId', 23: 'OffsetForLeaderEpoch', 32: 'DescribeConfigs', 33: 'AlterConfigs', 37: 'CreatePartitions', 44: 'IncrementalAlterConfigs', 45: 'AlterPartitionReassignments', 46: 'ListPartitionReassignments',
  43: 'ElectLeaders', 55: 'DescribeQuorum', 60: 'DescribeCluster',
  8: 'OffsetCommit', 9: 'OffsetFetch', 11: 'JoinGroup', 12: 'Heartbeat', 13: 'LeaveGroup', 14: 'SyncGroup', 15: 'DescribeGroups', 16: 'ListGroups',
  42: 'DeleteGroups', 47: 'OffsetDelete', 68: 'ConsumerGroupHeartbeat', 69: 'ConsumerGroupDescribe',
};
function nameOf(apiKey: number): string {
  const name = NAMES[apiKey];
  if (name === undefined) throw new Error(`add API ${apiKey} to the fuzz name table`);
  return name;
}

/** Sends one frame on a fresh connection; resolves when answered, closed, or 2 s pass. */
async function send(frame: Buffer): Promise<'answered' | 'closed' | 'silent'> {
  const c = await RawClient.connect(broker.port);
  c.writeRaw(frame);
  try {
    const reply = await Promise.race([c.nextFrame(2000).catch(() => undefined), new Promise((r) => setTimeout(() => r(undefined), 2000))]);
    if (reply === null) return 'closed';
    return reply === undefined ? 'silent' : 'answered';
  } finally {
    c.close();
  }
}

describe('fuzzing a live broker', () => {
  it(`survives ${FRAMES} random and mutated frames (seed ${SEED})`, async () => {
    const random = prng(SEED);
    const outcomes = { answered: 0, closed: 0, silent: 0 };
    const served = brokerHandlers.map((h) => ({ apiKey: h.apiKey as number, min: h.minVersion, max: h.maxVersion }));
    for (let i = 0; i < FRAMES; i++) {
      let frame: Buffer;
      if (i % 5 === 0) {
        // Pure garbage with a plausible size prefix.
        const size = Math.floor(random() * 200) + 1;
        frame = Buffer.alloc(4 + size);
        for (let b = 4; b < frame.length; b++) frame[b] = Math.floor(random() * 256);
        frame.writeInt32BE(size, 0);
      } else {
        const api = served[Math.floor(random() * served.length)]!;
        const version = api.min + Math.floor(random() * (api.max - api.min + 1));
        const [body] = fc.sample(arbitraryFor(`${nameOf(api.apiKey)}Request`, version), { numRuns: 1, seed: Math.floor(random() * 2 ** 31) });
        frame = frameFor(api.apiKey, version, body!, i);
        // Mutate a few bytes after the size prefix (keeping the size so the frame is read whole).
        const flips = Math.floor(random() * 4);
        for (let f = 0; f < flips; f++) {
          const at = 4 + Math.floor(random() * (frame.length - 4));
          frame[at] = Math.floor(random() * 256);
        }
      }
      const outcome = await send(frame);
      outcomes[outcome]++;
      expect(broker.process.exitCode, `broker exited after frame ${i} (seed ${SEED})\n${broker.logs().slice(-4000)}`).toBeNull();
    }
    // Bad input is expected and answered; a handler that throws or a response that cannot be
    // encoded is a bug, logged at error level.
    const errors = broker.logs().split('\n').filter((l) => /"level":(50|60)/.test(l));
    expect(errors.slice(0, 3), `seed ${SEED}`).toEqual([]);
    // acks=0 produce requests legitimately get no answer; nothing else should hang.
    expect(outcomes.answered + outcomes.closed).toBeGreaterThan(FRAMES * 0.7);
  }, 300_000);

  it('still produces and fetches correctly afterwards', async () => {
    const c = await RawClient.connect(broker.port);
    const created = await c.request(19, 7, {
      topics: [{ name: 'after-fuzz', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    expect(created.topics[0]!.errorCode).toBe(ErrorCode.NONE);
    const records = encodeRecordBatch({ records: [{ timestamp: Date.now(), key: null, value: Buffer.from('still-alive') }], compression: CompressionType.none });
    const produced = await c.request(0, 9, { transactionalId: null, acks: 1, timeoutMs: 1000, topicData: [{ name: 'after-fuzz', partitionData: [{ index: 0, records }] }] });
    expect(produced.responses[0]!.partitionResponses[0]!.errorCode).toBe(ErrorCode.NONE);
    const fetched = await c.request(1, 11, {
      replicaId: -1, maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic: 'after-fuzz', topicId: ZERO_UUID, partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 }] }],
      forgottenTopicsData: [], rackId: '',
    });
    const p = fetched.responses[0]!.partitions[0]!;
    expect(p.errorCode).toBe(ErrorCode.NONE);
    expect(p.highWatermark).toBe(1n);
    expect(p.records!.includes(Buffer.from('still-alive'))).toBe(true);
    c.close();
  });
});
