import type { MetadataImage, TopicImage } from '@gregor/controller';
import type { BrokerInfo, MetadataDelta, MetadataView, PartitionState, TopicState } from '../services/metadata.js';

/**
 * The broker's MetadataView over the controller's committed MetadataImage (KRaft's
 * MetadataCache): what Metadata, DescribeCluster and every partition handler read. Topic and
 * broker objects are converted lazily and cached per image, so a Metadata request costs no more
 * than the topics it asks for.
 */
export class ImageMetadataView implements MetadataView {
  readonly clusterId: string;
  private current: MetadataImage;
  private readonly listenerName: string;
  private topicCache = new Map<string, TopicState>();
  private brokerCache = new Map<string, BrokerInfo[]>();
  private readonly localNodeId: number;
  private activeController: () => number | null;

  constructor(opts: { clusterId: string; image: MetadataImage; listenerName: string; nodeId: number; activeController: () => number | null }) {
    this.clusterId = opts.clusterId;
    this.current = opts.image;
    this.listenerName = opts.listenerName;
    this.localNodeId = opts.nodeId;
    this.activeController = opts.activeController;
  }

  get image(): MetadataImage {
    return this.current;
  }

  /**
   * KRaft brokers report a live broker as "controller" (clients send admin requests there and
   * the broker forwards them): the active controller if it is also a broker, else this broker.
   */
  get controllerId(): number {
    const active = this.activeController();
    if (active !== null && this.current.brokers.get(active)?.fenced === false) return active;
    return this.localNodeId;
  }

  /** Installs a newer image and returns what changed for the replica manager. */
  update(next: MetadataImage): MetadataDelta {
    const before = this.current;
    this.current = next;
    this.topicCache = new Map();
    if (before.brokers !== next.brokers) this.brokerCache = new Map();
    const createdOrChanged: TopicState[] = [];
    const deleted: TopicState[] = [];
    for (const [id, topic] of next.topicsById) {
      const old = before.topicsById.get(id);
      if (old === topic && before.topicConfigs.get(topic.name) === next.topicConfigs.get(topic.name)) continue;
      createdOrChanged.push(this.toTopicState(topic));
    }
    for (const [id, topic] of before.topicsById) {
      if (!next.topicsById.has(id)) deleted.push(toTopicState(before, topic));
    }
    return { createdOrChanged, deleted };
  }

  /** Unfenced brokers, with their address on `listenerName` (default: this broker's first client listener). */
  brokers(listenerName: string = this.listenerName): readonly BrokerInfo[] {
    const cached = this.brokerCache.get(listenerName);
    if (cached !== undefined) return cached;
    const out: BrokerInfo[] = [];
    for (const [, b] of this.current.brokers) {
      if (b.fenced) continue;
      const l = b.listeners.find((x) => x.name === listenerName) ?? b.listeners[0];
      if (l === undefined) continue;
      out.push({ nodeId: b.brokerId, host: l.host, port: l.port, rack: b.rack });
    }
    out.sort((a, b) => a.nodeId - b.nodeId);
    this.brokerCache.set(listenerName, out);
    return out;
  }

  isEligibleReplica(brokerId: number): boolean {
    const b = this.current.brokers.get(brokerId);
    return b !== undefined && !b.fenced && !b.inControlledShutdown;
  }

  topic(name: string): TopicState | undefined {
    const cached = this.topicCache.get(name);
    if (cached !== undefined) return cached;
    const topic = this.current.topic(name);
    if (topic === undefined) return undefined;
    return this.toTopicState(topic);
  }

  topicById(topicId: string): TopicState | undefined {
    const topic = this.current.topicById(topicId);
    return topic === undefined ? undefined : this.topic(topic.name);
  }

  *topics(): Iterable<TopicState> {
    for (const topic of this.current.sortedTopics()) yield this.topic(topic.name)!;
  }

  private toTopicState(topic: TopicImage): TopicState {
    const state = toTopicState(this.current, topic);
    this.topicCache.set(topic.name, state);
    return state;
  }
}

function toTopicState(image: MetadataImage, topic: TopicImage): TopicState {
  const partitions: PartitionState[] = [];
  for (const key of topic.partitions.sortedKeys()) {
    const p = topic.partitions.get(key)!;
    partitions.push({
      partition: p.partition,
      leader: p.leader,
      leaderEpoch: p.leaderEpoch,
      replicas: p.replicas,
      isr: p.isr,
      partitionEpoch: p.partitionEpoch,
    });
  }
  const configs: Record<string, string> = {};
  const overrides = image.topicConfigs.get(topic.name);
  if (overrides !== undefined) for (const [k, v] of overrides) configs[k] = v;
  return { name: topic.name, topicId: topic.topicId, partitions, configs, isInternal: topic.name.startsWith('__') };
}
