import { Admin, Consumer, ErrorCode, KafkaError, Producer } from '@gregor/client';
import type { CompressionName } from '@gregor/protocol';
import { Option, type Command } from 'commander';
import { formatFinal, formatWindow, LatencyStats, type FinalReport } from './bench-stats.js';
import { addBootstrapOption, COMPRESSION_CHOICES, parseAcks, parseInteger, processIo, toJson, type CliIo, type CommonFlags } from './common.js';

/**
 * `gregor bench produce|consume`: load generators in the manner of kafka-producer-perf-test and
 * kafka-consumer-perf-test. The producer bench sends --num-records records of --record-size
 * random uppercase letters (as Kafka's tool does, so compression ratios compare), throttled to
 * --throughput records/s when given, reporting every ~2 s and at the end with latency
 * percentiles measured from send() to acknowledgement.
 */

const REPORT_INTERVAL_MS = 2000;

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
  bufferMemory?: number;
}

interface ConsumeBenchFlags extends CommonFlags {
  topic: string;
  numRecords: number;
  timeoutMs: number;
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
}

/** Creates the topic if it is missing (with --partitions, default 1). */
async function ensureTopic(bootstrapServer: string, topic: string, partitions: number | undefined, io: CliIo): Promise<void> {
  const admin = new Admin({ bootstrapServers: bootstrapServer, clientId: 'gregor-bench', retries: 3 });
  try {
    try {
      const [described] = await admin.describeTopics([topic]);
      if (partitions !== undefined && described!.partitions.length !== partitions) {
        io.stderr.write(`note: topic ${topic} exists with ${described!.partitions.length} partition(s); --partitions ${partitions} is ignored\n`);
      }
      return;
    } catch (error) {
      if (!(error instanceof KafkaError) || error.code !== ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) throw error;
    }
    try {
      await admin.createTopics([{ name: topic, numPartitions: partitions ?? 1, replicationFactor: -1 }]);
    } catch (error) {
      if (!(error instanceof KafkaError) || error.code !== ErrorCode.TOPIC_ALREADY_EXISTS) throw error;
    }
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

export async function runProduceBench(flags: ProduceBenchFlags, io: CliIo): Promise<FinalReport> {
  await ensureTopic(flags.bootstrapServer, flags.topic, flags.partitions, io);
  const producer = new Producer({
    bootstrapServers: flags.bootstrapServer,
    clientId: 'gregor-producer-perf',
    acks: flags.acks,
    compression: flags.compression,
    ...(flags.batchSize !== undefined ? { batchBytes: flags.batchSize } : {}),
    ...(flags.lingerMs !== undefined ? { lingerMs: flags.lingerMs } : {}),
    ...(flags.bufferMemory !== undefined ? { bufferBytes: flags.bufferMemory } : {}),
  });
  const progress = flags.json ? io.stderr : io.stdout;
  const payload = benchPayload(flags.recordSize);
  const total = flags.numRecords;
  const startMs = performance.now();
  const stats = new LatencyStats(total, startMs);
  const record = { topic: flags.topic, value: payload };
  let failure: unknown = null;
  let nextReportMs = startMs + REPORT_INTERVAL_MS;
  const reporter = setInterval(() => {
    const now = performance.now();
    if (now >= nextReportMs) {
      progress.write(formatWindow(stats.takeWindow(now)) + '\n');
      nextReportMs = now + REPORT_INTERVAL_MS;
    }
  }, 250);
  // Give the sender a turn about every batch's worth of records, so batches leave while we append.
  const yieldEvery = Math.max(1, Math.floor((flags.batchSize ?? 16_384) / Math.max(1, flags.recordSize)));
  const onError = (error: unknown): void => {
    if (failure === null) failure = error;
  };
  try {
    for (let i = 0; i < total && failure === null; i++) {
      const sentAt = performance.now();
      producer.send(record).then(() => stats.record(performance.now() - sentAt, flags.recordSize), onError);
      if (producer.waitingCount > 0) await producer.whenReady();
      else if (i % yieldEvery === yieldEvery - 1) await yieldToEventLoop();
      if (flags.throughput > 0) {
        const aheadMs = ((i + 1) * 1000) / flags.throughput - (performance.now() - startMs);
        if (aheadMs > 1) await sleep(aheadMs);
      }
    }
    await producer.flush();
  } finally {
    clearInterval(reporter);
    await producer.close();
  }
  if (failure !== null) throw failure;
  return stats.final(performance.now());
}

export async function runConsumeBench(flags: ConsumeBenchFlags, io: CliIo): Promise<ConsumeBenchReport> {
  const consumer = new Consumer({
    bootstrapServers: flags.bootstrapServer,
    clientId: 'gregor-consumer-perf',
    maxWaitMs: 500,
    ...(flags.fetchMaxBytes !== undefined ? { maxBytes: flags.fetchMaxBytes } : {}),
    ...(flags.partitionFetchMaxBytes !== undefined ? { partitionMaxBytes: flags.partitionFetchMaxBytes } : {}),
  });
  const progress = flags.json ? io.stderr : io.stdout;
  let records = 0;
  let bytes = 0;
  let fetchedBatches = 0;
  let startMs = 0;
  try {
    await consumer.assignTopic(flags.topic, 'earliest');
    startMs = performance.now();
    let windowStart = startMs;
    let windowRecords = 0;
    let windowBytes = 0;
    while (records < flags.numRecords) {
      const batch = await consumer.nextBatch(flags.timeoutMs);
      if (batch === null) {
        io.stderr.write(`no record for ${flags.timeoutMs} ms after ${records} records; stopping\n`);
        break;
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
      if (now - windowStart >= REPORT_INTERVAL_MS) {
        const seconds = (now - windowStart) / 1000;
        progress.write(`${windowRecords} records consumed, ${(windowRecords / seconds).toFixed(1)} records/sec (${(windowBytes / 1048576 / seconds).toFixed(2)} MB/sec).\n`);
        windowStart = now;
        windowRecords = 0;
        windowBytes = 0;
      }
    }
  } finally {
    await consumer.close();
  }
  const elapsedMs = performance.now() - startMs;
  const seconds = Math.max(1e-9, elapsedMs / 1000);
  return { records, bytes, elapsedMs, recordsPerSec: records / seconds, mbPerSec: bytes / 1048576 / seconds, fetchedBatches };
}

export function registerBenchCommands(program: Command, io: CliIo = processIo): void {
  const bench = program.command('bench').description('producer and consumer load tests (like kafka-*-perf-test)');

  addBootstrapOption(
    bench
      .command('produce')
      .description('send records as fast as allowed and report throughput and latency')
      .requiredOption('--topic <name>', 'topic (created if missing)')
      .requiredOption('--num-records <n>', 'records to send', parseInteger('--num-records', 1))
      .option('--record-size <bytes>', 'value size of each record', parseInteger('--record-size', 0), 1024)
      .option('--throughput <n>', 'records/s to aim for; -1 for as fast as possible', parseInteger('--throughput', -1), -1)
      .addOption(new Option('--acks <acks>', 'acknowledgements: 0, 1 or all').default(-1, 'all').argParser(parseAcks))
      .option('--batch-size <bytes>', 'batch.size', parseInteger('--batch-size', 128))
      .option('--linger-ms <ms>', 'linger.ms', parseInteger('--linger-ms', 0))
      .option('--buffer-memory <bytes>', 'buffer.memory', parseInteger('--buffer-memory', 1024))
      .addOption(new Option('--compression <codec>', 'compression.type').choices(COMPRESSION_CHOICES).default('none'))
      .option('--partitions <n>', 'partitions when creating the topic (default 1)', parseInteger('--partitions', 1))
      .option('--json', 'print the final result as JSON (progress goes to stderr)'),
  ).action(async (flags: ProduceBenchFlags) => {
    const report = await runProduceBench(flags, io);
    io.stdout.write(flags.json ? toJson(report) + '\n' : formatFinal(report) + '\n');
  });

  addBootstrapOption(
    bench
      .command('consume')
      .description('read records from the beginning and report throughput')
      .requiredOption('--topic <name>', 'topic to read')
      .requiredOption('--num-records <n>', 'records to read', parseInteger('--num-records', 1))
      .option('--timeout-ms <ms>', 'stop after this long without a record', parseInteger('--timeout-ms', 1), 10_000)
      .option('--fetch-max-bytes <bytes>', 'fetch.max.bytes', parseInteger('--fetch-max-bytes', 1))
      .option('--partition-fetch-max-bytes <bytes>', 'max.partition.fetch.bytes', parseInteger('--partition-fetch-max-bytes', 1))
      .option('--json', 'print the final result as JSON (progress goes to stderr)'),
  ).action(async (flags: ConsumeBenchFlags) => {
    const r = await runConsumeBench(flags, io);
    io.stdout.write(
      flags.json
        ? toJson(r) + '\n'
        : `${r.records} records consumed in ${(r.elapsedMs / 1000).toFixed(2)} s: ${r.recordsPerSec.toFixed(1)} records/sec, ${(r.bytes / 1048576).toFixed(2)} MB (${r.mbPerSec.toFixed(2)} MB/sec), ${r.fetchedBatches} batches.\n`,
    );
  });
}
