import { Admin, Consumer, ErrorCode, KafkaError, Producer } from '@gregor/client';
import type { CompressionName } from '@gregor/protocol';
import { Option, type Command } from 'commander';
import {
  BENCH_TIMESTAMP_BYTES,
  formatConsumeFinal,
  formatEndToEnd,
  formatFinal,
  formatWindow,
  LatencyStats,
  readBenchTimestamp,
  splitEvenly,
  splitRoundRobin,
  writeBenchTimestamp,
  type FinalReport,
} from './bench-stats.js';
import { addBootstrapOption, COMPRESSION_CHOICES, parseAcks, parseInteger, processIo, toJson, type CliIo, type CommonFlags } from './common.js';

/**
 * `gregor bench produce|consume`: load generators with the knobs of kafka-producer-perf-test,
 * kafka-consumer-perf-test and the OpenMessaging Benchmark: record size, batch size and linger,
 * partitions, producers, consumers, acks, compression and a target rate. The producer bench
 * sends --num-records records of --record-size random uppercase letters (as Kafka's tool does,
 * so compression ratios compare), reporting every ~2 s and at the end with latency percentiles
 * from send() to acknowledgement. With --end-to-end, consumers read the topic from its end
 * while the producers write, and each record's first 8 bytes carry its send time, so the
 * consumers measure produce-to-consume latency.
 *
 * Producers and consumers are separate client instances (each with its own connections) in this
 * one process: on a small machine a second process would only take CPU from the broker.
 */

const REPORT_INTERVAL_MS = 2000;
/** Records of a --producers run each producer sends between turns of the event loop, at most. */
const RECORDS_PER_TURN_MAX = 256;
/** How long an end-to-end consumer keeps reading after the producers finished. */
const END_TO_END_DRAIN_MS = 10_000;

interface ProduceBenchFlags extends CommonFlags {
  topic: string;
  numRecords: number;
  recordSize: number;
  throughput: number;
  acks: 0 | 1 | -1;
  batchSize?: number;
  lingerMs?: number;
  compression: CompressionName;
  partitions?: number;
  replicationFactor?: number;
  bufferMemory?: number;
  maxInFlight: number;
  producers: number;
  endToEnd?: boolean;
  consumers: number;
}

interface ConsumeBenchFlags extends CommonFlags {
  topic: string;
  numRecords: number;
  timeoutMs: number;
  consumers: number;
  fetchMaxBytes?: number;
  partitionFetchMaxBytes?: number;
}

export interface ConsumeBenchReport {
  records: number;
  bytes: number;
  elapsedMs: number;
  recordsPerSec: number;
  mbPerSec: number;
  fetchedBatches: number;
  consumers: number;
}

/** The producer bench's result: totals and produce latency, plus end-to-end latency with --end-to-end. */
export interface ProduceBenchReport extends FinalReport {
  producers: number;
  endToEnd?: FinalReport;
}

/** Creates the topic if it is missing (with --partitions, default 1); returns its partition count. */
async function ensureTopic(bootstrapServer: string, topic: string, partitions: number | undefined, replicationFactor: number | undefined, io: CliIo): Promise<number> {
  const admin = new Admin({ bootstrapServers: bootstrapServer, clientId: 'gregor-bench', retries: 3 });
  try {
    try {
      const [described] = await admin.describeTopics([topic]);
      if (partitions !== undefined && described!.partitions.length !== partitions) {
        io.stderr.write(`note: topic ${topic} exists with ${described!.partitions.length} partition(s); --partitions ${partitions} is ignored\n`);
      }
      return described!.partitions.length;
    } catch (error) {
      if (!(error instanceof KafkaError) || error.code !== ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) throw error;
    }
    try {
      await admin.createTopics([{ name: topic, numPartitions: partitions ?? 1, replicationFactor: replicationFactor ?? -1 }]);
    } catch (error) {
      if (!(error instanceof KafkaError) || error.code !== ErrorCode.TOPIC_ALREADY_EXISTS) throw error;
    }
    return partitions ?? 1;
  } finally {
    await admin.close();
  }
}

/** A payload of random uppercase letters, as ProducerPerformance builds it. */
export function benchPayload(recordSize: number, random: () => number = Math.random): Buffer {
  const payload = Buffer.allocUnsafe(recordSize);
  for (let i = 0; i < recordSize; i++) payload[i] = 65 + Math.floor(random() * 26);
  return payload;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Wall-clock ms with sub-ms precision, comparable across processes on one machine. */
const wallClockMs = (): number => performance.timeOrigin + performance.now();

/** Produce progress and latency shared by every producer of a run. */
interface ProduceShared {
  readonly stats: LatencyStats;
  failure: unknown;
}

/**
 * One producer's loop: sends `count` records at `throughput` records/s (-1: unthrottled),
 * waiting for buffer space when the producer asks for it (buffer.memory) and giving the sender
 * a turn about every batch.
 */
async function runProducer(producer: Producer, flags: ProduceBenchFlags, count: number, throughput: number, shared: ProduceShared): Promise<void> {
  const payload = benchPayload(flags.recordSize);
  const record = { topic: flags.topic, value: payload };
  const recordSize = flags.recordSize;
  const stats = shared.stats;
  const onError = (error: unknown): void => {
    if (shared.failure === null) shared.failure = error;
  };
  const yieldEvery = Math.max(1, Math.min(RECORDS_PER_TURN_MAX, Math.floor((flags.batchSize ?? 16_384) / Math.max(1, recordSize))));
  const startMs = performance.now();
  for (let i = 0; i < count && shared.failure === null; i++) {
    const sentAt = performance.now();
    // The producer copies the value into its batch within send(), so the one buffer is reused.
    if (flags.endToEnd === true) writeBenchTimestamp(payload, performance.timeOrigin + sentAt);
    producer.sendWithCallback(record, (error) => (error === null ? stats.record(performance.now() - sentAt, recordSize) : onError(error)));
    if (producer.waitingCount > 0) await producer.whenReady();
    else if (i % yieldEvery === yieldEvery - 1) await yieldToEventLoop();
    if (throughput > 0) {
      const aheadMs = ((i + 1) * 1000) / throughput - (performance.now() - startMs);
      if (aheadMs > 1) await sleep(aheadMs);
    }
  }
  await producer.flush();
}

/** Consumers reading from the log end and recording each record's age (end-to-end latency). */
interface EndToEndReaders {
  readonly consumers: Consumer[];
  readonly stats: LatencyStats;
  /** Resolves when `expected` records were read or reading stopped. */
  readonly done: Promise<void>;
  /** Reads on for up to END_TO_END_DRAIN_MS more, then stops. */
  finish(): Promise<void>;
}

async function startEndToEndReaders(flags: ProduceBenchFlags, partitionCount: number, io: CliIo): Promise<EndToEndReaders> {
  const stats = new LatencyStats(flags.numRecords, performance.now());
  const groups = splitRoundRobin(Array.from({ length: partitionCount }, (_, p) => p), flags.consumers);
  const consumers = groups.map(
    () =>
      new Consumer({
        bootstrapServers: flags.bootstrapServer,
        clientId: 'gregor-end-to-end-perf',
        maxWaitMs: 500,
      }),
  );
  await Promise.all(consumers.map((c, i) => c.assignTopic(flags.topic, 'latest', groups[i]!)));
  // Producing may begin only once every partition's start offset is resolved (ListOffsets latest).
  for (let waitedMs = 0; consumers.some((c, i) => groups[i]!.some((p) => c.position(flags.topic, p) < 0)); waitedMs += 10) {
    if (waitedMs > 30_000) throw new Error('end-to-end consumers did not get their start offsets within 30 s');
    await sleep(10);
  }
  let read = 0;
  let isStopping = false;
  let stopAtMs = Infinity;
  const readLoop = async (consumer: Consumer): Promise<void> => {
    while (read < flags.numRecords) {
      const waitMs = Math.min(500, stopAtMs - performance.now());
      if (isStopping && waitMs <= 0) break;
      const batch = await consumer.nextBatch(Math.max(1, waitMs));
      if (batch === null) continue;
      const nowMs = wallClockMs();
      for (const r of batch.records) {
        const value = r.value;
        if (value === null || value.length < BENCH_TIMESTAMP_BYTES) continue;
        stats.record(nowMs - readBenchTimestamp(value), value.length + (r.key?.length ?? 0));
        read++;
      }
    }
  };
  const done = Promise.all(consumers.map(readLoop)).then(() => undefined);
  return {
    consumers,
    stats,
    done,
    async finish() {
      isStopping = true;
      stopAtMs = performance.now() + END_TO_END_DRAIN_MS;
      await done;
      if (read < flags.numRecords) io.stderr.write(`end-to-end: read ${read} of ${flags.numRecords} records within ${END_TO_END_DRAIN_MS} ms of the last send\n`);
    },
  };
}

export async function runProduceBench(flags: ProduceBenchFlags, io: CliIo): Promise<ProduceBenchReport> {
  const partitionCount = await ensureTopic(flags.bootstrapServer, flags.topic, flags.partitions, flags.replicationFactor, io);
  if (flags.endToEnd === true && flags.recordSize < BENCH_TIMESTAMP_BYTES) {
    throw new RangeError(`--end-to-end needs --record-size of at least ${BENCH_TIMESTAMP_BYTES} (the send time rides in the value)`);
  }
  const progress = flags.json ? io.stderr : io.stdout;
  const readers = flags.endToEnd === true ? await startEndToEndReaders(flags, partitionCount, io) : null;
  const producerCount = Math.max(1, flags.producers);
  const producers = Array.from(
    { length: producerCount },
    (_, i) =>
      new Producer({
        bootstrapServers: flags.bootstrapServer,
        clientId: `gregor-producer-perf-${i}`,
        acks: flags.acks,
        compression: flags.compression,
        maxInFlightPerPartition: flags.maxInFlight,
        ...(flags.batchSize !== undefined ? { batchBytes: flags.batchSize } : {}),
        ...(flags.lingerMs !== undefined ? { lingerMs: flags.lingerMs } : {}),
        ...(flags.bufferMemory !== undefined ? { bufferBytes: flags.bufferMemory } : {}),
      }),
  );
  const startMs = performance.now();
  const shared: ProduceShared = { stats: new LatencyStats(flags.numRecords, startMs), failure: null };
  let nextReportMs = startMs + REPORT_INTERVAL_MS;
  const reporter = setInterval(() => {
    const now = performance.now();
    if (now >= nextReportMs) {
      progress.write(formatWindow(shared.stats.takeWindow(now)) + '\n');
      nextReportMs = now + REPORT_INTERVAL_MS;
    }
  }, 250);
  const counts = splitEvenly(flags.numRecords, producerCount);
  let produced: FinalReport;
  try {
    await Promise.all(
      producers.map((producer, i) => runProducer(producer, flags, counts[i]!, flags.throughput > 0 ? (flags.throughput * counts[i]!) / flags.numRecords : -1, shared)),
    );
    produced = shared.stats.final(performance.now());
    if (readers !== null && shared.failure === null) await readers.finish();
  } finally {
    clearInterval(reporter);
    await Promise.all(producers.map((p) => p.close()));
    if (readers !== null) {
      await Promise.all(readers.consumers.map((c) => c.stop()));
      await Promise.all(readers.consumers.map((c) => c.close()));
    }
  }
  if (shared.failure !== null) throw shared.failure;
  return { ...produced, producers: producerCount, ...(readers !== null ? { endToEnd: readers.stats.final(performance.now()) } : {}) };
}

export async function runConsumeBench(flags: ConsumeBenchFlags, io: CliIo): Promise<ConsumeBenchReport> {
  const admin = new Admin({ bootstrapServers: flags.bootstrapServer, clientId: 'gregor-bench', retries: 3 });
  let partitionCount: number;
  try {
    partitionCount = (await admin.describeTopics([flags.topic]))[0]!.partitions.length;
  } finally {
    await admin.close();
  }
  const groups = splitRoundRobin(Array.from({ length: partitionCount }, (_, p) => p), Math.max(1, flags.consumers));
  const consumers = groups.map(
    () =>
      new Consumer({
        bootstrapServers: flags.bootstrapServer,
        clientId: 'gregor-consumer-perf',
        maxWaitMs: 500,
        ...(flags.fetchMaxBytes !== undefined ? { maxBytes: flags.fetchMaxBytes } : {}),
        ...(flags.partitionFetchMaxBytes !== undefined ? { partitionMaxBytes: flags.partitionFetchMaxBytes } : {}),
      }),
  );
  const progress = flags.json ? io.stderr : io.stdout;
  let records = 0;
  let bytes = 0;
  let fetchedBatches = 0;
  let startMs = 0;
  // Throughput counts to the last record read: closing waits for a long-poll fetch still open.
  let lastRecordMs = 0;
  let windowStart = 0;
  let windowRecords = 0;
  let windowBytes = 0;
  const readLoop = async (consumer: Consumer): Promise<void> => {
    while (records < flags.numRecords) {
      const batch = await consumer.nextBatch(flags.timeoutMs);
      if (batch === null) {
        if (records < flags.numRecords) io.stderr.write(`no record for ${flags.timeoutMs} ms after ${records} records; stopping\n`);
        return;
      }
      fetchedBatches++;
      for (const r of batch.records) {
        if (records >= flags.numRecords) break;
        const size = (r.key?.length ?? 0) + (r.value?.length ?? 0);
        records++;
        bytes += size;
        windowRecords++;
        windowBytes += size;
      }
      const now = performance.now();
      lastRecordMs = now;
      if (now - windowStart >= REPORT_INTERVAL_MS) {
        const seconds = (now - windowStart) / 1000;
        progress.write(`${windowRecords} records consumed, ${(windowRecords / seconds).toFixed(1)} records/sec (${(windowBytes / 1048576 / seconds).toFixed(2)} MB/sec).\n`);
        windowStart = now;
        windowRecords = 0;
        windowBytes = 0;
      }
    }
    // The others may still wait on a fetch: stop them all once the total is reached.
    await Promise.all(consumers.map((c) => c.stop()));
  };
  try {
    await Promise.all(consumers.map((c, i) => c.assignTopic(flags.topic, 'earliest', groups[i]!)));
    startMs = performance.now();
    windowStart = startMs;
    await Promise.all(consumers.map(readLoop));
  } finally {
    await Promise.all(consumers.map((c) => c.close()));
  }
  const elapsedMs = Math.max(0, lastRecordMs - startMs);
  const seconds = Math.max(1e-9, elapsedMs / 1000);
  return { records, bytes, elapsedMs, recordsPerSec: records / seconds, mbPerSec: bytes / 1048576 / seconds, fetchedBatches, consumers: consumers.length };
}

export function registerBenchCommands(program: Command, io: CliIo = processIo): void {
  const bench = program.command('bench').description('producer and consumer load tests (like kafka-*-perf-test)');

  addBootstrapOption(
    bench
      .command('produce')
      .description('send records as fast as allowed and report throughput and latency')
      .requiredOption('--topic <name>', 'topic (created if missing)')
      .requiredOption('--num-records <n>', 'records to send (in total over all producers)', parseInteger('--num-records', 1))
      .option('--record-size <bytes>', 'value size of each record', parseInteger('--record-size', 0), 1024)
      .option('--throughput <n>', 'records/s to aim for over all producers; -1 for as fast as possible', parseInteger('--throughput', -1), -1)
      .addOption(new Option('--acks <acks>', 'acknowledgements: 0, 1 or all').default(-1, 'all').argParser(parseAcks))
      .option('--batch-size <bytes>', 'batch.size', parseInteger('--batch-size', 128))
      .option('--linger-ms <ms>', 'linger.ms', parseInteger('--linger-ms', 0))
      .option('--buffer-memory <bytes>', 'buffer.memory', parseInteger('--buffer-memory', 1024))
      .option('--max-in-flight <n>', 'batches of one partition in flight per producer (max.in.flight.requests.per.connection)', parseInteger('--max-in-flight', 1), 5)
      .addOption(new Option('--compression <codec>', 'compression.type').choices(COMPRESSION_CHOICES).default('none'))
      .option('--partitions <n>', 'partitions when creating the topic (default 1)', parseInteger('--partitions', 1))
      .option('--replication-factor <n>', 'replication factor when creating the topic (default: the broker\'s)', parseInteger('--replication-factor', 1))
      .option('--producers <n>', 'producer instances, each with its own connections, sharing --num-records and --throughput', parseInteger('--producers', 1), 1)
      .option('--end-to-end', 'also read the topic from its end and report produce-to-consume latency (send time rides in the value\'s first 8 bytes)')
      .option('--consumers <n>', 'consumer instances for --end-to-end, partitions split between them', parseInteger('--consumers', 1), 1)
      .option('--json', 'print the final result as JSON (progress goes to stderr)'),
  ).action(async (flags: ProduceBenchFlags) => {
    const report = await runProduceBench(flags, io);
    if (flags.json) io.stdout.write(toJson(report) + '\n');
    else {
      io.stdout.write(formatFinal(report) + '\n');
      if (report.endToEnd !== undefined) io.stdout.write(formatEndToEnd(report.endToEnd) + '\n');
    }
  });

  addBootstrapOption(
    bench
      .command('consume')
      .description('read records from the beginning and report throughput')
      .requiredOption('--topic <name>', 'topic to read')
      .requiredOption('--num-records <n>', 'records to read (in total over all consumers)', parseInteger('--num-records', 1))
      .option('--timeout-ms <ms>', 'stop after this long without a record', parseInteger('--timeout-ms', 1), 10_000)
      .option('--consumers <n>', 'consumer instances, partitions split between them', parseInteger('--consumers', 1), 1)
      .option('--fetch-max-bytes <bytes>', 'fetch.max.bytes', parseInteger('--fetch-max-bytes', 1))
      .option('--partition-fetch-max-bytes <bytes>', 'max.partition.fetch.bytes', parseInteger('--partition-fetch-max-bytes', 1))
      .option('--json', 'print the final result as JSON (progress goes to stderr)'),
  ).action(async (flags: ConsumeBenchFlags) => {
    const r = await runConsumeBench(flags, io);
    io.stdout.write(flags.json ? toJson(r) + '\n' : formatConsumeFinal(r) + '\n');
  });
}
