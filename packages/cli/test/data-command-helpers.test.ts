// Goal: the pure helpers behind the data commands (line parsing, record formatting, bench
// statistics, tables) behave as documented. Method: examples, no broker.
import { describe, expect, it } from 'vitest';
import { LatencyStats, percentile } from '../src/commands/bench-stats.js';
import { formatTable, parseAcks, toJson } from '../src/commands/common.js';
import { formatRecordJson, formatRecordLine } from '../src/commands/consume.js';
import { parseJsonLine, parseTextLine } from '../src/commands/produce.js';

describe('produce input parsing', () => {
  it('splits key and value at the first separator; lines without it get a null key', () => {
    expect(parseTextLine('k:v:w', 't', ':')).toEqual({ topic: 't', key: 'k', value: 'v:w' });
    expect(parseTextLine('plain', 't', ':')).toEqual({ topic: 't', key: null, value: 'plain' });
    expect(parseTextLine('a:b', 't', undefined)).toEqual({ topic: 't', value: 'a:b' });
  });

  it('reads JSON lines with object or list headers and checks their types', () => {
    expect(parseJsonLine('{"key":"k","value":"v","headers":{"a":"1"},"partition":2}', 't', 1)).toEqual({
      topic: 't', key: 'k', value: 'v', headers: [{ key: 'a', value: '1' }], partition: 2,
    });
    expect(parseJsonLine('{"value":null,"headers":[{"key":"a","value":null}]}', 't', 1)).toEqual({ topic: 't', key: null, value: null, headers: [{ key: 'a', value: null }] });
    expect(parseJsonLine('{"value":5}', 't', 1).value).toBe('5');
    expect(() => parseJsonLine('[1]', 't', 3)).toThrow(/line 3: expected a JSON object/);
    expect(() => parseJsonLine('{"value":"x","partition":-1}', 't', 4)).toThrow(/line 4/);
    expect(() => parseJsonLine('{"value":"x","headers":[{"value":"y"}]}', 't', 5)).toThrow(/line 5: a header needs/);
  });
});

describe('consume output', () => {
  const record = { topic: 't', partition: 1, offset: 7, timestamp: 99, key: Buffer.from('k'), value: null, headers: [{ key: 'h', value: Buffer.from('x') }] };
  it('prints fields in the console consumer order with null for missing bytes', () => {
    const flags = { keySeparator: '|', printKey: true, printHeaders: true, printTimestamp: true, printPartition: true, printOffset: true };
    expect(formatRecordLine(record, flags)).toBe('CreateTime:99|Partition:1|Offset:7|h:x|k|null\n');
    expect(formatRecordLine({ ...record, headers: [] }, { keySeparator: '\t', printHeaders: true })).toBe('NO_HEADERS\tnull\n');
  });
  it('prints JSON lines with text keys and values', () => {
    expect(JSON.parse(formatRecordJson(record))).toEqual({ topic: 't', partition: 1, offset: 7, timestamp: 99, key: 'k', value: null, headers: [{ key: 'h', value: 'x' }] });
  });
});

describe('bench statistics', () => {
  it('computes nearest-rank percentiles like Kafka\'s perf test', () => {
    const sorted = Float64Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(501);
    expect(percentile(sorted, 0.999)).toBe(1000);
    expect(percentile(new Float64Array(0), 0.5)).toBe(0);
  });

  it('reports windows and totals from recorded latencies', () => {
    const stats = new LatencyStats(4, 0);
    for (const latency of [4, 1, 3, 2]) stats.record(latency, 1024 * 1024);
    const window = stats.takeWindow(2000);
    expect(window).toEqual({ records: 4, recordsPerSec: 2, mbPerSec: 2, latencyAvgMs: 2.5, latencyMaxMs: 4 });
    expect(stats.takeWindow(3000).records).toBe(0);
    const final = stats.final(4000);
    expect(final).toMatchObject({ records: 4, bytes: 4 * 1024 * 1024, recordsPerSec: 1, mbPerSec: 1, latencyAvgMs: 2.5, latencyMaxMs: 4, latencyP50Ms: 3, latencyP999Ms: 4 });
  });

  it('samples latencies when there are more records than slots, keeping exact totals', () => {
    const stats = new LatencyStats(3_000_000, 0);
    for (let i = 0; i < 3_000_000; i++) stats.record(i % 100, 1);
    const final = stats.final(1000);
    expect(final.records).toBe(3_000_000);
    expect(final.latencyMaxMs).toBe(99);
    expect(final.latencyP50Ms).toBeGreaterThanOrEqual(40);
    expect(final.latencyP50Ms).toBeLessThanOrEqual(60);
  });
});

describe('common helpers', () => {
  it('aligns table columns and parses acks', () => {
    expect(formatTable(['A', 'Long'], [['xyz', '1'], ['', '22']])).toBe('A    Long\nxyz  1\n     22\n');
    expect([parseAcks('all'), parseAcks('-1'), parseAcks('0'), parseAcks('1')]).toEqual([-1, -1, 0, 1]);
    expect(() => parseAcks('2')).toThrow(/--acks/);
    expect(toJson({ n: 5n, big: 2n ** 60n })).toBe('{"n":5,"big":"1152921504606846976"}');
  });
});
