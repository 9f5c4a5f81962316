import {
  ApiKey,
  compressionTypeFromName,
  CompressionType,
  ErrorCode,
  KafkaError,
  type CompressionName,
  type ProduceRequestTopicProduceData,
  type ProduceResponse,
} from '@gregor/protocol';
import { BatchBuilder, headerList, type HeaderInput, type RecordBytes, type RecordHeaders } from './batch-builder.js';
import { BufferPool } from './buffer-pool.js';
import { Client, type ClientOptions, type TopicInfo } from './client.js';
import type { Connection } from './connection.js';
import { ClientClosedError, ClientTimeoutError, isRetriable, isStaleMetadataCode } from './errors.js';
import {
  BATCH_BYTES_DEFAULT,
  BATCH_BYTES_MAX,
  BUFFER_BYTES_DEFAULT,
  DELIVERY_TIMEOUT_MS_DEFAULT,
  LINGER_MS_DEFAULT,
  MAX_BLOCK_MS_DEFAULT,
  PRODUCE_REQUEST_BYTES_MAX_DEFAULT,
  PRODUCE_TIMEOUT_MS_DEFAULT,
} from './limits.js';
import { partitionForKey, StickyPartitioner } from './partitioner.js';

/** backlogBatchBytes = this x batchBytes unless set (16 KiB -> 256 KiB). */
const BACKLOG_BATCH_FACTOR = 16;

export type Acks = 0 | 1 | -1;

export interface ProducerOptions {
  /** An existing client to share; otherwise one is made from the client options and closed with the producer. */
  readonly client?: Client;
  /** acks: 0 (no response), 1 (leader), -1 or 'all' (every in-sync replica). Default -1. */
  readonly acks?: Acks | 'all';
  /** compression.type. Default none. */
  readonly compression?: CompressionName | CompressionType;
  /** compression.gzip.level / compression.zstd.level. */
  readonly compressionLevel?: number;
  /** batch.size: records bytes per partition batch before it is sent. */
  readonly batchBytes?: number;
  /**
   * Size of the batches started for a partition that already has a batch in flight or queued
   * (default 16 x batchBytes, at most maxRequestBytes). With one batch in flight per partition,
   * a backlog would otherwise leave in batchBytes pieces, one round trip each; librdkafka's
   * batch.size (1 MB) plays this role. Set it to batchBytes for the Java producer's behaviour.
   */
  readonly backlogBatchBytes?: number;
  /** linger.ms: how long a batch that is not full waits for more records. */
  readonly lingerMs?: number;
  /** buffer.memory: bytes of batches waiting to be acknowledged; send() waits beyond it. */
  readonly bufferBytes?: number;
  /** max.block.ms: longest wait in send() for buffer space or topic metadata. */
  readonly maxBlockMs?: number;
  /** delivery.timeout.ms: longest time from send() to the outcome, retries included. */
  readonly deliveryTimeoutMs?: number;
  /** retries: resends of a batch after retriable errors (default: unbounded within deliveryTimeoutMs). */
  readonly retries?: number;
  /** max.request.size: bytes of batches in one produce request. */
  readonly maxRequestBytes?: number;
  /** Broker-side wait for acks=-1 replication (the produce request's timeoutMs). */
  readonly produceTimeoutMs?: number;
  /** Let metadata requests create missing topics when the broker allows it (auto.create.topics.enable). */
  readonly allowAutoTopicCreation?: boolean;
  /**
   * Batches of one partition in flight at once (default 1). With 1, a retried batch can never be
   * overtaken, so per-partition order holds through retries. More keeps the connection busy
   * while the broker works on the previous batch (the Java client's
   * max.in.flight.requests.per.connection, default 5), at the price the Java client pays without
   * enable.idempotence: a batch retried after an error may land after a later one.
   */
  readonly maxInFlightPerPartition?: number;
  /** Randomness for sticky partition choice (tests pass a seeded one). */
  readonly random?: () => number;
}

export interface ProducerRecord {
  readonly topic: string;
  readonly key?: RecordBytes;
  readonly value: RecordBytes;
  readonly headers?: RecordHeaders;
  /** Explicit partition; otherwise the key's hash, or the sticky partition for unkeyed records. */
  readonly partition?: number;
  /** Create time in ms; default now. */
  readonly timestamp?: number;
}

export interface RecordMetadata {
  readonly topic: string;
  readonly partition: number;
  /** -1 with acks=0 (the broker does not say). */
  readonly offset: number;
  /** The record's timestamp, or the broker's append time for LogAppendTime topics. */
  readonly timestamp: number;
}

/**
 * Receives a record's outcome: (null, metadata) once acknowledged, (error, null) on failure.
 * Called exactly once. A callback must not throw: an exception is rethrown on a later turn of
 * the event loop (a bug in the caller, so it crashes the process as any uncaught error does).
 */
export type DeliveryCallback = (error: Error | null, metadata: RecordMetadata | null) => void;

interface BatchOutcome {
  readonly baseOffset: number;
  readonly logAppendTimeMs: number;
}

class ProducerBatch {
  readonly queue: PartitionQueue;
  readonly createdMs: number;
  /** Bytes after which the batch counts as full (batch.size, or the backlog size). */
  readonly targetBytes: number;
  builder: BatchBuilder | null;
  /** The finished batch bytes (set when drained; kept for retries). */
  built: Buffer | null = null;
  /** Bytes charged to the pool for a compressed copy. */
  chargedBytes = 0;
  attempts = 0;
  retryAtMs = 0;
  isFull = false;
  /** Per record (by offsetDelta): who hears its outcome, and its timestamp for the metadata. */
  readonly callbacks: DeliveryCallback[] = [];
  readonly timestamps: number[] = [];
  readonly promise: Promise<BatchOutcome>;
  resolve!: (outcome: BatchOutcome) => void;
  reject!: (error: Error) => void;
  isDone = false;

  constructor(queue: PartitionQueue, builder: BatchBuilder, nowMs: number, targetBytes: number) {
    this.queue = queue;
    this.targetBytes = targetBytes;
    this.builder = builder;
    this.createdMs = nowMs;
    this.promise = new Promise<BatchOutcome>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // The records' own promises carry failures to callers; the batch's stays quiet.
    this.promise.catch(() => undefined);
  }
}

class PartitionQueue {
  readonly topic: string;
  readonly partition: number;
  readonly batches: ProducerBatch[] = [];
  /** Batches of this partition in flight (at most maxInFlightPerPartition; 1 keeps order through retries). */
  inFlightCount = 0;
  constructor(topic: string, partition: number) {
    this.topic = topic;
    this.partition = partition;
  }
}

interface WaitingRecord {
  readonly record: ProducerRecord;
  readonly sinceMs: number;
  readonly callback: DeliveryCallback;
  /** Settles with the outcome (flush() waits for it). */
  readonly done: Promise<void>;
}

/**
 * A Kafka producer. send() appends a record to its partition's open batch (built straight into
 * a pooled buffer) and resolves once the broker acknowledged the batch. A batch is sent when it
 * is full, when it is lingerMs old, on flush(), or when the buffer is exhausted; batches for the
 * same broker share a produce request. At most one batch per partition is in flight when
 * retries are possible, so a retried batch can never be overtaken: per-partition order holds.
 *
 * Retriable errors (NOT_LEADER_OR_FOLLOWER, timeouts, lost connections...) put the batch back at
 * the head of its partition after a metadata refresh and a backoff, until deliveryTimeoutMs.
 * Without idempotence (not offered yet) a retry after a lost response may duplicate the batch,
 * as with the Java producer's enable.idempotence=false.
 *
 * Order of records across partitions is the order of send() calls: a record that must wait
 * (for metadata or buffer space) holds back every later one.
 */
export class Producer {
  readonly client: Client;
  private readonly ownsClient: boolean;
  private readonly acks: Acks;
  private readonly compression: CompressionType;
  private readonly compressionLevel: number | undefined;
  private readonly batchBytes: number;
  private readonly backlogBatchBytes: number;
  private readonly lingerMs: number;
  private readonly maxBlockMs: number;
  private readonly deliveryTimeoutMs: number;
  private readonly retries: number;
  private readonly maxRequestBytes: number;
  private readonly produceTimeoutMs: number;
  private readonly allowAutoTopicCreation: boolean;
  private readonly maxInFlightPerPartition: number;
  private readonly pool: BufferPool;
  private readonly sticky: StickyPartitioner;
  private readonly queues = new Map<string, PartitionQueue[]>();
  private readonly incomplete = new Set<ProducerBatch>();
  private readonly waiting: WaitingRecord[] = [];
  private isWaitingLoopRunning = false;
  private readonly readyWaiters: Array<() => void> = [];
  private memoryWaiter: (() => void) | null = null;
  private readonly connections = new Map<number, Connection>();
  private readonly connecting = new Set<number>();
  private isRefreshing = false;
  private lastRefreshMs = -Infinity;
  private isDrainScheduled = false;
  private wakeTimer: NodeJS.Timeout | null = null;
  private wakeAtMs = Infinity;
  private flushes = 0;
  private isClosing = false;
  private isClosed = false;

  constructor(options: ProducerOptions & Partial<ClientOptions> = {}) {
    if (options.client !== undefined) {
      this.client = options.client;
      this.ownsClient = false;
    } else {
      if (options.bootstrapServers === undefined) throw new Error('a producer needs a client or bootstrapServers');
      this.client = new Client(options as ClientOptions);
      this.ownsClient = true;
    }
    const acks = options.acks ?? -1;
    this.acks = acks === 'all' ? -1 : acks;
    if (this.acks !== 0 && this.acks !== 1 && this.acks !== -1) throw new RangeError(`acks must be 0, 1, -1 or 'all', not ${String(acks)}`);
    const compression = options.compression ?? CompressionType.none;
    const type = typeof compression === 'string' ? compressionTypeFromName(compression) : compression;
    if (type === null) throw new RangeError(`unknown compression ${String(compression)}`);
    this.compression = type;
    this.compressionLevel = options.compressionLevel;
    this.batchBytes = Math.min(BATCH_BYTES_MAX, Math.max(128, options.batchBytes ?? BATCH_BYTES_DEFAULT));
    this.maxRequestBytes = options.maxRequestBytes ?? PRODUCE_REQUEST_BYTES_MAX_DEFAULT;
    this.lingerMs = Math.max(0, options.lingerMs ?? LINGER_MS_DEFAULT);
    this.maxBlockMs = options.maxBlockMs ?? MAX_BLOCK_MS_DEFAULT;
    this.deliveryTimeoutMs = options.deliveryTimeoutMs ?? DELIVERY_TIMEOUT_MS_DEFAULT;
    this.retries = this.acks === 0 ? 0 : (options.retries ?? Number.MAX_SAFE_INTEGER);
    this.produceTimeoutMs = options.produceTimeoutMs ?? PRODUCE_TIMEOUT_MS_DEFAULT;
    this.allowAutoTopicCreation = options.allowAutoTopicCreation ?? true;
    this.maxInFlightPerPartition = Math.max(1, Math.floor(options.maxInFlightPerPartition ?? 1));
    this.backlogBatchBytes = Math.max(
      this.batchBytes,
      Math.min(BATCH_BYTES_MAX, options.backlogBatchBytes ?? Math.min(this.maxRequestBytes, BACKLOG_BATCH_FACTOR * this.batchBytes)),
    );
    const bufferBytes = Math.max(options.bufferBytes ?? BUFFER_BYTES_DEFAULT, this.backlogBatchBytes);
    this.pool = new BufferPool(bufferBytes, this.batchBytes, this.backlogBatchBytes);
    this.sticky = new StickyPartitioner(this.batchBytes, options.random);
  }

  /** Bytes held by batches not yet acknowledged. */
  get bufferedBytes(): number {
    return this.pool.allocatedBytes;
  }

  /** Records waiting for buffer space or metadata before they can join a batch. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  /**
   * Sends a record; resolves with its partition and offset once acknowledged (per acks).
   * Waits for topic metadata and buffer space first, up to maxBlockMs.
   */
  send(record: ProducerRecord): Promise<RecordMetadata> {
    return new Promise((resolve, reject) => this.sendWithCallback(record, (error, metadata) => (error === null ? resolve(metadata!) : reject(error))));
  }

  /**
   * send() without a promise per record (the Java client's send(record, callback)): the record
   * joins its batch at once when it can and the callback hears the outcome. A producer sending
   * hundreds of thousands of records a second spends less on promises and garbage this way.
   */
  sendWithCallback(record: ProducerRecord, callback: DeliveryCallback): void {
    if (this.isClosing || this.isClosed) {
      deliverLater(callback, new ClientClosedError('producer'));
      return;
    }
    if (this.waiting.length === 0) {
      const topic = this.client.cachedTopic(record.topic);
      if (topic !== undefined && this.tryAppend(record, topic, callback)) return;
    }
    let settle!: () => void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    this.waiting.push({
      record,
      sinceMs: this.client.nowMs(),
      callback: (error, metadata) => {
        settle();
        callback(error, metadata);
      },
      done,
    });
    void this.runWaitingLoop();
  }

  /**
   * Resolves once no record waits for buffer space or metadata: a loop that fires sends
   * without awaiting each one awaits this to respect buffer.memory.
   */
  whenReady(): Promise<void> {
    if (this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Resolves when every record sent before the call is acknowledged or failed. */
  async flush(): Promise<void> {
    const pending: Promise<unknown>[] = [];
    for (const batch of this.incomplete) pending.push(batch.promise);
    for (const w of this.waiting) pending.push(w.done);
    if (pending.length === 0) return;
    this.flushes++;
    this.wakeup();
    try {
      await Promise.allSettled(pending);
    } finally {
      this.flushes--;
    }
  }

  /**
   * Flushes, then stops accepting records; closes the client if the producer made it. Records
   * still unacknowledged after timeoutMs (default: no limit) fail with ClientClosedError.
   */
  async close(options: { timeoutMs?: number } = {}): Promise<void> {
    if (this.isClosed) return;
    this.isClosing = true;
    const timeoutMs = options.timeoutMs ?? Infinity;
    try {
      const drained = (async () => {
        await this.flush();
        // Records that were waiting when flush began may have formed new batches since.
        while (this.incomplete.size > 0 || this.waiting.length > 0) await this.flush();
      })();
      if (timeoutMs === Infinity) await drained;
      else {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([drained, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
        clearTimeout(timer);
      }
    } finally {
      this.isClosed = true;
      if (this.wakeTimer !== null) clearTimeout(this.wakeTimer);
      this.wakeTimer = null;
      const error = new ClientClosedError('producer');
      for (const w of this.waiting.splice(0)) w.callback(error, null);
      for (const list of this.queues.values()) for (const queue of list) if (queue !== undefined) queue.batches.length = 0;
      for (const batch of [...this.incomplete]) this.finishBatch(batch, error);
      this.onMemoryFreed();
      if (this.ownsClient) await this.client.close();
    }
  }

  /**
   * Appends to a batch at once when possible, registering the callback; false when the record
   * must wait (no memory). A record that can never be sent is failed through the callback.
   */
  private tryAppend(record: ProducerRecord, topic: TopicInfo, callback: DeliveryCallback): boolean {
    const partitionCount = topic.partitions.length;
    const headers = headerList(record.headers);
    const key = record.key;
    let partition = record.partition;
    if (partition === undefined) {
      if (key !== null && key !== undefined) {
        partition = partitionForKey(typeof key === 'string' ? Buffer.from(key, 'utf8') : key, partitionCount);
      } else {
        partition = this.sticky.partition(record.topic, partitionCount, (p) => (topic.partitions[p]?.leader ?? -1) >= 0);
      }
    } else if (!Number.isInteger(partition) || partition < 0 || partition >= partitionCount) {
      deliverLater(callback, new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `partition ${partition} of ${record.topic}, which has ${partitionCount} partitions`));
      return true;
    }
    const timestamp = record.timestamp ?? this.client.nowMs();
    const queue = this.queueFor(record.topic, partition);
    let batch = queue.batches[queue.batches.length - 1];
    let appended = 0;
    if (batch !== undefined && batch.builder !== null && batch.built === null && !batch.isFull) {
      appended = batch.builder.tryAppend(timestamp, key, record.value, headers);
      if (appended === 0) {
        batch.isFull = true;
        this.wakeup();
      }
    }
    if (appended === 0) {
      const bound = BatchBuilder.recordSizeBound(key, record.value, headers) + 61;
      if (bound > this.pool.totalBytes || bound > this.maxRequestBytes) {
        deliverLater(callback, new KafkaError(ErrorCode.MESSAGE_TOO_LARGE, `a record of about ${bound} bytes exceeds buffer.memory or max.request.size`));
        return true;
      }
      const hasBacklog = queue.inFlightCount > 0 || queue.batches.length > 0;
      const targetBytes = hasBacklog ? this.backlogBatchBytes : this.batchBytes;
      const buf = this.pool.allocate(Math.max(bound, targetBytes));
      if (buf === null) return false;
      batch = new ProducerBatch(queue, new BatchBuilder(buf, this.compression), this.client.nowMs(), targetBytes);
      queue.batches.push(batch);
      this.incomplete.add(batch);
      appended = batch.builder!.tryAppend(timestamp, key, record.value, headers);
      if (appended === 0) throw new Error('bug: a record does not fit a batch sized for it');
      this.scheduleLinger(batch);
    }
    const b = batch!;
    const size = b.builder!.sizeBytes;
    if (size >= b.targetBytes) {
      b.isFull = true;
      this.wakeup();
    } else if (size >= this.batchBytes && size - appended < this.batchBytes) {
      // A backlog batch just reached batch.size: drain() sends it if its partition has a free
      // in-flight slot, rather than letting it grow or linger (see isReady there).
      this.wakeup();
    }
    if (record.partition === undefined && (key === null || key === undefined)) {
      this.sticky.onAppend(record.topic, partition, appended, partitionCount, (p) => (topic.partitions[p]?.leader ?? -1) >= 0);
    }
    // The record's offsetDelta is its index in these lists.
    b.callbacks.push(callback);
    b.timestamps.push(timestamp);
    return true;
  }

  private queueFor(topic: string, partition: number): PartitionQueue {
    let list = this.queues.get(topic);
    if (list === undefined) {
      list = [];
      this.queues.set(topic, list);
    }
    let queue = list[partition];
    if (queue === undefined) {
      queue = new PartitionQueue(topic, partition);
      list[partition] = queue;
    }
    return queue;
  }

  /** Moves waiting records into batches in order, waiting for metadata and memory as needed. */
  private async runWaitingLoop(): Promise<void> {
    if (this.isWaitingLoopRunning) return;
    this.isWaitingLoopRunning = true;
    try {
      while (this.waiting.length > 0) {
        const head = this.waiting[0]!;
        const deadlineMs = head.sinceMs + this.maxBlockMs;
        let topic = this.client.cachedTopic(head.record.topic);
        if (topic === undefined) {
          topic = await this.awaitTopic(head.record.topic, deadlineMs).catch((error: Error) => {
            this.waiting.shift();
            head.callback(error, null);
            return undefined;
          });
          if (topic === undefined) continue;
        }
        if (this.tryAppend(head.record, topic, head.callback)) {
          this.waiting.shift();
          continue;
        }
        const remainingMs = deadlineMs - this.client.nowMs();
        if (remainingMs <= 0) {
          this.waiting.shift();
          head.callback(new ClientTimeoutError(`no buffer space for a record within max.block.ms (${this.maxBlockMs} ms)`), null);
          continue;
        }
        // Out of memory: send what we have at once and wait for an acknowledgement to free some.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remainingMs);
          this.memoryWaiter = () => {
            clearTimeout(timer);
            resolve();
          };
          this.wakeup();
        });
        this.memoryWaiter = null;
      }
    } finally {
      this.isWaitingLoopRunning = false;
      if (this.waiting.length === 0) for (const resolve of this.readyWaiters.splice(0)) resolve();
    }
  }

  private async awaitTopic(name: string, deadlineMs: number): Promise<TopicInfo> {
    for (let attempt = 0; ; attempt++) {
      if (this.isClosed) throw new ClientClosedError('producer');
      try {
        const cluster = await this.client.refreshMetadata([name], { allowAutoTopicCreation: this.allowAutoTopicCreation });
        const topic = cluster.topics.get(name);
        if (topic !== undefined && topic.partitions.length > 0) return topic;
      } catch (error) {
        if (!isRetriable(error)) throw error;
      }
      const remainingMs = deadlineMs - this.client.nowMs();
      if (remainingMs <= 0) {
        throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic ${name} not present in metadata after max.block.ms (${this.maxBlockMs} ms)`);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(remainingMs, this.client.backoffMs(attempt))));
    }
  }

  private get isMemoryExhausted(): boolean {
    return this.memoryWaiter !== null;
  }

  private scheduleLinger(batch: ProducerBatch): void {
    if (this.flushes > 0 || this.isClosing) this.wakeup();
    else this.scheduleWake(batch.createdMs + this.lingerMs);
  }

  /** Runs drain() soon (once per turn of the event loop however often it is asked). */
  private wakeup(): void {
    if (this.isDrainScheduled) return;
    this.isDrainScheduled = true;
    setImmediate(() => {
      this.isDrainScheduled = false;
      this.drain();
    });
  }

  private scheduleWake(atMs: number): void {
    if (atMs >= this.wakeAtMs) return;
    if (this.wakeTimer !== null) clearTimeout(this.wakeTimer);
    this.wakeAtMs = atMs;
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = null;
      this.wakeAtMs = Infinity;
      this.drain();
    }, Math.max(0, atMs - this.client.nowMs()));
  }

  /**
   * The sender: picks the head batch of every partition that is ready (full, lingered, flushing
   * or out of memory), with room under maxInFlightPerPartition and not backing off, groups them
   * by leader and sends one produce request per broker with room on its connection. With more
   * than one batch allowed in flight it repeats while a pass still sends something, so a backlog
   * fills the connection's in-flight slots.
   */
  private drain(): void {
    if (this.isClosed) return;
    const nowMs = this.client.nowMs();
    const isEveryBatchReady = this.flushes > 0 || this.isClosing || this.isMemoryExhausted;
    let nextWakeMs = Infinity;
    let needsMetadata = false;
    for (let pass = 0; pass < this.maxInFlightPerPartition; pass++) {
      const byNode = new Map<number, { batches: ProducerBatch[]; bytes: number }>();
      for (const list of this.queues.values()) {
        for (const queue of list) {
          if (queue === undefined || queue.inFlightCount >= this.maxInFlightPerPartition) continue;
          const batch = queue.batches[0];
          if (batch === undefined) continue;
          if (nowMs - batch.createdMs >= this.deliveryTimeoutMs) {
            queue.batches.shift();
            this.finishBatch(batch, new ClientTimeoutError(`batch for ${queue.topic}-${queue.partition} expired after delivery.timeout.ms (${this.deliveryTimeoutMs} ms)`));
            nextWakeMs = nowMs;
            continue;
          }
          if (batch.retryAtMs > nowMs) {
            nextWakeMs = Math.min(nextWakeMs, batch.retryAtMs);
            continue;
          }
          // A batch of batch.size or more is ready whenever the partition has an in-flight slot
          // (checked above): only a partition with every slot taken lets it grow towards
          // backlogBatchBytes, so a moderate rate keeps batch.size batches and their latency.
          const isReady =
            isEveryBatchReady ||
            batch.isFull ||
            queue.batches.length > 1 ||
            batch.attempts > 0 ||
            nowMs - batch.createdMs >= this.lingerMs ||
            batch.builder!.sizeBytes >= this.batchBytes;
          if (!isReady) {
            nextWakeMs = Math.min(nextWakeMs, batch.createdMs + this.lingerMs);
            continue;
          }
          const leader = this.client.cachedTopic(queue.topic)?.partitions[queue.partition]?.leader ?? -1;
          if (leader < 0) {
            needsMetadata = true;
            nextWakeMs = Math.min(nextWakeMs, nowMs + this.client.backoffMs(0));
            continue;
          }
          const connection = this.connectionNow(leader);
          if (connection === null || !connection.hasCapacity) continue;
          let group = byNode.get(leader);
          if (group === undefined) {
            group = { batches: [], bytes: 0 };
            byNode.set(leader, group);
          }
          const size = batch.built?.length ?? batch.builder!.sizeBytes;
          if (group.batches.length > 0 && group.bytes + size > this.maxRequestBytes) {
            nextWakeMs = nowMs;
            continue;
          }
          group.bytes += size;
          group.batches.push(batch);
        }
      }
      for (const [nodeId, group] of byNode) this.sendBatches(nodeId, group.batches);
      if (byNode.size === 0) break;
    }
    // Also refresh every metadata.max.age.ms, so added partitions and moved leaders are seen.
    if (needsMetadata || this.client.isMetadataDue) this.refreshMetadata();
    if (nextWakeMs < Infinity) this.scheduleWake(nextWakeMs);
  }

  private connectionNow(nodeId: number): Connection | null {
    const connection = this.connections.get(nodeId);
    if (connection !== undefined && connection.isOpen) return connection;
    if (connection !== undefined) this.connections.delete(nodeId);
    if (!this.connecting.has(nodeId)) {
      this.connecting.add(nodeId);
      this.client.connectionTo(nodeId).then(
        (c) => {
          this.connecting.delete(nodeId);
          this.connections.set(nodeId, c);
          this.wakeup();
        },
        () => {
          this.connecting.delete(nodeId);
          this.client.invalidateMetadata();
          this.refreshMetadata();
          this.scheduleWake(this.client.nowMs() + this.client.backoffMs(1));
        },
      );
    }
    return null;
  }

  private refreshMetadata(): void {
    if (this.isRefreshing || this.client.isClosed) return;
    // At most one refresh per retry.backoff.ms, however often drain() finds it due.
    const nowMs = this.client.nowMs();
    const earliestMs = this.lastRefreshMs + this.client.retryBackoffMs;
    if (nowMs < earliestMs) {
      this.scheduleWake(earliestMs);
      return;
    }
    this.lastRefreshMs = nowMs;
    this.isRefreshing = true;
    const topics = [...this.queues.keys()];
    this.client.refreshMetadata(topics).then(
      () => {
        this.isRefreshing = false;
        this.wakeup();
      },
      () => {
        this.isRefreshing = false;
        this.scheduleWake(this.client.nowMs() + this.client.backoffMs(1));
      },
    );
  }

  private sendBatches(nodeId: number, batches: ProducerBatch[]): void {
    const connection = this.connections.get(nodeId)!;
    const topicData = new Map<string, ProduceRequestTopicProduceData>();
    for (const batch of batches) {
      const queue = batch.queue;
      queue.batches.shift();
      if (this.acks !== 0) queue.inFlightCount++;
      if (batch.built === null) this.seal(batch);
      let data = topicData.get(queue.topic);
      if (data === undefined) {
        data = { name: queue.topic, partitionData: [] };
        topicData.set(queue.topic, data);
      }
      data.partitionData.push({ index: queue.partition, records: batch.built });
      batch.attempts++;
    }
    const request = { transactionalId: null, acks: this.acks, timeoutMs: this.produceTimeoutMs, topicData: [...topicData.values()] };
    if (this.acks === 0) {
      connection.sendWithoutResponse(ApiKey.Produce, request).then(
        () => {
          for (const batch of batches) this.finishBatch(batch, null, { baseOffset: -1, logAppendTimeMs: -1 });
          this.wakeup();
        },
        (error: Error) => {
          for (const batch of batches) this.finishBatch(batch, error);
          this.wakeup();
        },
      );
      return;
    }
    connection.send(ApiKey.Produce, request, { timeoutMs: this.client.requestTimeoutMs + this.produceTimeoutMs }).then(
      (response) => this.onResponse(batches, response),
      (error: Error) => {
        for (const batch of batches) this.onBatchError(batch, error);
        this.wakeup();
      },
    );
  }

  /** Finishes the batch's bytes: header and CRC, compression; frees the raw buffer when a compressed copy replaces it. */
  private seal(batch: ProducerBatch): void {
    const builder = batch.builder!;
    batch.built = builder.build(this.compressionLevel);
    batch.isFull = true;
    if (this.compression !== CompressionType.none && builder.count > 0) {
      this.pool.charge(batch.built.length);
      batch.chargedBytes = batch.built.length;
      this.pool.release(builder.buf);
      batch.builder = null;
      this.onMemoryFreed();
    }
  }

  private onResponse(batches: ProducerBatch[], response: ProduceResponse): void {
    const results = new Map<string, { errorCode: number; baseOffset: bigint; logAppendTimeMs: bigint; errorMessage: string | null }>();
    for (const topic of response.responses) {
      for (const p of topic.partitionResponses) results.set(`${p.index}:${topic.name}`, p);
    }
    for (const batch of batches) {
      const result = results.get(`${batch.queue.partition}:${batch.queue.topic}`);
      if (result === undefined) {
        this.onBatchError(batch, new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, `no result for ${batch.queue.topic}-${batch.queue.partition} in the produce response`));
      } else if (result.errorCode !== ErrorCode.NONE) {
        this.onBatchError(batch, new KafkaError(result.errorCode, result.errorMessage ?? `${batch.queue.topic}-${batch.queue.partition}`));
      } else {
        batch.queue.inFlightCount--;
        this.finishBatch(batch, null, { baseOffset: Number(result.baseOffset), logAppendTimeMs: Number(result.logAppendTimeMs) });
      }
    }
    this.wakeup();
  }

  private onBatchError(batch: ProducerBatch, error: Error): void {
    const queue = batch.queue;
    queue.inFlightCount--;
    const nowMs = this.client.nowMs();
    const canRetry =
      isRetriable(error) && batch.attempts <= this.retries && nowMs - batch.createdMs < this.deliveryTimeoutMs && !this.client.isClosed && !this.isClosed;
    if (!canRetry) {
      this.finishBatch(batch, error);
      return;
    }
    if (!(error instanceof KafkaError) || isStaleMetadataCode(error.code)) {
      this.client.invalidateMetadata();
      this.refreshMetadata();
    }
    batch.retryAtMs = nowMs + this.client.backoffMs(batch.attempts - 1);
    queue.batches.unshift(batch);
    this.scheduleWake(batch.retryAtMs);
  }

  private finishBatch(batch: ProducerBatch, error: Error | null, outcome?: BatchOutcome): void {
    if (batch.isDone) return;
    batch.isDone = true;
    this.incomplete.delete(batch);
    if (batch.builder !== null) {
      this.pool.release(batch.builder.buf);
      batch.builder = null;
    }
    if (batch.chargedBytes > 0) {
      this.pool.uncharge(batch.chargedBytes);
      batch.chargedBytes = 0;
    }
    batch.built = null;
    this.onMemoryFreed();
    if (error !== null) batch.reject(error);
    else batch.resolve(outcome!);
    const { callbacks, timestamps } = batch;
    const topic = batch.queue.topic;
    const partition = batch.queue.partition;
    for (let i = 0; i < callbacks.length; i++) {
      const callback = callbacks[i]!;
      try {
        if (error !== null) callback(error, null);
        else {
          const { baseOffset, logAppendTimeMs } = outcome!;
          callback(null, { topic, partition, offset: baseOffset < 0 ? -1 : baseOffset + i, timestamp: logAppendTimeMs >= 0 ? logAppendTimeMs : timestamps[i]! });
        }
      } catch (thrown) {
        rethrowLater(thrown);
      }
    }
    callbacks.length = 0;
    timestamps.length = 0;
  }

  private onMemoryFreed(): void {
    const waiter = this.memoryWaiter;
    if (waiter !== null) {
      this.memoryWaiter = null;
      waiter();
    }
  }
}

/** Fails a record on a later microtask, so a callback never runs inside sendWithCallback(). */
function deliverLater(callback: DeliveryCallback, error: Error): void {
  queueMicrotask(() => {
    try {
      callback(error, null);
    } catch (thrown) {
      rethrowLater(thrown);
    }
  });
}

/** A delivery callback threw: surface it as an uncaught exception without breaking the producer's state. */
function rethrowLater(thrown: unknown): void {
  setImmediate(() => {
    throw thrown;
  });
}

export type { HeaderInput, RecordBytes, RecordHeaders };
