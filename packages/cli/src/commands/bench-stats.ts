/**
 * Throughput and latency bookkeeping for `gregor bench`, in the manner of Kafka's
 * ProducerPerformance.Stats: a window reported every ~2 s and totals with percentiles at the
 * end. Latencies are kept in a fixed-size array, sampling every k-th record when there are more
 * records than slots, so memory does not grow with --num-records. Pure: the caller passes times.
 * MB means MiB (2^20 bytes) throughout, as in Kafka's perf tools.
 */

/** Latency samples kept for percentiles (Kafka's perf test keeps up to 500 000). */
export const LATENCY_SAMPLES_MAX = 1_000_000;

export interface WindowReport {
  records: number;
  recordsPerSec: number;
  mbPerSec: number;
  latencyAvgMs: number;
  latencyMaxMs: number;
}

export interface FinalReport {
  records: number;
  bytes: number;
  elapsedMs: number;
  recordsPerSec: number;
  mbPerSec: number;
  latencyAvgMs: number;
  latencyMaxMs: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  latencyP99Ms: number;
  latencyP999Ms: number;
}

const MB = 1024 * 1024;

export class LatencyStats {
  private readonly startMs: number;
  private readonly sampleEvery: number;
  private readonly samples: Float64Array;
  private sampleCount = 0;
  private count = 0;
  private bytes = 0;
  private latencySumMs = 0;
  private latencyMaxMs = 0;
  private windowStartMs: number;
  private windowCount = 0;
  private windowBytes = 0;
  private windowLatencySumMs = 0;
  private windowLatencyMaxMs = 0;

  constructor(expectedRecords: number, startMs: number) {
    this.startMs = startMs;
    this.windowStartMs = startMs;
    this.sampleEvery = Math.max(1, Math.ceil(expectedRecords / LATENCY_SAMPLES_MAX));
    this.samples = new Float64Array(Math.min(Math.max(1, expectedRecords), LATENCY_SAMPLES_MAX));
  }

  get recordCount(): number {
    return this.count;
  }

  record(latencyMs: number, bytes: number): void {
    if (this.count % this.sampleEvery === 0 && this.sampleCount < this.samples.length) this.samples[this.sampleCount++] = latencyMs;
    this.count++;
    this.bytes += bytes;
    this.latencySumMs += latencyMs;
    if (latencyMs > this.latencyMaxMs) this.latencyMaxMs = latencyMs;
    this.windowCount++;
    this.windowBytes += bytes;
    this.windowLatencySumMs += latencyMs;
    if (latencyMs > this.windowLatencyMaxMs) this.windowLatencyMaxMs = latencyMs;
  }

  /** The window since the last call, then a new window starts. */
  takeWindow(nowMs: number): WindowReport {
    const seconds = Math.max(1e-9, (nowMs - this.windowStartMs) / 1000);
    const report: WindowReport = {
      records: this.windowCount,
      recordsPerSec: this.windowCount / seconds,
      mbPerSec: this.windowBytes / MB / seconds,
      latencyAvgMs: this.windowCount === 0 ? 0 : this.windowLatencySumMs / this.windowCount,
      latencyMaxMs: this.windowLatencyMaxMs,
    };
    this.windowStartMs = nowMs;
    this.windowCount = 0;
    this.windowBytes = 0;
    this.windowLatencySumMs = 0;
    this.windowLatencyMaxMs = 0;
    return report;
  }

  final(nowMs: number): FinalReport {
    const elapsedMs = nowMs - this.startMs;
    const seconds = Math.max(1e-9, elapsedMs / 1000);
    const sorted = this.samples.subarray(0, this.sampleCount).slice().sort();
    return {
      records: this.count,
      bytes: this.bytes,
      elapsedMs,
      recordsPerSec: this.count / seconds,
      mbPerSec: this.bytes / MB / seconds,
      latencyAvgMs: this.count === 0 ? 0 : this.latencySumMs / this.count,
      latencyMaxMs: this.latencyMaxMs,
      latencyP50Ms: percentile(sorted, 0.5),
      latencyP95Ms: percentile(sorted, 0.95),
      latencyP99Ms: percentile(sorted, 0.99),
      latencyP999Ms: percentile(sorted, 0.999),
    };
  }
}

/** Nearest-rank percentile of sorted samples (Kafka's perf test: sorted[(int)(n * p)]). */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

const f2 = (n: number): string => n.toFixed(2);

export function formatWindow(w: WindowReport): string {
  return `${w.records} records sent, ${w.recordsPerSec.toFixed(1)} records/sec (${f2(w.mbPerSec)} MB/sec), ${f2(w.latencyAvgMs)} ms avg latency, ${f2(w.latencyMaxMs)} ms max latency.`;
}

export function formatFinal(r: FinalReport): string {
  return (
    `${r.records} records sent, ${r.recordsPerSec.toFixed(1)} records/sec (${f2(r.mbPerSec)} MB/sec), ` +
    `${f2(r.latencyAvgMs)} ms avg latency, ${f2(r.latencyMaxMs)} ms max latency, ` +
    `${f2(r.latencyP50Ms)} ms 50th, ${f2(r.latencyP95Ms)} ms 95th, ${f2(r.latencyP99Ms)} ms 99th, ${f2(r.latencyP999Ms)} ms 99.9th.`
  );
}

/** Bytes at the start of an end-to-end bench record's value that carry its send time. */
export const BENCH_TIMESTAMP_BYTES = 8;

/** Stores a wall-clock send time (ms, fractional) in a record value's first 8 bytes. */
export function writeBenchTimestamp(value: Buffer, wallClockMs: number): void {
  value.writeDoubleLE(wallClockMs, 0);
}

export function readBenchTimestamp(value: Buffer): number {
  return value.readDoubleLE(0);
}

/** `total` split into `parts` near-equal whole shares, larger ones first; they sum to `total`. */
export function splitEvenly(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

/** Items dealt round-robin into at most `parts` non-empty groups (partitions to consumers). */
export function splitRoundRobin<T>(items: readonly T[], parts: number): T[][] {
  const groups: T[][] = Array.from({ length: Math.max(1, Math.min(parts, items.length)) }, () => []);
  items.forEach((item, i) => groups[i % groups.length]!.push(item));
  return groups;
}

export function formatEndToEnd(r: FinalReport): string {
  return (
    `end-to-end: ${r.records} records consumed, ${f2(r.latencyAvgMs)} ms avg latency, ${f2(r.latencyMaxMs)} ms max latency, ` +
    `${f2(r.latencyP50Ms)} ms 50th, ${f2(r.latencyP95Ms)} ms 95th, ${f2(r.latencyP99Ms)} ms 99th, ${f2(r.latencyP999Ms)} ms 99.9th.`
  );
}

export function formatConsumeFinal(r: { records: number; elapsedMs: number; recordsPerSec: number; bytes: number; mbPerSec: number; fetchedBatches: number }): string {
  return `${r.records} records consumed in ${(r.elapsedMs / 1000).toFixed(2)} s: ${r.recordsPerSec.toFixed(1)} records/sec, ${(r.bytes / MB).toFixed(2)} MB (${r.mbPerSec.toFixed(2)} MB/sec), ${r.fetchedBatches} batches.`;
}
