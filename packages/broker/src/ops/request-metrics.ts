import { apiSpec } from '@gregor/protocol';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { RequestObserver } from '../server/connection.js';
import { REQUEST_LATENCY_BUCKETS_SECONDS } from './limits.js';

/** Kafka API keys are below this (the highest in use is under 100); larger keys are not counted. */
const API_KEY_SLOTS = 256;

type LatencyChild = ReturnType<Histogram<'api'>['labels']>;

/**
 * Per-API request counts, bytes and latencies (Kafka's kafka.network:RequestMetrics
 * RequestsPerSec, TotalTimeMs, RequestBytes; BytesInPerSec/BytesOutPerSec at the socket).
 * Connections call `requestDone` once per answered request: counts and bytes go into typed
 * arrays indexed by API key (no allocation per request) and reach prom-client's counters when
 * Prometheus scrapes; latency goes to a prom-client histogram whose child per API is created on
 * the API's first request and reused.
 */
export class RequestMetrics implements RequestObserver {
  private readonly requests = new Float64Array(API_KEY_SLOTS);
  private readonly bytesIn = new Float64Array(API_KEY_SLOTS);
  private readonly bytesOut = new Float64Array(API_KEY_SLOTS);
  private readonly latency: Histogram<'api'>;
  private readonly latencyByKey: Array<LatencyChild | undefined> = new Array<LatencyChild | undefined>(API_KEY_SLOTS).fill(undefined);
  private readonly now: () => number;

  constructor(registry: Registry, now: () => number = () => performance.now()) {
    this.now = now;
    this.latency = new Histogram({
      name: 'gregor_request_duration_seconds',
      help: 'Time from reading a request to its response being ready, per Kafka API (acks=0 produce: until appended).',
      labelNames: ['api'],
      buckets: [...REQUEST_LATENCY_BUCKETS_SECONDS],
      registers: [registry],
    });
    const counterFrom = (name: string, help: string, totals: Float64Array): void => {
      // What the counter has been told so far, per API key; each scrape adds the difference.
      const reported = new Float64Array(API_KEY_SLOTS);
      new Counter({
        name,
        help,
        labelNames: ['api'],
        registers: [registry],
        collect(this: Counter<'api'>) {
          for (let key = 0; key < API_KEY_SLOTS; key++) {
            const delta = totals[key]! - reported[key]!;
            if (delta === 0) continue;
            this.inc({ api: apiName(key) }, delta);
            reported[key] = totals[key]!;
          }
        },
      });
    };
    counterFrom('gregor_requests_total', 'Requests answered, per Kafka API.', this.requests);
    counterFrom('gregor_request_bytes_total', 'Request bytes received (network bytes in), per Kafka API.', this.bytesIn);
    counterFrom('gregor_response_bytes_total', 'Response bytes sent (network bytes out), per Kafka API.', this.bytesOut);
  }

  /** A timestamp for `requestDone` (milliseconds, monotonic). */
  startedMs(): number {
    return this.now();
  }

  requestDone(apiKey: number, startedMs: number, requestBytes: number, responseBytes: number): void {
    if (apiKey < 0 || apiKey >= API_KEY_SLOTS) return;
    this.requests[apiKey]! += 1;
    this.bytesIn[apiKey]! += requestBytes;
    this.bytesOut[apiKey]! += responseBytes;
    let child = this.latencyByKey[apiKey];
    if (child === undefined) {
      child = this.latency.labels(apiName(apiKey));
      this.latencyByKey[apiKey] = child;
    }
    child.observe((this.now() - startedMs) / 1000);
  }
}

function apiName(apiKey: number): string {
  return apiSpec(apiKey)?.name ?? `ApiKey${apiKey}`;
}
