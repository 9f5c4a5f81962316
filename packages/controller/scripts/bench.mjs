#!/usr/bin/env node
// Figures for the metadata image and the controller at scale (the built dist: run
// `npx tsc -b packages/controller` first): build an image of TOPICS x PARTITIONS over BROKERS
// brokers, then time replaying PartitionChange records, encoding/decoding a snapshot, diffing two
// images, and fencing one broker (moving every leadership it holds) through the QuorumController.
//   node packages/controller/scripts/bench.mjs [--topics 1000] [--partitions 100] [--brokers 30]
import { parseArgs } from 'node:util';
import { SeededRandom } from '@gregor/raft';
import { MetadataImage, QuorumController, decodeMetadataSnapshot, diff, encodeMetadataSnapshot } from '../dist/index.js';

const { values } = parseArgs({ options: { topics: { type: 'string', default: '1000' }, partitions: { type: 'string', default: '100' }, brokers: { type: 'string', default: '30' } } });
const TOPICS = Number(values.topics);
const PARTITIONS = Number(values.partitions);
const BROKERS = Number(values.brokers);

function time(label, f) {
  const t = process.hrtime.bigint();
  const out = f();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { label, ms, out };
}

// An image with registered, unfenced brokers and RF=3 partitions spread round robin.
let offset = 0;
const records = [];
for (let b = 1; b <= BROKERS; b++) {
  records.push({ type: 'RegisterBroker', version: 0, brokerId: b, incarnationId: `i${b}`, brokerEpoch: 1, listeners: [{ name: 'PLAINTEXT', host: `h${b}`, port: 9092 }], rack: null, fenced: true });
  records.push({ type: 'BrokerRegistrationChange', version: 0, brokerId: b, brokerEpoch: 1, fenced: false });
}
const ids = [];
for (let t = 0; t < TOPICS; t++) {
  const topicId = `T${String(t).padStart(20, '0')}A`;
  ids.push(topicId);
  records.push({ type: 'Topic', version: 0, name: `topic-${t}`, topicId });
  for (let p = 0; p < PARTITIONS; p++) {
    const r = [0, 1, 2].map((k) => 1 + ((t * PARTITIONS + p + k) % BROKERS));
    records.push({ type: 'Partition', version: 0, topicId, partition: p, replicas: r, isr: r, leader: r[0], leaderEpoch: 0, partitionEpoch: 0, addingReplicas: [], removingReplicas: [], leaderRecoveryState: 0 });
  }
}
const build = time('build image from records', () => MetadataImage.EMPTY.applyBatch(records, ++offset, 1));
const image = build.out;
const total = TOPICS * PARTITIONS;
const changes = [];
for (let k = 0; k < 100_000; k++) {
  const t = k % TOPICS;
  const p = (k * 7) % PARTITIONS;
  changes.push({ type: 'PartitionChange', version: 0, topicId: ids[t], partition: p, isr: image.partition(ids[t], p).replicas.slice(0, 2) });
}
const apply = time('replay 100k PartitionChange records (1 per batch)', () => {
  let img = image;
  for (const c of changes) img = img.applyBatch([c], ++offset, 1);
  return img;
});
const enc = time('encode snapshot', () => encodeMetadataSnapshot(image));
const dec = time('decode snapshot', () => decodeMetadataSnapshot(enc.out));
const d = time('diff after 100k changes', () => diff(image, apply.out));

let proposed = 0;
let batches = 0;
const controller = new QuorumController({
  nodeId: 1,
  clusterId: 'bench',
  random: new SeededRandom(1),
  image,
  log: { propose: () => ((proposed += 1), { ok: true, offset: image.offset + proposed }) },
});
controller.becomeLeader(2, 0);
controller.replayBatch([{ type: 'NoOp', version: 0 }], image.offset + 1, 2);
controller.replayBatch([{ type: 'FeatureLevel', version: 0, name: 'metadata.version', level: 1 }], image.offset + 2, 2);
const before = proposed;
const fence = time('fence one broker via heartbeat (moves its leaderships)', () =>
  controller.brokerHeartbeat({ brokerId: 1, brokerEpoch: 1, currentMetadataOffset: 0, wantFence: true, wantShutDown: false }, 0),
);

console.log(`${BROKERS} brokers, ${TOPICS} topics x ${PARTITIONS} partitions = ${total} partitions (RF 3)`);
for (const r of [build, apply, enc, dec, d, fence]) console.log(`${r.label.padEnd(58)} ${r.ms.toFixed(1).padStart(9)} ms`);
console.log(`  replay: ${Math.round(100_000 / (apply.ms / 1000))} records/s; snapshot ${(enc.out.length / 1024 / 1024).toFixed(1)} MiB; diff found ${d.out.changedPartitions.length} changed partitions`);
batches = proposed - before;
console.log(`  fencing wrote ${fence.out.ok ? fence.out.records.length : 0} records in ${batches} batches`);
