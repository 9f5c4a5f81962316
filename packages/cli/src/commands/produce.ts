import { createInterface } from 'node:readline';
import { Producer, type ProducerRecord, type RecordMetadata } from '@gregor/client';
import type { CompressionName } from '@gregor/protocol';
import { Option, type Command } from 'commander';
import {
  addBootstrapOption,
  collectKeyValue,
  COMPRESSION_CHOICES,
  parseAcks,
  parseInteger,
  processIo,
  toJson,
  type CliIo,
  type CommonFlags,
} from './common.js';

/**
 * `gregor produce <topic>`: the console producer. Each stdin line is a record (value, or
 * key<sep>value with --key-separator, or a JSON object with --json); --value sends one record.
 * Records are sent without waiting for each acknowledgement (the producer batches them) and a
 * summary of what was written is printed at the end.
 */

interface ProduceFlags extends CommonFlags {
  keySeparator?: string;
  header?: Map<string, string>;
  partition?: number;
  acks: 0 | 1 | -1;
  compression: CompressionName;
  lingerMs?: number;
  batchSize?: number;
  value?: string;
  key?: string;
}

export interface ProduceSummary {
  topic: string;
  count: number;
  failed: number;
  /** Per partition: first and last offset written (-1 with acks=0) and the record count. */
  partitions: Array<{ partition: number; count: number; firstOffset: number; lastOffset: number }>;
  errors: string[];
}

/** One JSON input line: {"key","value","headers","partition"}. */
export function parseJsonLine(line: string, topic: string, lineNumber: number): ProducerRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new Error(`line ${lineNumber}: invalid JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`line ${lineNumber}: expected a JSON object`);
  const o = parsed as Record<string, unknown>;
  const text = (v: unknown, field: string): string | null => {
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return JSON.stringify(v) ?? (() => { throw new Error(`line ${lineNumber}: bad ${field}`); })();
  };
  let headers: Array<{ key: string; value: string | null }> | undefined;
  if (Array.isArray(o.headers)) {
    headers = o.headers.map((h: unknown) => {
      const e = h as { key?: unknown; value?: unknown };
      if (typeof e?.key !== 'string') throw new Error(`line ${lineNumber}: a header needs a string "key"`);
      return { key: e.key, value: text(e.value, 'header value') };
    });
  } else if (o.headers !== undefined && o.headers !== null) {
    if (typeof o.headers !== 'object') throw new Error(`line ${lineNumber}: "headers" must be an object or a list`);
    headers = Object.entries(o.headers as Record<string, unknown>).map(([key, value]) => ({ key, value: text(value, 'header value') }));
  }
  const record: { -readonly [K in keyof ProducerRecord]: ProducerRecord[K] } = { topic, key: text(o.key, 'key'), value: text(o.value, 'value') };
  if (headers !== undefined) record.headers = headers;
  if (o.partition !== undefined && o.partition !== null) {
    if (typeof o.partition !== 'number' || !Number.isInteger(o.partition) || o.partition < 0) throw new Error(`line ${lineNumber}: "partition" must be a non-negative integer`);
    record.partition = o.partition;
  }
  if (typeof o.timestamp === 'number') record.timestamp = o.timestamp;
  return record;
}

/** One plain input line: value, or key<sep>value when a separator is given (no separator: null key). */
export function parseTextLine(line: string, topic: string, keySeparator: string | undefined): ProducerRecord {
  if (keySeparator === undefined || keySeparator === '') return { topic, value: line };
  const at = line.indexOf(keySeparator);
  if (at < 0) return { topic, key: null, value: line };
  return { topic, key: line.slice(0, at), value: line.slice(at + keySeparator.length) };
}

class SummaryCollector {
  private readonly partitions = new Map<number, { count: number; firstOffset: number; lastOffset: number }>();
  private readonly errors = new Map<string, number>();
  count = 0;
  failed = 0;

  ok(m: RecordMetadata): void {
    this.count++;
    const p = this.partitions.get(m.partition);
    if (p === undefined) this.partitions.set(m.partition, { count: 1, firstOffset: m.offset, lastOffset: m.offset });
    else {
      p.count++;
      if (m.offset >= 0) {
        p.firstOffset = p.firstOffset < 0 ? m.offset : Math.min(p.firstOffset, m.offset);
        p.lastOffset = Math.max(p.lastOffset, m.offset);
      }
    }
  }

  fail(error: unknown): void {
    this.failed++;
    const message = error instanceof Error ? error.message : String(error);
    this.errors.set(message, (this.errors.get(message) ?? 0) + 1);
  }

  summary(topic: string): ProduceSummary {
    return {
      topic,
      count: this.count,
      failed: this.failed,
      partitions: [...this.partitions].map(([partition, p]) => ({ partition, ...p })).sort((a, b) => a.partition - b.partition),
      errors: [...this.errors].map(([message, n]) => (n > 1 ? `${message} (x${n})` : message)),
    };
  }
}

export function registerProduceCommand(program: Command, io: CliIo = processIo): void {
  addBootstrapOption(
    program
      .command('produce')
      .description('write records read from stdin (one per line) or given with --value')
      .argument('<topic>', 'topic to write to')
      .option('--value <text>', 'send this one record instead of reading stdin')
      .option('--key <text>', 'key of the --value record')
      .option('--key-separator <sep>', 'split each line into key<sep>value')
      .option('--header <key=value>', 'header added to every record (repeatable)', collectKeyValue('--header'))
      .option('--partition <p>', 'write every record to this partition', parseInteger('--partition', 0))
      .addOption(new Option('--acks <acks>', 'acknowledgements: 0, 1 or all').default(-1, 'all').argParser(parseAcks))
      .addOption(new Option('--compression <codec>', 'compression.type').choices(COMPRESSION_CHOICES).default('none'))
      .option('--linger-ms <ms>', 'linger.ms', parseInteger('--linger-ms', 0))
      .option('--batch-size <bytes>', 'batch.size', parseInteger('--batch-size', 128))
      .option('--json', 'read JSON lines {"key","value","headers","partition"} and print the summary as JSON'),
  ).action(async (topic: string, flags: ProduceFlags) => {
    const producer = new Producer({
      bootstrapServers: flags.bootstrapServer,
      clientId: 'gregor-console-producer',
      acks: flags.acks,
      compression: flags.compression,
      ...(flags.lingerMs !== undefined ? { lingerMs: flags.lingerMs } : {}),
      ...(flags.batchSize !== undefined ? { batchBytes: flags.batchSize } : {}),
      maxBlockMs: 30_000,
    });
    const headers = flags.header === undefined ? undefined : [...flags.header].map(([key, value]) => ({ key, value }));
    const collector = new SummaryCollector();
    const pending = new Set<Promise<void>>();
    const send = (record: ProducerRecord): void => {
      const withExtras: ProducerRecord = {
        ...record,
        ...(flags.partition !== undefined && record.partition === undefined ? { partition: flags.partition } : {}),
        ...(headers !== undefined ? { headers: [...(Array.isArray(record.headers) ? record.headers : []), ...headers] } : {}),
      };
      const p: Promise<void> = producer.send(withExtras).then(
        (m) => collector.ok(m),
        (e: unknown) => collector.fail(e),
      );
      pending.add(p);
      void p.finally(() => pending.delete(p));
    };
    try {
      if (flags.value !== undefined) {
        send({ topic, key: flags.key ?? null, value: flags.value });
      } else {
        const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
        let lineNumber = 0;
        for await (const line of lines) {
          lineNumber++;
          if (flags.json) {
            if (line.trim() === '') continue;
            send(parseJsonLine(line, topic, lineNumber));
          } else {
            send(parseTextLine(line, topic, flags.keySeparator));
          }
          // Respect buffer.memory: stop reading while records wait for room.
          if (producer.waitingCount > 0) await producer.whenReady();
        }
      }
      await producer.flush();
      await Promise.all(pending);
    } finally {
      await producer.close();
    }
    const summary = collector.summary(topic);
    if (flags.json) {
      io.stdout.write(toJson(summary) + '\n');
    } else {
      const parts = summary.partitions.map((p) => (p.firstOffset < 0 ? `partition ${p.partition}: ${p.count}` : `partition ${p.partition}: offsets ${p.firstOffset}-${p.lastOffset}`));
      io.stdout.write(`Produced ${summary.count} record(s) to ${topic}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}.\n`);
      for (const e of summary.errors) io.stderr.write(`error: ${e}\n`);
    }
    if (summary.failed > 0) throw new Error(`${summary.failed} record(s) could not be produced`);
  });
}
