import {
  ApiKey,
  BatchOffset,
  ErrorCode,
  iterateBatchSpans,
  lastOffsetAt,
  setBaseOffset,
  type FetchRequest,
  type ListOffsetsRequest,
  type MetadataRequest,
  type ProduceRequest,
} from '@gregor/protocol';
import { apiVersionsBody, FakeBroker, type FakeReply, type FakeRequest } from './fake-broker.js';

/**
 * A one-broker Kafka imitation for producer and consumer tests: topics with in-memory partition
 * logs, Metadata, Produce (offsets assigned in place), Fetch (whole batches from the one holding
 * the fetch offset, as Kafka does) and ListOffsets. Tests inject failures with `intercept`, which
 * sees every request first and may answer it itself (or hold it by returning a promise).
 */

export interface FakePartition {
  batches: Buffer[];
  logStartOffset: number;
  logEndOffset: number;
}

export interface FakeTopic {
  topicId: string;
  partitions: FakePartition[];
}

/** Answer (a reply or null for none), or undefined to let the fake handle the request; may be a promise (held). */
export type Interceptor = (request: FakeRequest, kafka: FakeKafka) => FakeReply | undefined | Promise<FakeReply | undefined>;

let topicSeq = 0;

export class FakeKafka {
  readonly broker: FakeBroker;
  readonly topics = new Map<string, FakeTopic>();
  intercept: Interceptor = () => undefined;
  /** Requests by API key, in arrival order. */
  readonly seen = new Map<number, FakeRequest[]>();

  constructor() {
    this.broker = new FakeBroker((request) => this.handle(request));
  }

  async start(): Promise<void> {
    await this.broker.start();
  }

  async stop(): Promise<void> {
    await this.broker.stop();
  }

  get bootstrap(): string {
    return `127.0.0.1:${this.broker.port}`;
  }

  createTopic(name: string, partitions: number): FakeTopic {
    topicSeq++;
    const id = Buffer.alloc(16, 0);
    id.writeUInt32BE(topicSeq, 12);
    const topic: FakeTopic = {
      topicId: id.toString('base64url'),
      partitions: Array.from({ length: partitions }, () => ({ batches: [], logStartOffset: 0, logEndOffset: 0 })),
    };
    this.topics.set(name, topic);
    return topic;
  }

  /** Appends a ready-made batch (its baseOffset is rewritten to the log end). */
  append(topic: string, partition: number, batch: Buffer): number {
    const p = this.topics.get(topic)!.partitions[partition]!;
    const copy = Buffer.from(batch);
    const base = p.logEndOffset;
    setBaseOffset(copy, 0, base);
    p.batches.push(copy);
    p.logEndOffset = lastOffsetAt(copy, 0) + 1;
    return base;
  }

  requests(apiKey: number): FakeRequest[] {
    return this.seen.get(apiKey) ?? [];
  }

  private async handle(request: FakeRequest): Promise<FakeReply> {
    const key = request.header.requestApiKey;
    const list = this.seen.get(key) ?? [];
    list.push(request);
    this.seen.set(key, list);
    const intercepted = await this.intercept(request, this);
    if (intercepted !== undefined) return intercepted;
    switch (key) {
      case ApiKey.ApiVersions:
        return { body: apiVersionsBody() };
      case ApiKey.Metadata:
        return { body: this.metadata(request.body as MetadataRequest) };
      case ApiKey.Produce:
        return this.produce(request.body as ProduceRequest);
      case ApiKey.Fetch:
        return { body: this.fetch(request.body as FetchRequest) };
      case ApiKey.ListOffsets:
        return { body: this.listOffsets(request.body as ListOffsetsRequest) };
      default:
        return null;
    }
  }

  private metadata(request: MetadataRequest): unknown {
    const names = request.topics === null ? [...this.topics.keys()] : request.topics.map((t) => t.name ?? '');
    return {
      throttleTimeMs: 0,
      brokers: [{ nodeId: 1, host: '127.0.0.1', port: this.broker.port, rack: null }],
      clusterId: 'fake-cluster',
      controllerId: 1,
      clusterAuthorizedOperations: -2147483648,
      topics: names.map((name) => {
        const topic = this.topics.get(name);
        if (topic === undefined) {
          return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, name, topicId: 'AAAAAAAAAAAAAAAAAAAAAA', isInternal: false, partitions: [], topicAuthorizedOperations: -2147483648 };
        }
        return {
          errorCode: 0,
          name,
          topicId: topic.topicId,
          isInternal: false,
          topicAuthorizedOperations: -2147483648,
          partitions: topic.partitions.map((_, i) => ({ errorCode: 0, partitionIndex: i, leaderId: 1, leaderEpoch: 0, replicaNodes: [1], isrNodes: [1], offlineReplicas: [] })),
        };
      }),
    };
  }

  private produce(request: ProduceRequest): FakeReply {
    const responses = request.topicData.map((t) => ({
      name: t.name,
      partitionResponses: t.partitionData.map((p) => {
        const topic = this.topics.get(t.name);
        const partition = topic?.partitions[p.index];
        const base = { index: p.index, errorCode: 0, baseOffset: -1n, logAppendTimeMs: -1n, logStartOffset: -1n, recordErrors: [], errorMessage: null };
        if (partition === undefined || p.records === null) return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
        let first = -1;
        for (const span of iterateBatchSpans(p.records)) {
          const offset = this.append(t.name, p.index, p.records.subarray(span.position, span.position + span.sizeBytes));
          if (first < 0) first = offset;
        }
        return { ...base, baseOffset: BigInt(first), logStartOffset: BigInt(partition.logStartOffset) };
      }),
    }));
    if (request.acks === 0) return null;
    return { body: { responses, throttleTimeMs: 0 } };
  }

  private fetch(request: FetchRequest): unknown {
    const byId = new Map([...this.topics].map(([name, t]) => [t.topicId, name]));
    return {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 0,
      responses: request.topics.map((t) => {
        const name = t.topic !== '' ? t.topic : (byId.get(t.topicId) ?? '');
        const topic = this.topics.get(name);
        return {
          topic: t.topic,
          topicId: t.topicId,
          partitions: t.partitions.map((p) => {
            const base = { partitionIndex: p.partition, errorCode: 0, highWatermark: 0n, lastStableOffset: -1n, logStartOffset: -1n, abortedTransactions: null, preferredReadReplica: -1, records: null as Buffer | null };
            const partition = topic?.partitions[p.partition];
            if (partition === undefined) return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
            const offset = Number(p.fetchOffset);
            const hw = BigInt(partition.logEndOffset);
            if (offset < partition.logStartOffset || offset > partition.logEndOffset) return { ...base, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, highWatermark: hw };
            // Whole batches from the one containing the offset, up to partitionMaxBytes (at least one).
            const out: Buffer[] = [];
            let bytes = 0;
            for (const batch of partition.batches) {
              if (lastOffsetAt(batch, 0) < offset) continue;
              if (out.length > 0 && bytes + batch.length > p.partitionMaxBytes) break;
              out.push(batch);
              bytes += batch.length;
            }
            return { ...base, highWatermark: hw, lastStableOffset: hw, logStartOffset: BigInt(partition.logStartOffset), records: out.length === 0 ? null : Buffer.concat(out) };
          }),
        };
      }),
    };
  }

  private listOffsets(request: ListOffsetsRequest): unknown {
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => {
          const partition = this.topics.get(t.name)?.partitions[p.partitionIndex];
          const base = { partitionIndex: p.partitionIndex, errorCode: 0, oldStyleOffsets: [], timestamp: -1n, offset: -1n, leaderEpoch: 0 };
          if (partition === undefined) return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
          if (p.timestamp === -2n) return { ...base, offset: BigInt(partition.logStartOffset) };
          if (p.timestamp === -1n) return { ...base, offset: BigInt(partition.logEndOffset) };
          for (const batch of partition.batches) {
            if (Number(batch.readBigInt64BE(BatchOffset.maxTimestamp)) >= Number(p.timestamp)) return { ...base, offset: batch.readBigInt64BE(0), timestamp: batch.readBigInt64BE(BatchOffset.maxTimestamp) };
          }
          return base;
        }),
      })),
    };
  }
}
