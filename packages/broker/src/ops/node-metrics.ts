import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { ImageMetadataView } from '../cluster/image-view.js';
import { readinessOf, type OpsNode } from './ops-node.js';
import { RequestMetrics } from './request-metrics.js';

/** An ISR as last seen by a scrape, for a partition this node leads. */
interface SeenIsr {
  readonly leaderEpoch: number;
  readonly isr: readonly number[];
}

/** A group coordinator, if the node runs one (groups land in BrokerServices as `groups`). */
interface GroupCounter {
  groupCount(): number;
}

/**
 * The node's Prometheus metrics, in their own registry (several nodes may share a process in
 * tests). Request metrics are recorded by connections as requests complete; everything else is
 * read from the node's state when Prometheus scrapes (`scrape()`), so no component pushes
 * numbers: partition health from the replica manager, quorum and metadata offsets from the
 * controller role, readiness from the lifecycle. Metric names are listed in docs/deploy.md.
 */
export class NodeMetrics {
  readonly registry = new Registry();
  readonly requests: RequestMetrics;
  private readonly node: OpsNode;
  private readonly seenIsrs = new Map<string, SeenIsr>();

  private readonly ready: Gauge;
  private readonly partitions: Gauge;
  private readonly leaderPartitions: Gauge;
  private readonly underReplicated: Gauge;
  private readonly underMinIsr: Gauge;
  private readonly offline: Gauge;
  private readonly isrShrinks: Counter;
  private readonly isrExpands: Counter;
  private readonly activeController: Gauge;
  private readonly fencedBrokers: Gauge;
  private readonly brokerMetadataOffset: Gauge;
  private readonly controllerMetadataOffset: Gauge;
  private readonly raftCommitIndex: Gauge;
  private readonly raftLeaderId: Gauge;
  private readonly consumerGroups: Gauge;
  private readonly logSize: Gauge<'topic' | 'partition'>;
  private readonly logEndOffset: Gauge<'topic' | 'partition'>;

  constructor(node: OpsNode) {
    this.node = node;
    const registers = [this.registry];
    const gauge = (name: string, help: string): Gauge => new Gauge({ name, help, registers });
    // Process CPU, memory, event-loop lag and GC, under their standard process_/nodejs_ names.
    collectDefaultMetrics({ register: this.registry });
    this.requests = new RequestMetrics(this.registry);

    new Gauge({
      name: 'gregor_node_info',
      help: 'Always 1; labels name the node, its cluster and its process.roles.',
      labelNames: ['node_id', 'cluster_id', 'roles'],
      registers,
      collect(this: Gauge<'node_id' | 'cluster_id' | 'roles'>) {
        this.reset();
        const roles = [...node.config.processRoles].sort().join(',') || 'standalone';
        this.set({ node_id: String(node.config.nodeId), cluster_id: node.clusterId, roles }, 1);
      },
    });
    this.ready = gauge('gregor_ready', '1 when /readyz answers 200 (broker registered, unfenced and caught up; controller part of a quorum with a leader).');
    this.partitions = gauge('gregor_partitions', 'Partition replicas hosted by this broker.');
    this.leaderPartitions = gauge('gregor_leader_partitions', 'Partitions this broker leads.');
    this.underReplicated = gauge('gregor_under_replicated_partitions', 'Partitions led by this broker whose ISR is smaller than their replica set.');
    this.underMinIsr = gauge('gregor_under_min_isr_partitions', 'Partitions led by this broker whose ISR is below min.insync.replicas (acks=all produce fails).');
    this.offline = gauge('gregor_offline_partitions', 'Partitions without a leader, counted by the active controller for the whole cluster (0 elsewhere; a standalone broker counts its own).');
    this.isrShrinks = new Counter({ name: 'gregor_isr_shrinks_total', help: 'ISR shrinks of partitions led by this broker, as seen between scrapes (a shrink undone before the next scrape is not seen).', registers });
    this.isrExpands = new Counter({ name: 'gregor_isr_expands_total', help: 'ISR expansions of partitions led by this broker, as seen between scrapes.', registers });
    this.activeController = gauge('gregor_active_controller', '1 on the active controller (the metadata quorum leader), else 0.');
    this.fencedBrokers = gauge('gregor_fenced_brokers', 'Registered brokers that are fenced, counted by the active controller (0 elsewhere).');
    this.brokerMetadataOffset = gauge('gregor_broker_metadata_applied_offset', 'Offset of the last metadata log entry in the image this broker serves from.');
    this.controllerMetadataOffset = gauge('gregor_controller_metadata_applied_offset', 'Offset of the last metadata log entry applied by this controller.');
    this.raftCommitIndex = gauge('gregor_raft_commit_index', 'Metadata log entries known committed by this controller (the raft high watermark).');
    this.raftLeaderId = gauge('gregor_raft_leader_id', 'Node id of the metadata quorum leader as this controller knows it, -1 when unknown.');
    this.consumerGroups = gauge('gregor_consumer_groups', 'Consumer groups coordinated by this broker.');
    this.logSize = new Gauge({ name: 'gregor_log_size_bytes', help: 'Bytes on disk of a partition replica\'s log segments.', labelNames: ['topic', 'partition'], registers });
    this.logEndOffset = new Gauge({ name: 'gregor_log_end_offset', help: 'Log end offset of a partition replica.', labelNames: ['topic', 'partition'], registers });
  }

  /** Reads the node's state into the gauges and renders every metric in Prometheus text format. */
  async scrape(): Promise<string> {
    this.refresh();
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private refresh(): void {
    const node = this.node;
    this.ready.set(readinessOf(node).ready ? 1 : 0);
    const hostedLeaderless = this.refreshPartitions();
    const controller = node.controllerNode;
    if (controller !== null) {
      const status = controller.raftStatus();
      const image = controller.image;
      const active = controller.isActive;
      this.activeController.set(active ? 1 : 0);
      this.controllerMetadataOffset.set(image.offset);
      this.raftCommitIndex.set(status.commit);
      this.raftLeaderId.set(status.leaderId ?? -1);
      this.offline.set(active ? image.leaderless.size : 0);
      let fenced = 0;
      if (active) for (const [, broker] of image.brokers) if (broker.fenced) fenced++;
      this.fencedBrokers.set(fenced);
    } else {
      this.activeController.set(0);
      this.fencedBrokers.set(0);
      // A standalone broker is its own controller; a broker-only node leaves the count to the
      // active controller, so that summing over nodes counts each partition once.
      this.offline.set(node.config.processRoles.size === 0 ? hostedLeaderless : 0);
    }
    const services = node.brokerServices;
    if (services !== null && services.metadata instanceof ImageMetadataView) {
      this.brokerMetadataOffset.set(services.metadata.image.offset);
    }
    const groups = (services as { readonly groups?: Partial<GroupCounter> } | null)?.groups;
    this.consumerGroups.set(typeof groups?.groupCount === 'function' ? groups.groupCount() : 0);
  }

  /** Sets the partition gauges; returns how many hosted partitions have no leader. */
  private refreshPartitions(): number {
    const services = this.node.brokerServices;
    this.logSize.reset();
    this.logEndOffset.reset();
    if (services === null) {
      for (const g of [this.partitions, this.leaderPartitions, this.underReplicated, this.underMinIsr]) g.set(0);
      return 0;
    }
    const replicas = services.replicas;
    const nodeId = services.nodeId;
    let hosted = 0;
    let leading = 0;
    let underReplicated = 0;
    let underMinIsr = 0;
    let leaderless = 0;
    const stillLeading = new Set<string>();
    for (const p of replicas.allPartitions()) {
      hosted++;
      const labels = { topic: p.topic, partition: String(p.index) };
      this.logSize.set(labels, p.log.sizeBytes);
      this.logEndOffset.set(labels, p.log.logEndOffset);
      const state = p.state;
      if (state.leader < 0) leaderless++;
      if (state.leader !== nodeId) continue;
      leading++;
      if (state.isr.length < state.replicas.length) underReplicated++;
      const minIsr = Number(p.configs.get('min.insync.replicas') ?? 1);
      if (state.isr.length < minIsr) underMinIsr++;
      this.countIsrChange(p.key, state.leaderEpoch, state.isr);
      stillLeading.add(p.key);
    }
    for (const key of this.seenIsrs.keys()) if (!stillLeading.has(key)) this.seenIsrs.delete(key);
    this.partitions.set(hosted);
    this.leaderPartitions.set(leading);
    this.underReplicated.set(underReplicated);
    this.underMinIsr.set(underMinIsr);
    return leaderless;
  }

  /**
   * Kafka counts IsrShrinksPerSec/IsrExpandsPerSec where the leader changes the ISR; here the
   * ISR of each led partition is compared with the previous scrape's, within one leader epoch
   * (a new leader starts from what it sees). A member gone is a shrink, a member added an
   * expansion; both in one interval count once each.
   */
  private countIsrChange(key: string, leaderEpoch: number, isr: readonly number[]): void {
    const seen = this.seenIsrs.get(key);
    if (seen !== undefined && seen.leaderEpoch === leaderEpoch && seen.isr !== isr) {
      if (seen.isr.some((id) => !isr.includes(id))) this.isrShrinks.inc();
      if (isr.some((id) => !seen.isr.includes(id))) this.isrExpands.inc();
    }
    if (seen === undefined || seen.leaderEpoch !== leaderEpoch || seen.isr !== isr) this.seenIsrs.set(key, { leaderEpoch, isr });
  }
}
