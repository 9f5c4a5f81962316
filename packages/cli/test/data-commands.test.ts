// Goal: the topics, produce, consume and bench commands do what their flags say against a real
// broker, in human and --json output. Method: each command runs in-process through commander
// with captured stdout/stderr and a scripted stdin, against a single-node broker on 127.0.0.1.
import { Readable } from 'node:stream';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerBenchCommands } from '../src/commands/bench.js';
import type { CliIo } from '../src/commands/common.js';
import { registerConsumeCommand } from '../src/commands/consume.js';
import { registerProduceCommand } from '../src/commands/produce.js';
import { registerTopicsCommands } from '../src/commands/topics.js';
import { startBroker, type RunningBroker } from './broker-harness.js';

let running: RunningBroker;

beforeAll(async () => {
  running = await startBroker();
});

afterAll(async () => {
  await running?.stop();
});

interface Run {
  stdout: string;
  stderr: string;
}

async function gregor(args: string[], stdinLines: string[] = []): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from(stdinLines.map((l) => l + '\n')),
    onInterrupt: () => () => undefined,
  };
  const program = new Command().exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  registerTopicsCommands(program, io);
  registerProduceCommand(program, io);
  registerConsumeCommand(program, io);
  registerBenchCommands(program, io);
  await program.parseAsync([...args, '--bootstrap-server', running.bootstrap], { from: 'user' });
  return { stdout, stderr };
}

const jsonLines = (text: string): unknown[] => text.trim().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);

describe('gregor topics', () => {
  it('creates, lists, describes, alters and deletes a topic', async () => {
    expect((await gregor(['topics', 'create', 'orders', '--partitions', '3', '--replication-factor', '1', '--config', 'retention.ms=86400000'])).stdout).toBe(
      'Created topic orders (3 partition(s), replication factor 1).\n',
    );
    expect((await gregor(['topics', 'list'])).stdout.split('\n')).toContain('orders');
    expect(JSON.parse((await gregor(['topics', 'list', '--json'])).stdout)).toContain('orders');

    const human = (await gregor(['topics', 'describe', 'orders'])).stdout;
    expect(human).toMatch(/^Topic: orders {2}TopicId: \S+ {2}PartitionCount: 3 {2}ReplicationFactor: 1 {2}Configs: retention.ms=86400000\n/);
    expect(human).toMatch(/Partition {2}Leader {2}Replicas {2}Isr/);
    expect(human.trim().split('\n')).toHaveLength(5);

    await gregor(['topics', 'alter', 'orders', '--partitions', '5', '--config', 'cleanup.policy=compact', '--delete-config', 'retention.ms']);
    const [described] = JSON.parse((await gregor(['topics', 'describe', 'orders', '--json'])).stdout) as Array<{ partitions: unknown[]; configs: Record<string, string> }>;
    expect(described!.partitions).toHaveLength(5);
    expect(described!.configs).toEqual({ 'cleanup.policy': 'compact' });

    expect((await gregor(['topics', 'delete', 'orders'])).stdout).toBe('Deleted topic orders.\n');
    expect(JSON.parse((await gregor(['topics', 'list', '--json'])).stdout)).not.toContain('orders');
  });

  it('validates without creating, and fails on a duplicate', async () => {
    expect((await gregor(['topics', 'create', 'maybe', '--partitions', '2', '--validate-only'])).stdout).toMatch(/would be created/);
    expect(JSON.parse((await gregor(['topics', 'list', '--json'])).stdout)).not.toContain('maybe');
    await gregor(['topics', 'create', 'dup', '--partitions', '1']);
    await expect(gregor(['topics', 'create', 'dup', '--partitions', '1'])).rejects.toThrow(/TOPIC_ALREADY_EXISTS/);
  });

  it('refuses topics alter without a change', async () => {
    await expect(gregor(['topics', 'alter', 'whatever'])).rejects.toThrow(/needs --partitions/);
  });
});

describe('gregor produce and consume', () => {
  it('produces stdin lines with keys and headers, then consumes them back', async () => {
    await gregor(['topics', 'create', 'lines', '--partitions', '1']);
    const produced = await gregor(['produce', 'lines', '--key-separator', ':', '--header', 'src=test'], ['a:1', 'b:2', 'no-key-line']);
    expect(produced.stdout).toBe('Produced 3 record(s) to lines (partition 0: offsets 0-2).\n');

    const consumed = await gregor(['consume', 'lines', '--from-beginning', '--max-messages', '3', '--print-key', '--print-headers', '--print-offset']);
    expect(consumed.stdout).toBe('Offset:0\tsrc:test\ta\t1\nOffset:1\tsrc:test\tb\t2\nOffset:2\tsrc:test\tnull\tno-key-line\n');
    expect(consumed.stderr).toBe('Processed a total of 3 messages\n');
  });

  it('round-trips JSON lines, honouring partitions and headers', async () => {
    await gregor(['topics', 'create', 'json', '--partitions', '2']);
    const input = [
      JSON.stringify({ key: 'k1', value: 'v1', headers: { h: 'x' }, partition: 1 }),
      JSON.stringify({ key: null, value: 'v2', partition: 0 }),
      '',
      JSON.stringify({ value: { nested: true }, partition: 1 }),
    ];
    const summary = JSON.parse((await gregor(['produce', 'json', '--json'], input)).stdout) as { count: number; partitions: unknown[] };
    expect(summary.count).toBe(3);
    expect(summary.partitions).toEqual([
      { partition: 0, count: 1, firstOffset: 0, lastOffset: 0 },
      { partition: 1, count: 2, firstOffset: 0, lastOffset: 1 },
    ]);
    const records = jsonLines((await gregor(['consume', 'json', '--from-beginning', '--timeout-ms', '1500', '--json', '--partition', '1'])).stdout);
    expect(records).toEqual([
      { topic: 'json', partition: 1, offset: 0, timestamp: expect.any(Number), key: 'k1', value: 'v1', headers: [{ key: 'h', value: 'x' }] },
      { topic: 'json', partition: 1, offset: 1, timestamp: expect.any(Number), key: null, value: '{"nested":true}', headers: [] },
    ]);
  });

  it('sends one --value record and starts a consumer at --offset', async () => {
    await gregor(['topics', 'create', 'single', '--partitions', '1']);
    for (const v of ['zero', 'one', 'two']) await gregor(['produce', 'single', '--value', v, '--key', 'k', '--acks', '1', '--compression', 'gzip']);
    const out = await gregor(['consume', 'single', '--offset', '1', '--partition', '0', '--timeout-ms', '1000']);
    expect(out.stdout).toBe('one\ntwo\n');
  });

  it('rejects a bad JSON line with its line number', async () => {
    await gregor(['topics', 'create', 'badjson', '--partitions', '1']);
    await expect(gregor(['produce', 'badjson', '--json'], ['{"value":"ok"}', '{oops'])).rejects.toThrow(/line 2: invalid JSON/);
  });
});

describe('gregor bench', () => {
  it('produces and consumes N records and reports figures as JSON', async () => {
    const produced = JSON.parse((await gregor(['bench', 'produce', '--topic', 'perf', '--num-records', '2000', '--record-size', '100', '--partitions', '2', '--json'])).stdout) as Record<string, number>;
    expect(produced.records).toBe(2000);
    expect(produced.bytes).toBe(200_000);
    for (const key of ['recordsPerSec', 'mbPerSec', 'latencyAvgMs', 'latencyP50Ms', 'latencyP99Ms', 'latencyP999Ms', 'latencyMaxMs']) expect(produced[key]).toBeGreaterThan(0);
    expect(produced.latencyP50Ms).toBeLessThanOrEqual(produced.latencyMaxMs!);
    const described = JSON.parse((await gregor(['topics', 'describe', 'perf', '--json'])).stdout) as Array<{ partitions: unknown[] }>;
    expect(described[0]!.partitions).toHaveLength(2);

    const consumed = JSON.parse((await gregor(['bench', 'consume', '--topic', 'perf', '--num-records', '2000', '--json'])).stdout) as Record<string, number>;
    expect(consumed.records).toBe(2000);
    expect(consumed.bytes).toBe(200_000);
  });

  it('prints a human summary line with percentiles', async () => {
    const out = await gregor(['bench', 'produce', '--topic', 'perf-h', '--num-records', '500', '--record-size', '10', '--compression', 'snappy', '--acks', '1']);
    expect(out.stdout).toMatch(/^500 records sent, [\d.]+ records\/sec \([\d.]+ MB\/sec\), [\d.]+ ms avg latency, [\d.]+ ms max latency, [\d.]+ ms 50th, [\d.]+ ms 95th, [\d.]+ ms 99th, [\d.]+ ms 99.9th.\n$/m);
  });
});
