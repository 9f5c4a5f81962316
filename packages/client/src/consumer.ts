import {
  ApiKey,
  decodeRecordBatch,
  ErrorCode,
  iterateBatchSpans,
  KafkaError,
  lastOffsetAt,
  ZERO_UUID,
  type FetchRequestFetchTopic,
  type FetchResponse,
  type KafkaRecord,
  type RecordHeader,
} from '@gregor/protocol';
import { Admin, type OffsetSpec } from './admin.js';
import { Client, type ClientOptions } from './client.js';
import { ClientClosedError, isRetriable, isStaleMetadataCode } from './errors.js';
import {
  FETCH_MAX_BYTES_DEFAULT,
  FETCH_MAX_WAIT_MS_DEFAULT,
  FETCH_MIN_BYTES_DEFAULT,
  PARTITION_FETCH_BYTES_MAX_DEFAULT,
  PREFETCH_BYTES_MAX_DEFAULT,
} from './limits.js';

/** Where an assigned partition starts: a ListOffsets spec or an exact offset. */
export type StartPosition = 'earliest' | 'latest' | { readonly offset: number } | { readonly timestamp: number };

/** What to do when the position is out of the log's range (auto.offset.reset). */
export type AutoOffsetReset = 'earliest' | 'latest' | 'none';

export interface ConsumerOptions {
  readonly client?: Client;
  /** fetch.max.wait.ms: how long the broker may hold a fetch waiting for minBytes. */
  readonly maxWaitMs?: number;
  /** fetch.min.bytes. */
  readonly minBytes?: number;
  /** fetch.max.bytes: per fetch response. */
  readonly maxBytes?: number;
  /** max.partition.fetch.bytes. */
  readonly partitionMaxBytes?: number;
  /** auto.offset.reset (default latest, as Kafka's). */
  readonly autoOffsetReset?: AutoOffsetReset;
  /** Bytes of fetched records held ahead of the reader. */
  readonly prefetchBytesMax?: number;
  /** check.crcs (default true). */
  readonly checkCrcs?: boolean;
}

export interface Assignment {
  readonly topic: string;
  readonly partition: number;
  /** Default: autoOffsetReset (latest unless set). */
  readonly from?: StartPosition;
}

export interface ConsumerRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly timestamp: number;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: readonly RecordHeader[];
}

/** The records of one fetched batch at or past the position (control batches are never yielded). */
export interface ConsumerBatch {
  readonly topic: string;
  readonly partition: number;
  readonly records: readonly KafkaRecord[];
  /** The partition's high watermark at fetch time. */
  readonly highWatermark: number;
  /** Bytes of the batch on the wire (compressed). */
  readonly sizeBytes: number;
}

class PartitionState {
  readonly topic: string;
  readonly partition: number;
  /** Next offset to fetch; -1 while a reset is pending. */
  fetchOffset = -1;
  /** Next offset to hand to the reader. */
  position = -1;
  pendingReset: StartPosition | null;
  isResetting = false;
  /** Bumped on every seek: fetch results for an older epoch are dropped. */
  epoch = 0;
  isInFlight = false;
  retryAtMs = 0;
  highWatermark = -1;
  constructor(topic: string, partition: number, from: StartPosition) {
    this.topic = topic;
    this.partition = partition;
    this.pendingReset = from;
  }
}

interface FetchedChunk {
  readonly state: PartitionState;
  readonly epoch: number;
  readonly records: Buffer;
  /** Records below this offset were fetched but not asked for (the batch straddles it). */
  readonly skipBelow: number;
  readonly highWatermark: number;
  pos: number;
}

function stateKey(topic: string, partition: number): string {
  return `${partition}:${topic}`;
}

/**
 * A consumer of assigned partitions (no groups yet). Partitions start at a position (earliest,
 * latest, an offset or a timestamp, resolved with ListOffsets); a fetcher keeps one Fetch in
 * flight per leader and buffers up to prefetchBytesMax of complete record batches ahead of the
 * reader. Batches are decoded (and decompressed) only when read. A batch may start before the
 * requested offset; records below it are skipped. A trailing partial batch (the broker cuts at
 * maxBytes) is ignored and fetched again next time. OFFSET_OUT_OF_RANGE resets the position
 * per autoOffsetReset, or fails the reader with 'none'.
 *
 * Read with poll(), batches(), records() / for await, or run(handler); stop() ends them.
 */
export class Consumer implements AsyncIterable<ConsumerRecord> {
  readonly client: Client;
  private readonly ownsClient: boolean;
  private readonly admin: Admin;
  private readonly maxWaitMs: number;
  private readonly minBytes: number;
  private readonly maxBytes: number;
  private readonly partitionMaxBytes: number;
  private readonly autoOffsetReset: AutoOffsetReset;
  private readonly prefetchBytesMax: number;
  private readonly checkCrcs: boolean;
  private readonly states = new Map<string, PartitionState>();
  private readonly nodesInFlight = new Set<number>();
  private readonly chunks: FetchedChunk[] = [];
  private bufferedBytes = 0;
  private failure: Error | null = null;
  private isStopped = false;
  private isClosed = false;
  private wake: (() => void) | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private isRefreshing = false;
  private lastRefreshMs = -Infinity;
  private rotation = 0;
  private readonly inFlightFetches = new Set<Promise<void>>();

  constructor(options: ConsumerOptions & Partial<ClientOptions> = {}) {
    if (options.client !== undefined) {
      this.client = options.client;
      this.ownsClient = false;
    } else {
      if (options.bootstrapServers === undefined) throw new Error('a consumer needs a client or bootstrapServers');
      this.client = new Client(options as ClientOptions);
      this.ownsClient = true;
    }
    this.admin = new Admin({ client: this.client });
    this.maxWaitMs = options.maxWaitMs ?? FETCH_MAX_WAIT_MS_DEFAULT;
    this.minBytes = options.minBytes ?? FETCH_MIN_BYTES_DEFAULT;
    this.maxBytes = options.maxBytes ?? FETCH_MAX_BYTES_DEFAULT;
    this.partitionMaxBytes = options.partitionMaxBytes ?? PARTITION_FETCH_BYTES_MAX_DEFAULT;
    this.autoOffsetReset = options.autoOffsetReset ?? 'latest';
    this.prefetchBytesMax = options.prefetchBytesMax ?? PREFETCH_BYTES_MAX_DEFAULT;
    this.checkCrcs = options.checkCrcs ?? true;
  }

  /** Replaces the assignment. Partitions without `from` start per autoOffsetReset. */
  assign(assignments: readonly Assignment[]): void {
    this.checkOpen();
    const next = new Map<string, PartitionState>();
    for (const a of assignments) {
      const key = stateKey(a.topic, a.partition);
      const old = this.states.get(key);
      const state = new PartitionState(a.topic, a.partition, a.from ?? this.defaultStart());
      if (old !== undefined) state.epoch = old.epoch + 1;
      next.set(key, state);
    }
    this.states.clear();
    for (const [key, state] of next) this.states.set(key, state);
    this.dropChunks(() => true);
    this.pump();
  }

  /** Assigns every partition of a topic (or the listed ones), all starting at `from`. */
  async assignTopic(topic: string, from?: StartPosition, partitions?: readonly number[]): Promise<void> {
    const info = await this.client.retry(() => this.client.topicMetadata(topic));
    const list = partitions ?? info.partitions.filter((p) => p !== undefined).map((p) => p.partition);
    for (const partition of list) {
      if (info.partitions[partition] === undefined) {
        throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `${topic} has no partition ${partition} (it has ${info.partitions.length})`);
      }
    }
    const existing = [...this.states.values()].filter((s) => s.topic !== topic).map((s) => ({ topic: s.topic, partition: s.partition, from: { offset: s.position } as StartPosition }));
    this.assign([...existing, ...list.map((partition) => ({ topic, partition, ...(from === undefined ? {} : { from }) }))]);
  }

  /** The assigned partitions. */
  assignment(): Array<{ topic: string; partition: number }> {
    return [...this.states.values()].map((s) => ({ topic: s.topic, partition: s.partition }));
  }

  /** Moves a partition's position; records fetched for the old position are discarded. */
  seek(topic: string, partition: number, to: StartPosition): void {
    const state = this.states.get(stateKey(topic, partition));
    if (state === undefined) throw new Error(`${topic}-${partition} is not assigned`);
    state.epoch++;
    state.pendingReset = to;
    state.fetchOffset = -1;
    state.position = -1;
    state.retryAtMs = 0;
    this.dropChunks((c) => c.state === state);
    this.pump();
  }

  /** The next offset the reader will get for a partition (-1 while the start is being resolved). */
  position(topic: string, partition: number): number {
    return this.states.get(stateKey(topic, partition))?.position ?? -1;
  }

  /** The high watermark seen by the last fetch of a partition (-1 before any). */
  highWatermark(topic: string, partition: number): number {
    return this.states.get(stateKey(topic, partition))?.highWatermark ?? -1;
  }

  /**
   * The next batch of records, waiting up to timeoutMs (forever when undefined); null on
   * timeout or once stopped. Throws the error that failed the consumer (OFFSET_OUT_OF_RANGE
   * with autoOffsetReset 'none', a corrupt batch, a non-retriable fetch error).
   */
  async nextBatch(timeoutMs?: number): Promise<ConsumerBatch | null> {
    const deadline = timeoutMs === undefined ? Infinity : performance.now() + timeoutMs;
    for (;;) {
      if (this.failure !== null) throw this.failure;
      if (this.isStopped) return null;
      const batch = this.takeBatch();
      if (batch !== null) return batch;
      const remaining = deadline - performance.now();
      if (remaining <= 0) return null;
      await new Promise<void>((resolve) => {
        const timer = remaining === Infinity ? null : setTimeout(resolve, remaining);
        this.wake = () => {
          if (timer !== null) clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /** Records of the next batch, or [] after timeoutMs without any (Java's poll). */
  async poll(timeoutMs: number): Promise<ConsumerRecord[]> {
    const batch = await this.nextBatch(timeoutMs);
    return batch === null ? [] : toConsumerRecords(batch);
  }

  /** Batches until stop(). */
  async *batches(): AsyncGenerator<ConsumerBatch> {
    for (;;) {
      const batch = await this.nextBatch();
      if (batch === null) return;
      yield batch;
    }
  }

  /** Records until stop(). */
  async *records(): AsyncGenerator<ConsumerRecord> {
    for await (const batch of this.batches()) yield* toConsumerRecords(batch);
  }

  [Symbol.asyncIterator](): AsyncIterator<ConsumerRecord> {
    return this.records();
  }

  /** Calls the handler for every record (or batch) until stop(); awaits the handler before going on. */
  async run(handler: { eachRecord?: (record: ConsumerRecord) => void | Promise<void>; eachBatch?: (batch: ConsumerBatch) => void | Promise<void> }): Promise<void> {
    for await (const batch of this.batches()) {
      if (handler.eachBatch !== undefined) await handler.eachBatch(batch);
      if (handler.eachRecord !== undefined) for (const record of toConsumerRecords(batch)) await handler.eachRecord(record);
    }
  }

  /** Stops reading: pending and later reads return null/end; in-flight fetches are awaited. */
  async stop(): Promise<void> {
    this.isStopped = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.wake?.();
    await Promise.allSettled([...this.inFlightFetches]);
  }

  /** Stops, and closes the client if the consumer made it. */
  async close(): Promise<void> {
    if (this.isClosed) return;
    await this.stop();
    this.isClosed = true;
    this.chunks.length = 0;
    if (this.ownsClient) await this.client.close();
  }

  private checkOpen(): void {
    if (this.isClosed) throw new ClientClosedError('consumer');
  }

  private defaultStart(): StartPosition {
    return this.autoOffsetReset === 'earliest' ? 'earliest' : 'latest';
  }

  private fail(error: Error): void {
    if (this.failure === null) this.failure = error;
    this.wake?.();
  }

  private dropChunks(match: (chunk: FetchedChunk) => boolean): void {
    for (let i = this.chunks.length - 1; i >= 0; i--) {
      const chunk = this.chunks[i]!;
      if (match(chunk)) {
        this.bufferedBytes -= chunk.records.length;
        this.chunks.splice(i, 1);
      }
    }
  }

  /** Decodes the next batch at or past its partition's position from the buffered chunks. */
  private takeBatch(): ConsumerBatch | null {
    while (this.chunks.length > 0) {
      const chunk = this.chunks[0]!;
      const state = chunk.state;
      if (chunk.epoch !== state.epoch || this.states.get(stateKey(state.topic, state.partition)) !== state || chunk.pos >= chunk.records.length) {
        this.chunks.shift();
        this.bufferedBytes -= chunk.records.length;
        this.pump();
        continue;
      }
      let decoded;
      try {
        decoded = decodeRecordBatch(chunk.records, chunk.pos, { verifyCrc: this.checkCrcs });
      } catch (error) {
        this.fail(new KafkaError(ErrorCode.CORRUPT_MESSAGE, `${state.topic}-${state.partition} at offset ${lastOffsetAt(chunk.records, chunk.pos)}: ${(error as Error).message}`));
        return null;
      }
      chunk.pos += decoded.sizeBytes;
      const nextOffset = decoded.header.baseOffset + decoded.header.lastOffsetDelta + 1;
      if (decoded.isControl) {
        if (nextOffset > state.position) state.position = nextOffset;
        continue;
      }
      const skipBelow = Math.max(chunk.skipBelow, state.position);
      let records = decoded.records;
      if (records.length > 0 && records[0]!.offset < skipBelow) records = records.filter((r) => r.offset >= skipBelow);
      if (nextOffset > state.position) state.position = nextOffset;
      if (records.length === 0) continue;
      return { topic: state.topic, partition: state.partition, records, highWatermark: chunk.highWatermark, sizeBytes: decoded.sizeBytes };
    }
    return null;
  }

  /** Starts what can start: position resets, and one fetch per leader while the buffer has room. */
  private pump(): void {
    if (this.isStopped || this.isClosed || this.failure !== null) return;
    const nowMs = this.client.nowMs();
    let nextRetryMs = Infinity;
    const resets: PartitionState[] = [];
    const byLeader = new Map<number, PartitionState[]>();
    let needsMetadata = false;
    const isBufferFull = this.bufferedBytes >= this.prefetchBytesMax;
    for (const state of this.states.values()) {
      if (state.isInFlight || state.isResetting) continue;
      if (state.retryAtMs > nowMs) {
        nextRetryMs = Math.min(nextRetryMs, state.retryAtMs);
        continue;
      }
      if (state.pendingReset !== null) {
        resets.push(state);
        continue;
      }
      if (isBufferFull) continue;
      const leader = this.client.cachedTopic(state.topic)?.partitions[state.partition]?.leader ?? -1;
      if (leader < 0) {
        needsMetadata = true;
        continue;
      }
      if (this.nodesInFlight.has(leader)) continue;
      const list = byLeader.get(leader) ?? [];
      list.push(state);
      byLeader.set(leader, list);
    }
    if (resets.length > 0) this.resetPositions(resets);
    for (const [leader, list] of byLeader) this.fetch(leader, list);
    if (needsMetadata) this.refreshMetadata();
    if (nextRetryMs < Infinity && this.retryTimer === null) {
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        this.pump();
      }, Math.max(0, nextRetryMs - nowMs));
    }
  }

  /** Refreshes metadata for the assigned topics, at most once per retry.backoff.ms. */
  private refreshMetadata(): void {
    if (this.isRefreshing) return;
    this.isRefreshing = true;
    const topics = [...new Set([...this.states.values()].map((s) => s.topic))];
    const task = (async () => {
      const waitMs = this.lastRefreshMs + this.client.retryBackoffMs - this.client.nowMs();
      if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
      this.lastRefreshMs = this.client.nowMs();
      if (this.isStopped) return;
      await this.client.refreshMetadata(topics).catch(() => undefined);
    })();
    void task.finally(() => {
      this.isRefreshing = false;
    });
    this.track(task);
  }

  private backOff(state: PartitionState, attempt = 0): void {
    state.retryAtMs = this.client.nowMs() + this.client.backoffMs(attempt);
  }

  /** Resolves pending start positions with ListOffsets, one call per topic and spec. */
  private resetPositions(states: PartitionState[]): void {
    const groups = new Map<string, { topic: string; spec: OffsetSpec | null; states: PartitionState[] }>();
    for (const state of states) {
      const from = state.pendingReset!;
      if (typeof from === 'object' && 'offset' in from) {
        state.pendingReset = null;
        state.fetchOffset = from.offset;
        state.position = from.offset;
        continue;
      }
      const spec: OffsetSpec = from;
      const key = `${typeof spec === 'string' ? spec : `t${spec.timestamp}`}:${state.topic}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { topic: state.topic, spec, states: [] };
        groups.set(key, group);
      }
      group.states.push(state);
    }
    for (const group of groups.values()) {
      const epochs = group.states.map((s) => s.epoch);
      for (const s of group.states) s.isResetting = true;
      const spec = group.spec!;
      const task = (async () => {
        try {
          let offsets = await this.admin.listOffsets(group.topic, spec, group.states.map((s) => s.partition));
          // No record at or after the timestamp: start at the end, as the Java consumer does.
          const missing = offsets.filter((o) => o.offset < 0).map((o) => o.partition);
          if (missing.length > 0) {
            const latest = await this.admin.listOffsets(group.topic, 'latest', missing);
            offsets = offsets.filter((o) => o.offset >= 0).concat(latest);
          }
          group.states.forEach((state, i) => {
            state.isResetting = false;
            if (state.epoch !== epochs[i]) return;
            const found = offsets.find((o) => o.partition === state.partition);
            if (found === undefined) return;
            state.pendingReset = null;
            state.fetchOffset = found.offset;
            state.position = found.offset;
          });
        } catch (error) {
          for (const s of group.states) {
            s.isResetting = false;
            this.backOff(s, 2);
          }
          if (!isRetriable(error)) this.fail(error as Error);
        }
      })();
      this.track(task);
    }
    this.pump();
  }

  private track(task: Promise<void>): void {
    this.inFlightFetches.add(task);
    void task.finally(() => {
      this.inFlightFetches.delete(task);
      this.pump();
    });
  }

  private fetch(leader: number, states: PartitionState[]): void {
    // Rotate the partition order so each gets to be first (and so never starved by maxBytes).
    const start = this.rotation++ % states.length;
    const ordered = states.slice(start).concat(states.slice(0, start));
    const epochs = ordered.map((s) => s.epoch);
    const offsets = ordered.map((s) => s.fetchOffset);
    for (const s of ordered) s.isInFlight = true;
    this.nodesInFlight.add(leader);
    const task = (async () => {
      let response: FetchResponse;
      let topicIds = new Map<string, string>();
      try {
        const connection = await this.client.connectionTo(leader);
        // Fetch v13+ names topics by id (KIP-516); without ids in metadata, stay at v12.
        topicIds = new Map(ordered.map((s) => [s.topic, this.client.cachedTopic(s.topic)?.topicId ?? ZERO_UUID]));
        const hasIds = [...topicIds.values()].every((id) => id !== ZERO_UUID);
        const version = Math.min(connection.versionFor(ApiKey.Fetch, 4), hasIds ? 17 : 12);
        const topics: FetchRequestFetchTopic[] = [];
        const byTopic = new Map<string, FetchRequestFetchTopic>();
        ordered.forEach((s, i) => {
          let t = byTopic.get(s.topic);
          if (t === undefined) {
            t = { topic: s.topic, topicId: topicIds.get(s.topic)!, partitions: [] };
            byTopic.set(s.topic, t);
            topics.push(t);
          }
          t.partitions.push({ partition: s.partition, currentLeaderEpoch: -1, fetchOffset: BigInt(offsets[i]!), lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: this.partitionMaxBytes });
        });
        response = await connection.send(
          ApiKey.Fetch,
          { replicaId: -1, maxWaitMs: this.maxWaitMs, minBytes: this.minBytes, maxBytes: this.maxBytes, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics, forgottenTopicsData: [], rackId: '' },
          { version, timeoutMs: this.client.requestTimeoutMs + this.maxWaitMs },
        );
      } catch (error) {
        for (const s of ordered) {
          s.isInFlight = false;
          this.backOff(s, 1);
        }
        this.nodesInFlight.delete(leader);
        if (isRetriable(error)) {
          this.client.invalidateMetadata();
          this.refreshMetadata();
        } else {
          this.fail(error as Error);
        }
        return;
      }
      this.nodesInFlight.delete(leader);
      for (const s of ordered) s.isInFlight = false;
      if (response.errorCode !== ErrorCode.NONE) {
        const error = new KafkaError(response.errorCode, `fetch from broker ${leader}`);
        for (const s of ordered) this.backOff(s, 1);
        if (!error.retriable) this.fail(error);
        return;
      }
      const byId = new Map([...topicIds].map(([name, id]) => [id, name]));
      for (const t of response.responses) {
        const topic = t.topic !== '' ? t.topic : (byId.get(t.topicId) ?? '');
        for (const p of t.partitions) {
          const i = ordered.findIndex((s) => s.topic === topic && s.partition === p.partitionIndex);
          if (i < 0) continue;
          this.onPartitionData(ordered[i]!, epochs[i]!, offsets[i]!, p.errorCode, p.highWatermark, p.records);
        }
      }
    })();
    this.track(task);
  }

  private onPartitionData(state: PartitionState, epoch: number, fetchOffset: number, errorCode: number, highWatermark: bigint, records: Buffer | null): void {
    if (state.epoch !== epoch || this.states.get(stateKey(state.topic, state.partition)) !== state) return;
    if (errorCode === ErrorCode.NONE) {
      state.highWatermark = Number(highWatermark);
      if (records === null || records.length === 0) return;
      let complete = 0;
      let nextOffset = fetchOffset;
      for (const span of iterateBatchSpans(records)) {
        complete = span.position + span.sizeBytes;
        nextOffset = Math.max(nextOffset, lastOffsetAt(records, span.position) + 1);
      }
      if (complete === 0) return;
      state.fetchOffset = nextOffset;
      const view = records.subarray(0, complete);
      this.chunks.push({ state, epoch, records: view, skipBelow: fetchOffset, highWatermark: state.highWatermark, pos: 0 });
      this.bufferedBytes += view.length;
      this.wake?.();
      return;
    }
    if (errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
      if (this.autoOffsetReset === 'none') {
        this.fail(new KafkaError(errorCode, `${state.topic}-${state.partition} at offset ${fetchOffset}`));
        return;
      }
      state.epoch++;
      this.dropChunks((c) => c.state === state);
      state.pendingReset = this.autoOffsetReset;
      state.fetchOffset = -1;
      return;
    }
    const error = new KafkaError(errorCode, `fetch ${state.topic}-${state.partition}`);
    if (error.retriable || isStaleMetadataCode(errorCode)) {
      this.backOff(state, 1);
      if (isStaleMetadataCode(errorCode)) {
        this.client.invalidateMetadata();
        this.refreshMetadata();
      }
      return;
    }
    this.fail(error);
  }
}

/** The records of a batch with their topic and partition. */
export function toConsumerRecords(batch: ConsumerBatch): ConsumerRecord[] {
  const out = new Array<ConsumerRecord>(batch.records.length);
  for (let i = 0; i < batch.records.length; i++) {
    const r = batch.records[i]!;
    out[i] = { topic: batch.topic, partition: batch.partition, offset: r.offset, timestamp: r.timestamp, key: r.key, value: r.value, headers: r.headers };
  }
  return out;
}
