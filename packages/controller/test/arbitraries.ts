/**
 * fast-check arbitraries for the controller's tests: any well-formed metadata record (for codec
 * round trips), and histories of valid record batches (for image, snapshot and diff properties).
 * A history is generated as abstract commands interpreted against the image built so far, so
 * every generated record is one a controller could have written.
 */
import fc from 'fast-check';
import { MetadataImage } from '../src/image/metadata-image.js';
import type { MetadataBatch, MetadataRecord } from '../src/records/records.js';

const uuidChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const topicIdArb = fc
  .array(fc.constantFrom(...uuidChars), { minLength: 21, maxLength: 21 })
  .chain((chars) => fc.constantFrom('A', 'Q', 'g', 'w').map((last) => chars.join('') + last));

const idArb = fc.integer({ min: 0, max: 20 });
const idsArb = fc.uniqueArray(idArb, { minLength: 1, maxLength: 5 });
const stringArb = fc.string({ maxLength: 12 });

export const recordArb: fc.Arbitrary<MetadataRecord> = fc.oneof(
  fc.record({
    type: fc.constant('RegisterBroker' as const),
    version: fc.constant(0 as const),
    brokerId: idArb,
    incarnationId: topicIdArb,
    brokerEpoch: fc.nat(),
    listeners: fc.array(fc.record({ name: stringArb, host: stringArb, port: fc.integer({ min: 0, max: 65535 }) }), { maxLength: 3 }),
    rack: fc.option(stringArb, { nil: null }),
    fenced: fc.constant(true as const),
  }),
  fc.record({ type: fc.constant('UnregisterBroker' as const), version: fc.constant(0 as const), brokerId: idArb, brokerEpoch: fc.nat() }),
  fc.record(
    {
      type: fc.constant('BrokerRegistrationChange' as const),
      version: fc.constant(0 as const),
      brokerId: idArb,
      brokerEpoch: fc.nat(),
      fenced: fc.boolean(),
      inControlledShutdown: fc.boolean(),
    },
    { requiredKeys: ['type', 'version', 'brokerId', 'brokerEpoch'] },
  ),
  fc.record({ type: fc.constant('Topic' as const), version: fc.constant(0 as const), name: stringArb, topicId: topicIdArb }),
  fc.record({
    type: fc.constant('Partition' as const),
    version: fc.constant(0 as const),
    topicId: topicIdArb,
    partition: fc.nat(100),
    replicas: idsArb,
    isr: idsArb,
    leader: fc.integer({ min: -1, max: 20 }),
    leaderEpoch: fc.nat(),
    partitionEpoch: fc.nat(),
    addingReplicas: fc.uniqueArray(idArb, { maxLength: 3 }),
    removingReplicas: fc.uniqueArray(idArb, { maxLength: 3 }),
    leaderRecoveryState: fc.constantFrom(0 as const, 1 as const),
  }),
  fc.record(
    {
      type: fc.constant('PartitionChange' as const),
      version: fc.constant(0 as const),
      topicId: topicIdArb,
      partition: fc.nat(100),
      leader: fc.integer({ min: -1, max: 20 }),
      isr: idsArb,
      replicas: idsArb,
      addingReplicas: fc.uniqueArray(idArb, { maxLength: 3 }),
      removingReplicas: fc.uniqueArray(idArb, { maxLength: 3 }),
      leaderRecoveryState: fc.constantFrom(0 as const, 1 as const),
    },
    { requiredKeys: ['type', 'version', 'topicId', 'partition'] },
  ),
  fc.record({
    type: fc.constant('Config' as const),
    version: fc.constant(0 as const),
    resourceType: fc.constantFrom('topic' as const, 'broker' as const),
    resourceName: stringArb,
    name: stringArb,
    value: fc.option(stringArb, { nil: null }),
  }),
  fc.record({ type: fc.constant('RemoveTopic' as const), version: fc.constant(0 as const), topicId: topicIdArb }),
  fc.record({
    type: fc.constant('ProducerIds' as const),
    version: fc.constant(0 as const),
    brokerId: fc.integer({ min: -1, max: 20 }),
    brokerEpoch: fc.integer({ min: -1, max: 1000 }),
    nextProducerId: fc.nat(),
  }),
  fc.record({ type: fc.constant('FeatureLevel' as const), version: fc.constant(0 as const), name: stringArb, level: fc.nat(20) }),
  fc.record({ type: fc.constant('NoOp' as const), version: fc.constant(0 as const) }),
);

/** An abstract step of a history; numbers pick among what exists when the step is interpreted. */
type Command = readonly [kind: number, a: number, b: number, c: number, d: number];
const commandArb: fc.Arbitrary<Command> = fc.tuple(fc.nat(12), fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(1000));

function pickSubset<T>(items: readonly T[], bits: number, nonEmpty: boolean): T[] {
  const out = items.filter((_, i) => ((bits >>> i) & 1) === 1);
  if (out.length === 0 && nonEmpty && items.length > 0) out.push(items[bits % items.length]!);
  return out;
}

/** Turns one command into valid records against `image` (applied at `offset`), or none. */
function interpret(image: MetadataImage, cmd: Command, offset: number, serial: number): MetadataRecord[] {
  const [kind, a, b, c, d] = cmd;
  const brokers = image.brokers.sortedKeys();
  const topics = image.sortedTopics();
  switch (kind) {
    case 0:
    case 1: {
      const brokerId = a % 8;
      return [
        {
          type: 'RegisterBroker',
          version: 0,
          brokerId,
          incarnationId: `inc-${serial}`,
          brokerEpoch: offset,
          listeners: [{ name: 'PLAINTEXT', host: `h${brokerId}`, port: 9092 + brokerId }],
          rack: b % 3 === 0 ? null : `rack-${b % 2}`,
          fenced: true,
        },
      ];
    }
    case 2: {
      if (brokers.length === 0) return [];
      const reg = image.broker(brokers[a % brokers.length]!)!;
      return [{ type: 'BrokerRegistrationChange', version: 0, brokerId: reg.brokerId, brokerEpoch: reg.brokerEpoch, fenced: b % 2 === 0, inControlledShutdown: c % 4 === 0 }];
    }
    case 3: {
      if (brokers.length === 0 || b % 4 !== 0) return [];
      const reg = image.broker(brokers[a % brokers.length]!)!;
      return [{ type: 'UnregisterBroker', version: 0, brokerId: reg.brokerId, brokerEpoch: reg.brokerEpoch }];
    }
    case 4:
    case 5: {
      const name = `t${a % 12}`;
      if (image.topic(name) !== undefined) return [];
      const topicId = `id${String(serial).padStart(19, '0')}A`;
      const out: MetadataRecord[] = [{ type: 'Topic', version: 0, name, topicId }];
      const replicaPool = [0, 1, 2, 3, 4, 5, 6, 7];
      for (let p = 0; p < 1 + (b % 4); p++) {
        const replicas = pickSubset(replicaPool, (c + p * 37) & 0xff, true).slice(0, 3);
        const isr = pickSubset(replicas, d + p, true);
        out.push({
          type: 'Partition',
          version: 0,
          topicId,
          partition: p,
          replicas,
          isr,
          leader: d % 5 === 0 ? -1 : isr[0]!,
          leaderEpoch: 0,
          partitionEpoch: 0,
          addingReplicas: [],
          removingReplicas: [],
          leaderRecoveryState: 0,
        });
      }
      if (c % 3 === 0) out.push({ type: 'Config', version: 0, resourceType: 'topic', resourceName: name, name: 'retention.ms', value: String(d) });
      return out;
    }
    case 6:
    case 7: {
      if (topics.length === 0) return [];
      const t = topics[a % topics.length]!;
      const parts = t.partitions.sortedKeys();
      const p = t.partitions.get(parts[b % parts.length]!)!;
      const isr = pickSubset(p.replicas, c, true);
      const change: MetadataRecord = {
        type: 'PartitionChange',
        version: 0,
        topicId: t.topicId,
        partition: p.partition,
        ...(d % 2 === 0 ? { isr } : {}),
        ...(d % 3 === 0 ? { leader: d % 5 === 0 ? -1 : isr[0]! } : {}),
        ...(d % 7 === 0 ? { leaderRecoveryState: (d % 2) as 0 | 1 } : {}),
      };
      return [change];
    }
    case 8: {
      if (topics.length === 0) return [];
      const t = topics[a % topics.length]!;
      return [{ type: 'Config', version: 0, resourceType: 'topic', resourceName: t.name, name: b % 2 === 0 ? 'retention.ms' : 'cleanup.policy', value: c % 3 === 0 ? null : String(c) }];
    }
    case 9: {
      if (topics.length === 0 || b % 3 !== 0) return [];
      return [{ type: 'RemoveTopic', version: 0, topicId: topics[a % topics.length]!.topicId }];
    }
    case 10:
      return [{ type: 'ProducerIds', version: 0, brokerId: a % 8, brokerEpoch: b, nextProducerId: image.nextProducerId + 1000 }];
    case 11:
      return [{ type: 'FeatureLevel', version: 0, name: a % 2 === 0 ? 'metadata.version' : 'x.feature', level: b % 4 }];
    default:
      return [{ type: 'Config', version: 0, resourceType: 'broker', resourceName: a % 3 === 0 ? '' : String(a % 4), name: 'log.retention.ms', value: b % 4 === 0 ? null : String(b) }];
  }
}

/** A history of batches (offsets 1, 2, ...), each valid against the image before it, and the images after each. */
export interface History {
  readonly batches: readonly MetadataBatch[];
  readonly images: readonly MetadataImage[];
}

export const historyArb: fc.Arbitrary<History> = fc
  .array(fc.tuple(fc.array(commandArb, { minLength: 0, maxLength: 4 }), fc.nat(3)), { maxLength: 40 })
  .map((steps) => {
    let image = MetadataImage.EMPTY;
    const batches: MetadataBatch[] = [];
    const images: MetadataImage[] = [image];
    let serial = 0;
    let epoch = 1;
    for (const [cmds, bump] of steps) {
      const offset = image.offset + 1;
      if (bump === 0) epoch++;
      let next = image;
      const records: MetadataRecord[] = [];
      for (const cmd of cmds) {
        const rs = interpret(next, cmd, offset, serial++);
        next = next.applyBatch(rs, offset, epoch);
        records.push(...rs);
      }
      batches.push({ offset, epoch, records });
      image = image.applyBatch(records, offset, epoch);
      images.push(image);
    }
    return { batches, images };
  });
