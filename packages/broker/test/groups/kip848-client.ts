import { decodeRecordBatches, defaultFetchRequest, ErrorCode, ZERO_UUID } from '@gregor/protocol';
import { RawClient } from '../support/raw-client.js';

/**
 * A scripted KIP-848 consumer for protocol-level tests (no client installed here speaks the
 * consumer group protocol: kafkajs does not, and Debian's librdkafka 2.0 predates it). It does
 * what the Java consumer's membership manager does, in one loop: heartbeat (ConsumerGroupHeartbeat
 * v1, reporting owned partitions), reconcile each new assignment (commit and release revoked
 * partitions first, then fetch committed offsets for added ones), fetch owned partitions and
 * commit what it processed (OffsetCommit v9 with its member epoch); leave with epoch -1.
 */
export interface Delivery {
  readonly member: string;
  readonly partition: number;
  readonly offset: number;
  readonly value: string;
}

export interface AssignmentEvent {
  readonly epoch: number;
  readonly owned: number[];
  readonly revoked: number[];
  readonly added: number[];
}

export class Kip848Member {
  readonly name: string;
  memberId = '';
  epoch = 0;
  readonly owned = new Set<number>();
  readonly events: AssignmentEvent[] = [];
  readonly errors: string[] = [];
  private readonly positions = new Map<number, number>();
  private readonly committed = new Map<number, number>();
  private client!: RawClient;
  private running = false;
  private loop: Promise<void> | null = null;
  private heartbeatIntervalMs = 200;
  private nextHeartbeatMs = 0;

  constructor(
    name: string,
    private readonly port: number,
    private readonly group: string,
    private readonly topic: string,
    private readonly topicId: string,
    private readonly deliveries: Delivery[],
    private readonly opts: { assignor?: string; instanceId?: string } = {},
  ) {
    this.name = name;
  }

  async start(): Promise<void> {
    this.client = await RawClient.connect(this.port);
    // As every client does first: FindCoordinator (which creates __consumer_offsets on first use).
    for (let attempt = 0; ; attempt++) {
      const r = await this.client.request(10, 4, { key: '', keyType: 0, coordinatorKeys: [this.group] });
      if (r.coordinators[0]!.errorCode === ErrorCode.NONE) break;
      if (attempt > 50) throw new Error(`FindCoordinator: ${r.coordinators[0]!.errorCode}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.running = true;
    this.loop = this.run();
  }

  /** Commits, leaves the group (epoch -1, or -2 for a static member that will be back) and disconnects. */
  async stop(leaveEpoch = -1): Promise<void> {
    this.running = false;
    await this.loop;
    await this.commit([...this.owned]);
    await this.client.request(68, 1, {
      groupId: this.group,
      memberId: this.memberId,
      memberEpoch: leaveEpoch,
      instanceId: this.opts.instanceId ?? null,
      rackId: null,
      rebalanceTimeoutMs: -1,
      subscribedTopicNames: null,
      subscribedTopicRegex: null,
      serverAssignor: null,
      topicPartitions: null,
    });
    this.client.close();
  }

  private async run(): Promise<void> {
    while (this.running) {
      if (Date.now() >= this.nextHeartbeatMs) await this.heartbeat();
      if (this.owned.size > 0) await this.fetch();
      else await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async heartbeat(): Promise<void> {
    const joining = this.epoch === 0;
    const r = await this.client.request(68, 1, {
      groupId: this.group,
      memberId: this.memberId,
      memberEpoch: this.epoch,
      instanceId: this.opts.instanceId ?? null,
      rackId: null,
      rebalanceTimeoutMs: joining ? 30_000 : -1,
      subscribedTopicNames: joining ? [this.topic] : null,
      subscribedTopicRegex: null,
      serverAssignor: joining ? (this.opts.assignor ?? null) : null,
      topicPartitions: [{ topicId: this.topicId, partitions: [...this.owned].sort((a, b) => a - b) }].filter((t) => !joining || t.partitions.length > 0),
    });
    this.nextHeartbeatMs = Date.now() + (r.heartbeatIntervalMs > 0 ? r.heartbeatIntervalMs : this.heartbeatIntervalMs);
    if (r.errorCode === ErrorCode.FENCED_MEMBER_EPOCH || r.errorCode === ErrorCode.UNKNOWN_MEMBER_ID) {
      // Fenced: abandon everything (no commits) and rejoin.
      this.errors.push(`heartbeat: ${r.errorCode}`);
      this.owned.clear();
      this.positions.clear();
      this.epoch = 0;
      this.nextHeartbeatMs = 0;
      return;
    }
    if (r.errorCode !== ErrorCode.NONE) {
      this.errors.push(`heartbeat: ${r.errorCode} ${r.errorMessage ?? ''}`);
      return;
    }
    if (r.memberId !== null) this.memberId = r.memberId;
    if (r.assignment !== null) {
      const target = new Set(r.assignment.topicPartitions.filter((t) => t.topicId === this.topicId).flatMap((t) => t.partitions));
      const revoked = [...this.owned].filter((p) => !target.has(p)).sort((a, b) => a - b);
      const added = [...target].filter((p) => !this.owned.has(p)).sort((a, b) => a - b);
      // Revocation first: commit what was processed, then let go (the next heartbeat says so).
      await this.commit(revoked, this.epoch);
      for (const p of revoked) {
        this.owned.delete(p);
        this.positions.delete(p);
      }
      this.epoch = r.memberEpoch;
      if (added.length > 0) {
        const f = await this.client.request(9, 9, {
          groupId: '',
          topics: [],
          groups: [{ groupId: this.group, memberId: this.memberId, memberEpoch: this.epoch, topics: [{ name: this.topic, partitionIndexes: added }] }],
          requireStable: true,
        });
        const g = f.groups[0]!;
        if (g.errorCode !== ErrorCode.NONE) {
          this.errors.push(`offset fetch: ${g.errorCode}`);
        } else {
          for (const p of g.topics[0]?.partitions ?? []) {
            const offset = Number(p.committedOffset);
            this.positions.set(p.partitionIndex, offset >= 0 ? offset : 0);
            this.committed.set(p.partitionIndex, offset);
            this.owned.add(p.partitionIndex);
          }
        }
      }
      this.events.push({ epoch: this.epoch, owned: [...this.owned].sort((a, b) => a - b), revoked, added });
      if (revoked.length > 0) this.nextHeartbeatMs = 0; // report the revocation at once
    } else {
      this.epoch = r.memberEpoch;
    }
  }

  private async fetch(): Promise<void> {
    const partitions = [...this.owned];
    const r = await this.client.request(1, 12, {
      ...defaultFetchRequest(),
      replicaId: -1,
      maxWaitMs: 100,
      minBytes: 1,
      maxBytes: 1 << 20,
      sessionEpoch: -1,
      topics: [
        {
          topic: this.topic,
          topicId: ZERO_UUID,
          partitions: partitions.map((p) => ({ partition: p, currentLeaderEpoch: -1, fetchOffset: BigInt(this.positions.get(p) ?? 0), lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 })),
        },
      ],
    });
    const advanced: number[] = [];
    for (const t of r.responses) {
      for (const p of t.partitions) {
        if (p.errorCode !== ErrorCode.NONE || p.records === null || p.records.length === 0 || !this.owned.has(p.partitionIndex)) continue;
        for (const batch of decodeRecordBatches(p.records)) {
          for (const record of batch.records) {
            if (record.offset < (this.positions.get(p.partitionIndex) ?? 0)) continue;
            this.deliveries.push({ member: this.name, partition: p.partitionIndex, offset: record.offset, value: record.value!.toString() });
            this.positions.set(p.partitionIndex, record.offset + 1);
          }
        }
        advanced.push(p.partitionIndex);
      }
    }
    await this.commit(advanced);
  }

  /** OffsetCommit v9 with the member epoch, for partitions whose position moved past the last commit. */
  private async commit(partitions: number[], epoch = this.epoch): Promise<void> {
    const due = partitions.filter((p) => this.positions.has(p) && this.positions.get(p) !== this.committed.get(p));
    if (due.length === 0 || this.memberId === '') return;
    const r = await this.client.request(8, 9, {
      groupId: this.group,
      generationIdOrMemberEpoch: epoch,
      memberId: this.memberId,
      groupInstanceId: null,
      retentionTimeMs: -1n,
      topics: [{ name: this.topic, partitions: due.map((p) => ({ partitionIndex: p, committedOffset: BigInt(this.positions.get(p)!), committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: '' })) }],
    });
    for (const p of r.topics[0]!.partitions) {
      if (p.errorCode === ErrorCode.NONE) this.committed.set(p.partitionIndex, this.positions.get(p.partitionIndex)!);
      else this.errors.push(`commit ${p.partitionIndex}: ${p.errorCode}`);
    }
  }
}
