// Goal: the benchmark harness's knobs do what they say: several producers share the record count,
// consumers split partitions, --end-to-end reads every record back with its send time, and the
// JSON carries the percentiles. Method: pure helpers checked directly; the commands run
// in-process through commander against a single-node broker on 127.0.0.1 (figures are not
// checked for speed, only for being present and consistent).
import { Readable } from 'node:stream';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBenchTimestamp, splitEvenly, splitRoundRobin, writeBenchTimestamp } from '../src/commands/bench-stats.js';
import { registerBenchCommands } from '../src/commands/bench.js';
import type { CliIo } from '../src/commands/common.js';
import { startBroker, type RunningBroker } from './broker-harness.js';

describe('bench helpers', () => {
  it('splits a record count into near-equal shares that add up', () => {
    expect(splitEvenly(10, 3)).toEqual([4, 3, 3]);
    expect(splitEvenly(2, 4)).toEqual([1, 1, 0, 0]);
    expect(splitEvenly(7, 1)).toEqual([7]);
  });

  it('deals partitions round-robin to at most as many consumers as partitions', () => {
    expect(splitRoundRobin([0, 1, 2, 3, 4], 2)).toEqual([[0, 2, 4], [1, 3]]);
    expect(splitRoundRobin([0, 1], 5)).toEqual([[0], [1]]);
  });

  it('round-trips a fractional send time through a value\'s first 8 bytes', () => {
    const value = Buffer.alloc(16, 65);
    writeBenchTimestamp(value, 1_764_000_000_123.456);
    expect(readBenchTimestamp(value)).toBe(1_764_000_000_123.456);
    expect(value.subarray(8).toString()).toBe('AAAAAAAA');
  });
});

describe('gregor bench against a broker', () => {
  let running: RunningBroker;

  beforeAll(async () => {
    running = await startBroker();
  });

  afterAll(async () => {
    await running?.stop();
  });

  async function bench(args: string[]): Promise<{ stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: Readable.from([]),
      onInterrupt: () => () => undefined,
    };
    const program = new Command().exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
    registerBenchCommands(program, io);
    await program.parseAsync(['bench', ...args, '--bootstrap-server', running.bootstrap], { from: 'user' });
    return { stdout, stderr };
  }

  it('runs two producers over three partitions and measures end-to-end latency with two consumers', async () => {
    const out = await bench(['produce', '--topic', 'e2e', '--num-records', '3001', '--record-size', '64', '--partitions', '3', '--producers', '2', '--end-to-end', '--consumers', '2', '--acks', '1', '--linger-ms', '1', '--json']);
    const report = JSON.parse(out.stdout) as Record<string, number> & { endToEnd: Record<string, number> };
    expect(report.records).toBe(3001);
    expect(report.bytes).toBe(3001 * 64);
    expect(report.producers).toBe(2);
    expect(report.endToEnd.records).toBe(3001);
    expect(report.endToEnd.bytes).toBe(3001 * 64);
    for (const key of ['latencyP50Ms', 'latencyP99Ms', 'latencyP999Ms', 'latencyMaxMs'] as const) {
      expect(report.endToEnd[key]).toBeGreaterThan(0);
      expect(report[key]).toBeGreaterThan(0);
    }
    expect(report.endToEnd.latencyP50Ms).toBeLessThanOrEqual(report.endToEnd.latencyP99Ms!);
    expect(report.endToEnd.latencyP99Ms).toBeLessThanOrEqual(report.endToEnd.latencyMaxMs!);
  });

  it('prints the end-to-end line in human output', async () => {
    const out = await bench(['produce', '--topic', 'e2e-h', '--num-records', '200', '--record-size', '16', '--end-to-end', '--throughput', '2000']);
    expect(out.stdout).toMatch(/^200 records sent, .* 99\.9th\.\nend-to-end: 200 records consumed, [\d.]+ ms avg latency, .* ms 99\.9th\.\n$/m);
  });

  it('rejects --end-to-end with records too small to carry the send time', async () => {
    await expect(bench(['produce', '--topic', 'e2e-small', '--num-records', '10', '--record-size', '4', '--end-to-end'])).rejects.toThrow(/at least 8/);
  });

  it('reads a topic with two consumers that split its partitions', async () => {
    await bench(['produce', '--topic', 'multi', '--num-records', '2000', '--record-size', '100', '--partitions', '4', '--acks', '1']);
    const out = await bench(['consume', '--topic', 'multi', '--num-records', '2000', '--consumers', '2', '--timeout-ms', '5000', '--json']);
    const report = JSON.parse(out.stdout) as Record<string, number>;
    expect(report).toMatchObject({ records: 2000, bytes: 200_000, consumers: 2 });
    expect(out.stderr).not.toMatch(/no record/);
  });
});
