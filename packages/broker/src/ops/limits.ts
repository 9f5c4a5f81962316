/**
 * Limits of the operations endpoint (ops.listener). It serves probes and Prometheus scrapes, a
 * handful of requests a second from the kubelet and a scraper, so it is kept small: it must
 * never compete with the Kafka listeners for memory or sockets.
 */

/** Open connections to the ops endpoint (probes, scrapers, an operator's curl). */
export const OPS_CONNECTIONS_MAX = 32;

/** A client must send its request headers within this (Node's server.headersTimeout). */
export const OPS_HEADERS_MS_MAX = 5_000;

/** A whole request must arrive within this (Node's server.requestTimeout). */
export const OPS_REQUEST_MS_MAX = 10_000;

/**
 * Upper bounds (seconds) of the request latency histogram buckets. Produce with acks=all and
 * long-polling Fetch (fetch.max.wait.ms, 500 ms by default, up to request.timeout.ms) need the
 * upper range; metadata and heartbeats live in the sub-millisecond range.
 */
export const REQUEST_LATENCY_BUCKETS_SECONDS: readonly number[] = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
];
